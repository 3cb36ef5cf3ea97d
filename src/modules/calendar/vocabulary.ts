/** The kinds of meeting the calendar holds. */
export const meetingKinds = [
  'msp',
  'review_conference',
  'intersessional',
  'coordinators_informal',
  'workshop',
  'country_coalition',
] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** Who carries out an action item. */
export const ownerKinds = ['state', 'organisation', 'coordinator', 'isu'] as const;
export type OwnerKind = (typeof ownerKinds)[number];

/** Where an action item stands. `not_known`: the record gives no status, and none is guessed. */
export const actionItemStatuses = ['open', 'done', 'dropped', 'not_known'] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];

/** Codes that name pages under /meetings, so no meeting may take them. */
export const reservedCodes = ['new', 'action-items', 'office-holders'] as const;

/** A delegate's gender as the list of participants gives it; `not_known` when it does not. */
export const genders = ['woman', 'man', 'other', 'not_known'] as const;
export type Gender = (typeof genders)[number];

/** A delegation's standing on the meeting's first day: a State's status then, or an organisation's. */
export type DelegationStatus = 'state_party' | 'signatory' | 'not_party' | 'withdrawn' | 'observer';

/** What a statement was about: the Convention's thematic areas, as the Lausanne Action Plan groups them. */
export const statementTopics = [
  'general',
  'universalization',
  'stockpile_destruction',
  'clearance',
  'risk_education',
  'victim_assistance',
  'cooperation_assistance',
  'transparency',
  'national_implementation',
  'compliance',
] as const;
export type StatementTopic = (typeof statementTopics)[number];

/** What a statement did, for the Progress Report's counts (requested assistance, on track, shared lessons). */
export const statementTags = ['requested_assistance', 'on_track', 'shared_experience'] as const;
export type StatementTag = (typeof statementTags)[number];

/** The offices of the Convention the calendar records who held, and when. */
export const officeKinds = [
  'president',
  'president_designate',
  'thematic_coordinator',
  'coordination_committee',
  'gender_focal_point',
] as const;
export type OfficeKind = (typeof officeKinds)[number];

/** The thematic areas a Coordinator holds; only a thematic Coordinator has one. */
export const officeAreas = [
  'cooperation_assistance',
  'victim_assistance',
  'clearance_risk_reduction',
  'stockpile_destruction',
  'universalization',
  'national_implementation',
  'transparency',
  'general_status',
] as const;
export type OfficeArea = (typeof officeAreas)[number];
