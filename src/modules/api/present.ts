import type { ClaimCheck, CooperationSummary } from '../cooperation/index.js';
import type { getReport, ReportContent } from '../reports/index.js';
import type { DeadlineRow, ObligationView, StateView } from '../states/index.js';
import {
  type Deadline,
  isFullDate,
  type Obligation,
  type ObligationEvent,
  type StateDetail,
  type StateSummary,
} from './schemas.js';

/*
 * Registry views → public API shapes. The API names its fields on purpose instead of echoing
 * rows, so a column rename inside the registry never breaks a client.
 */

type EventRow = ObligationView['events'][number];

/** A deadline known to the day goes in the date field; a vaguer one only in the approximate field. */
export function splitDeadline(d: string | null): {
  currentDeadline: string | null;
  currentDeadlineApprox: string | null;
} {
  if (d === null) return { currentDeadline: null, currentDeadlineApprox: null };
  return isFullDate(d)
    ? { currentDeadline: d, currentDeadlineApprox: null }
    : { currentDeadline: null, currentDeadlineApprox: d };
}

export function presentEvent(e: EventRow): ObligationEvent {
  return {
    kind: e.kind,
    occurredOn: e.occurredOn,
    meeting: e.meeting,
    requestedDeadline: e.requestedDeadline,
    outcome: e.outcome,
    newDeadline: e.newDeadline,
    confirmed: e.confirmed,
    note: e.note,
    source: e.source,
    declaredOn: e.kind === 'completion_declared' ? e.declaredOn : null,
    declarationMeeting: e.kind === 'completion_declared' ? e.meeting : null,
    document:
      e.documentSymbol || e.documentTitle || e.documentUrl
        ? { symbol: e.documentSymbol, title: e.documentTitle, url: e.documentUrl }
        : null,
  };
}

export function presentObligation(o: ObligationView): Obligation {
  return {
    article: o.article,
    status: o.status,
    originalDeadline: o.originalDeadline,
    ...splitDeadline(o.currentDeadline),
    currentDeadlineConfirmed: o.currentDeadlineConfirmed,
    pendingExtensionRequest: o.pendingRequest ? presentEvent(o.pendingRequest) : null,
    completedOn: o.completedOn,
    events: o.events.map(presentEvent),
  };
}

/** Who a State is and where it stands: the fields its summary and its detail both begin with. */
function presentStateIdentity(v: StateView) {
  return {
    iso3: v.iso3,
    name: v.name,
    unRegion: v.unRegion,
    ccmStatus: v.ccmStatus,
    inForce: v.inForce,
  };
}

export function presentStateSummary(v: StateView): StateSummary {
  return {
    ...presentStateIdentity(v),
    entryIntoForce: v.entryIntoForce,
    initialReportDue: v.initialReportDue,
    openObligations: v.openObligations,
    nextDeadline: v.nextDeadline,
  };
}

export function presentStateDetail(v: StateView): StateDetail {
  return {
    ...presentStateIdentity(v),
    signatureDate: v.signatureDate,
    instrumentDate: v.instrumentDate,
    instrumentType: v.instrumentType,
    entryIntoForce: v.entryIntoForce,
    initialReportDue: v.initialReportDue,
    withdrawal:
      v.withdrawalNotified || v.withdrawalEffective
        ? { notified: v.withdrawalNotified, effective: v.withdrawalEffective }
        : null,
    apmbcStatus: v.apmbcStatus,
    sources: v.sources,
    obligations: v.obligations.map(presentObligation),
  };
}

export function presentDeadline(row: DeadlineRow): Deadline {
  const o = row.obligation;
  return {
    iso3: row.state.iso3,
    name: row.state.name,
    article: o.article,
    ...splitDeadline(o.currentDeadline),
    currentDeadlineConfirmed: o.currentDeadlineConfirmed,
    overdue: o.remaining?.overdue ?? false,
    decisionNotRecorded: o.remaining?.decisionNotRecorded ?? false,
    within24Months: o.remaining?.within24Months ?? false,
    daysRemaining: o.remaining?.days ?? null,
    pendingExtensionRequest: o.pendingRequest !== null,
  };
}

type ReportForApi = Awaited<ReturnType<typeof getReport>>;
type VersionSummaryForApi = ReportForApi['versions'][number];

function presentVersionSummary(r: ReportForApi, v: VersionSummaryForApi) {
  return {
    number: v.number,
    status: v.status,
    templateId: v.templateId,
    submittedAt: v.submittedAt ? v.submittedAt.toISOString() : null,
    channel: v.channel ?? null,
    // A demonstration report's received date is a placeholder, not a fact (as on its pages).
    receivedOn: r.demonstration ? null : (v.receivedOn ?? null),
  };
}

export function presentReport(r: ReportForApi) {
  return {
    id: r.id,
    iso3: r.stateIso3,
    year: r.year,
    kind: r.kind,
    demonstration: r.demonstration,
    versions: r.versions.map((v) => presentVersionSummary(r, v)),
  };
}

export function presentReportVersion(r: ReportForApi, v: VersionSummaryForApi & { content: ReportContent }) {
  const forms: Record<
    string,
    { status: 'changed' | 'unchanged' | 'not_applicable' | null; values: Record<string, unknown> }
  > = {};
  for (const [code, f] of Object.entries(v.content.forms))
    if (f) forms[code] = { status: f.status, values: f.values };
  return {
    ...presentVersionSummary(r, v),
    reportId: r.id,
    iso3: r.stateIso3,
    year: r.year,
    kind: r.kind,
    demonstration: r.demonstration,
    forms,
  };
}

/** The summary as the page shows it; the claim is flattened so a client need not know its type. */
export function presentCooperationSummary(s: CooperationSummary, checks: ClaimCheck[]) {
  return {
    ...s,
    claims: checks.map(({ claim, ...check }) => ({
      id: claim.id,
      document: claim.document,
      measure: claim.measure,
      ...check,
    })),
  };
}
