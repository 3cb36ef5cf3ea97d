import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';
import type { VersionStatus } from './lifecycle.js';

/**
 * Who may do what with Article 7 reports (decision 017: the rows of the permission table). A State
 * speaks for itself through its focal points; the ISU may act for any State (it keys in reports
 * received by e-mail or post).
 */
export const reportsPermissions = definePermissions({
  /** Create, save, mark unchanged, import, submit and amend a State's report. */
  'reports.write': { grants: { isu: 'any', system: 'any', focal_point: 'own-state' } },
  /** Drafts and recalled versions are work in progress of the State and the ISU. */
  'reports.readUnpublished': { grants: { isu: 'any', system: 'any', focal_point: 'own-state' } },
  /** A recall voids a submission: the secretariat's call, never the State's alone. */
  'reports.recall': { grants: { isu: 'any', system: 'any' } },
  /** Only the ISU records that a report arrived by e-mail, post or otherwise, and on which day. */
  'reports.recordChannel': { grants: { isu: 'any', system: 'any' } },
  /** A consistency warning is confirmed by those who write the State's report: the figures stand as reported. */
  'reports.confirmWarning': { grants: { isu: 'any', system: 'any', focal_point: 'own-state' } },
  /** The ISU's list of submitted reports whose warnings nobody has confirmed. */
  'reports.reviewWarnings': { grants: { isu: 'any', system: 'any' } },
  /** Demonstration reports are made by the seed only. */
  'reports.createDemonstration': { grants: { system: 'any' } },
});

const p = reportsPermissions;

/** Coarse gate, before the report is known: only those who may write some State's report. */
export const mayWriteSomeReport = (a: Actor) => p.may(a, 'reports.write');

export const canWriteReport = (a: Actor, iso3: string) => p.mayOn(a, 'reports.write', iso3);

export const mayConfirmSomeWarning = (a: Actor) => p.may(a, 'reports.confirmWarning');

export const canConfirmWarning = (a: Actor, iso3: string) => p.mayOn(a, 'reports.confirmWarning', iso3);

export const canReviewWarnings = (a: Actor) => p.may(a, 'reports.reviewWarnings');

export const canRecallReport = (a: Actor) => p.may(a, 'reports.recall');

export const canRecordChannel = (a: Actor) => p.may(a, 'reports.recordChannel');

export const canCreateDemonstrationReport = (a: Actor) => p.may(a, 'reports.createDemonstration');

export const canReadUnpublished = (a: Actor, iso3: string) => p.mayOn(a, 'reports.readUnpublished', iso3);

/** Submitted and superseded versions are public: transparency is what Article 7 is for. */
export const isPublished = (status: VersionStatus) => status === 'submitted' || status === 'superseded';

export const canReadVersion = (a: Actor, iso3: string, status: VersionStatus) =>
  isPublished(status) || canReadUnpublished(a, iso3);
