import type { Actor } from '../../kernel/actor.js';
import { isIsu } from '../../kernel/actor.js';
import type { VersionStatus } from './lifecycle.js';

/**
 * Who may do what with Article 7 reports. A State speaks for itself through its focal points; the
 * ISU may act for any State (it keys in reports received by e-mail or post).
 */

const isFocalPointOf = (a: Actor, iso3: string) =>
  a.kind === 'user' && a.role === 'focal_point' && a.stateIso3 === iso3;

/** Coarse gate, before the report is known: only the ISU and focal points ever write reports. */
export const mayWriteSomeReport = (a: Actor) =>
  isIsu(a) || (a.kind === 'user' && a.role === 'focal_point' && a.stateIso3 !== null);

/** Create, save, mark unchanged, submit and amend a State's report. */
export const canWriteReport = (a: Actor, iso3: string) => isIsu(a) || isFocalPointOf(a, iso3);

/** A recall voids a submission: the secretariat's call, never the State's alone. */
export const canRecallReport = (a: Actor) => isIsu(a);

/** Only the ISU records that a report arrived by e-mail, post or otherwise, and on which day. */
export const canRecordChannel = (a: Actor) => isIsu(a);

/** Drafts and recalled versions are work in progress of the State and the ISU. */
export const canReadUnpublished = (a: Actor, iso3: string) => canWriteReport(a, iso3);

/** Submitted and superseded versions are public: transparency is what Article 7 is for. */
export const isPublished = (status: VersionStatus) => status === 'submitted' || status === 'superseded';

export const canReadVersion = (a: Actor, iso3: string, status: VersionStatus) =>
  isPublished(status) || canReadUnpublished(a, iso3);
