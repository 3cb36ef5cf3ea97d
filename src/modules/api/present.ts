import type { z } from 'zod';
import { stateNamesOf } from '../../kernel/i18n/state-names.js';
import type { ClaimCheck, CooperationSummary } from '../cooperation/index.js';
import type { getReport, ReportContent } from '../reports/index.js';
import type { ObligationRisk } from '../risk/index.js';
import type { DeadlineRow, ObligationView, StateView } from '../states/index.js';
import {
  type Deadline,
  isFullDate,
  type Obligation,
  type ObligationEvent,
  ObligationEvent as ObligationEventSchema,
  type Risk,
  StateDetail,
  StateSummary,
} from './schemas.js';

/*
 * Registry views → public API shapes. The API names its fields on purpose instead of echoing
 * rows, so a column rename inside the registry never breaks a client.
 */

type EventRow = ObligationView['events'][number];

/**
 * The fields of a view that an API schema names the same, in the schema's order. Only what the
 * schema documents goes out, and a field the view renames drops out of the result's type, so the
 * presenter that promised it stops compiling rather than answer without it.
 */
export function fieldsNamedBy<S extends z.ZodRawShape, V extends object>(
  schema: { shape: S },
  view: V,
): Pick<V, Extract<keyof S, keyof V>> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) if (key in view) out[key] = view[key as keyof V];
  return out as Pick<V, Extract<keyof S, keyof V>>;
}

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
    ...fieldsNamedBy(ObligationEventSchema, e),
    declaredOn: e.kind === 'completion_declared' ? e.declaredOn : null,
    declarationMeeting: e.kind === 'completion_declared' ? e.meeting : null,
    document:
      e.documentSymbol || e.documentTitle || e.documentUrl
        ? { symbol: e.documentSymbol, title: e.documentTitle, url: e.documentUrl }
        : null,
  };
}

/** A projection and its early warning as the API names them (risk module, decision 022). */
export function presentRisk(r: ObligationRisk | undefined): Risk | null {
  if (!r) return null;
  const p = r.projection;
  const w = r.warning;
  return {
    status: p.status,
    deadline: p.deadline,
    missing: p.missing.map((m) => ({ what: m.what, quantity: 'quantity' in m ? m.quantity : null })),
    remaining: p.quantities.map((q) => ({
      quantity: q.quantity,
      value: q.remaining.value,
      source: q.remaining.source,
    })),
    rates: p.quantities.flatMap((q) =>
      q.rates.map((y) => ({ quantity: q.quantity, year: y.year, value: y.value, source: y.figure.source })),
    ),
    spread: p.quantities.map((q) => ({
      quantity: q.quantity,
      low: q.rateLow,
      high: q.rateHigh,
      mean: q.rateMean,
      netPerYear: q.netRate,
    })),
    growth: p.quantities.flatMap((q) =>
      q.growth.map((g) => ({
        quantity: q.quantity,
        from: { year: g.from.source.year, value: g.from.value },
        to: { year: g.to.source.year, value: g.to.value },
      })),
    ),
    completion: p.completion,
    binding: p.binding,
    reasons: p.reasons,
    reports: p.reports,
    includesDemonstrationData: p.includesDemonstrationData,
    earlyWarning: w
      ? {
          deadline: w.deadline,
          meeting: w.meeting,
          submitBy: w.submitBy,
          submitByPassed: w.submitByPassed,
          rule: w.rule,
        }
      : null,
  };
}

type RiskOf = (iso3: string, article: number) => ObligationRisk | undefined;

export function presentObligation(o: ObligationView, risk?: ObligationRisk): Obligation {
  return {
    article: o.article,
    status: o.status,
    originalDeadline: o.originalDeadline,
    ...splitDeadline(o.currentDeadline),
    currentDeadlineConfirmed: o.currentDeadlineConfirmed,
    pendingExtensionRequest: o.pendingRequest ? presentEvent(o.pendingRequest) : null,
    completedOn: o.completedOn,
    events: o.events.map(presentEvent),
    risk: presentRisk(risk),
  };
}

/** The State's names in every language of the API, beside the name it is registered under. */
const withNames = (v: StateView) => ({ ...v, names: stateNamesOf(v.iso3, v.name) });

export function presentStateSummary(v: StateView): StateSummary {
  return fieldsNamedBy(StateSummary, withNames(v));
}

export function presentStateDetail(v: StateView, riskOf: RiskOf = () => undefined): StateDetail {
  return fieldsNamedBy(StateDetail, {
    ...withNames(v),
    withdrawal:
      v.withdrawalNotified || v.withdrawalEffective
        ? { notified: v.withdrawalNotified, effective: v.withdrawalEffective }
        : null,
    obligations: v.obligations.map((o) => presentObligation(o, riskOf(v.iso3, o.article))),
  });
}

export function presentDeadline(row: DeadlineRow, riskOf: RiskOf = () => undefined): Deadline {
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
    risk: presentRisk(riskOf(row.state.iso3, o.article)),
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
