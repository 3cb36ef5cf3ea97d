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
export const reservedCodes = ['new', 'action-items'] as const;
