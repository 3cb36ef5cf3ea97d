import type { Executor } from '../../db/client.js';
import { ValidationError } from '../../kernel/errors.js';
import { costedPlanAssessments } from '../analysis/index.js';
import { findMeeting, listMeetings, listOfficeHolders } from '../calendar/index.js';
import { coalitionsActiveOn } from '../coalitions/index.js';
import type { ReportContent } from '../reports/index.js';
import {
  complianceForYear,
  type DeliveryAsOf,
  listDeliveriesAsOf,
  reportFacts,
  versionContents,
} from '../reports/index.js';
import { listStates } from '../states/index.js';
import { WindowNotRecordedError } from './errors.js';
import type { DelegationAtMeeting, ReportingWindow, Snapshot, StateAtCensus } from './model.js';

/** The window a meeting's Progress Report covers, as the calendar records it. */
export async function windowOf(db: Executor, meetingCode: string): Promise<ReportingWindow> {
  const meeting = await findMeeting(db, meetingCode);
  const w = meeting?.reportingWindow;
  if (!meeting || !w) throw new WindowNotRecordedError(meetingCode);
  return {
    meeting: meeting.code,
    meetingStartsOn: meeting.startsOn,
    from: w.from,
    to: w.to,
    census: w.censusDate ?? w.to,
  };
}

/**
 * The meeting a write names, as the calendar records it (its code as written there); refused as
 * input on `meeting`, with the writing part's catalogue key `refusal`, when it has no reporting window.
 */
export async function meetingWithWindowOr(db: Executor, code: string, refusal: string): Promise<string> {
  try {
    return (await windowOf(db, code)).meeting;
  } catch (err) {
    if (err instanceof WindowNotRecordedError) throw new ValidationError({ meeting: [refusal] });
    throw err;
  }
}

/**
 * Everything the platform knew on the census date of a window, read through the modules' public
 * reads: the registry as of that day, every report delivered by then (as it stood then, through
 * the content adapter), the meetings held in the window with their participation, the office
 * holders, the annual reports owed for the year the window covers, and the Country Coalitions in
 * place on the census date.
 */
export async function loadSnapshot(db: Executor, window: ReportingWindow): Promise<Snapshot> {
  const coveredYear = Number(window.census.slice(0, 4)) - 1;
  const [views, deliveries, meetings, holders, compliance, coalitions, plans] = await Promise.all([
    listStates(db, window.census),
    listDeliveriesAsOf(db, window.census),
    listMeetings(db),
    listOfficeHolders(db),
    complianceForYear(db, coveredYear, window.census),
    coalitionsActiveOn(db, window.census),
    // Every request the Groups marked, whenever: a figure picks the requests of its own period.
    costedPlanAssessments(db, { from: '0000-01-01', to: '9999-12-31' }, window.census),
  ]);
  const states: StateAtCensus[] = views.map((v) => ({
    iso3: v.iso3,
    name: v.name,
    status: v.ccmStatus,
    instrumentDate: v.instrumentDate,
    inForce: v.inForce,
    entryIntoForce: v.entryIntoForce,
    initialReportDue: v.initialReportDue,
    obligations: v.obligations.map((o) => ({
      article: o.article,
      status: o.status,
      currentDeadline: o.currentDeadline,
      events: o.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        article: o.article,
        occurredOn: e.occurredOn,
        declaredOn: e.declaredOn,
        meeting: e.meeting,
        outcome: e.outcome,
        requestedDeadline: e.requestedDeadline,
        newDeadline: e.newDeadline,
        source: e.source,
      })),
    })),
  }));
  const held = meetings.filter(
    (m) => m.startsOn !== null && m.startsOn >= window.from && m.startsOn <= window.to,
  );
  const delegations: DelegationAtMeeting[] = [];
  const meetingsInWindow: Snapshot['meetingsInWindow'] = [];
  for (const m of held) {
    const view = await findMeeting(db, m.code);
    const groups = view?.participation.delegations ?? [];
    meetingsInWindow.push({ code: m.code, startsOn: m.startsOn, participationRecorded: groups.length > 0 });
    for (const d of groups) {
      delegations.push({
        meeting: m.code,
        on: m.startsOn,
        iso3: d.stateIso3,
        name: d.name,
        status: d.status,
        head: d.head ? { gender: d.head.gender } : null,
        delegates: d.delegates,
      });
    }
  }
  const needed = readable(deliveries, window, coveredYear);
  const contents = await versionContents(
    db,
    needed.map((d) => d.version.id),
  );
  return {
    window,
    states,
    reports: needed.map((d) => ({
      reportId: d.reportId,
      iso3: d.stateIso3,
      year: d.year,
      kind: d.kind,
      demonstration: d.demonstration,
      firstReceivedOn: d.firstReceivedOn,
      version: {
        number: d.version.number,
        receivedOn: d.version.receivedOn,
        templateId: d.version.templateId,
      },
      facts: reportFacts(contents.get(d.version.id) as ReportContent, d.version.templateId),
    })),
    delegations,
    meetingsInWindow,
    officeHolders: holders.map((h) => ({
      office: h.office,
      area: h.area,
      iso3: h.state?.iso3 ?? null,
      personName: h.personName,
      gender: h.gender,
      periodFrom: h.periodFrom,
      periodTo: h.periodTo,
      source: h.source.title,
    })),
    planAssessments: new Map(plans.map((p) => [p.requestId, { costed: p.costed, multiYear: p.multiYear }])),
    coalitions: coalitions.map((c) => ({
      id: c.id,
      iso3: c.stateIso3,
      name: c.name,
      source: c.source,
      lastConfirmedOn: c.lastConfirmedOn,
    })),
    annualReports: {
      year: compliance.year,
      due: compliance.due,
      owed: compliance.rows.map((r) => ({
        iso3: r.iso3,
        status: r.status,
        receivedOn: r.submittedOn,
        demonstration: r.demonstration,
      })),
      initialOverdue: compliance.initialOverdue.map((r) => r.iso3),
      initialDue: compliance.initialRate.of,
      initialReceived: compliance.initialRate.count,
    },
  };
}

/**
 * The deliveries any indicator reads, so that years of history cost nothing: those received in the
 * window, those covering the year the window covers and the year before (Action 44), and each
 * State's latest report (what it said last, for the cumulative indicators).
 */
function readable(deliveries: DeliveryAsOf[], window: ReportingWindow, coveredYear: number): DeliveryAsOf[] {
  const latest = new Map<string, DeliveryAsOf>();
  for (const d of deliveries) {
    const best = latest.get(d.stateIso3);
    if (!best || d.year > best.year || (d.year === best.year && d.firstReceivedOn > best.firstReceivedOn))
      latest.set(d.stateIso3, d);
  }
  const kept = new Set(latest.values());
  return deliveries.filter(
    (d) =>
      kept.has(d) ||
      d.year >= coveredYear - 1 ||
      (d.firstReceivedOn >= window.from && d.firstReceivedOn <= window.to),
  );
}
