import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { type CorrectedValues, obligationEventCorrections, obligationEvents } from './schema.js';

export type EventRow = typeof obligationEvents.$inferSelect;
export type CorrectionRow = typeof obligationEventCorrections.$inferSelect;

/** The fields a correction replaces, read from a fact as it stands. */
export function correctableValues(e: EventRow): CorrectedValues {
  return {
    occurredOn: e.occurredOn,
    meeting: e.meeting,
    requestedDeadline: e.requestedDeadline,
    outcome: e.outcome,
    newDeadline: e.newDeadline,
    confirmed: e.confirmed,
    note: e.note,
    source: e.source,
    declaredOn: e.declaredOn,
    documentTitle: e.documentTitle,
    documentSymbol: e.documentSymbol,
    documentUrl: e.documentUrl,
  };
}

export type CorrectedHistory = {
  /** The facts that count, with their corrected values, in recorded order; withdrawn facts left out. */
  effective: EventRow[];
  /** Every correction of a fact, oldest first, keyed by the fact's id. */
  byEvent: Map<number, CorrectionRow[]>;
};

/**
 * Reads a history with its corrections applied. Facts are never edited: the latest correction of a
 * fact decides what it says (`corrected`: its new values) or that it no longer counts (`withdrawn`).
 * An effective fact keeps its id, so a page can show it beside the fact as first recorded.
 */
export function applyCorrections(
  events: readonly EventRow[],
  corrections: readonly CorrectionRow[],
): CorrectedHistory {
  const byEvent = new Map<number, CorrectionRow[]>();
  for (const c of [...corrections].sort((a, b) => a.id - b.id)) {
    byEvent.set(c.eventId, [...(byEvent.get(c.eventId) ?? []), c]);
  }
  const effective: EventRow[] = [];
  for (const e of events) {
    const last = byEvent.get(e.id)?.at(-1);
    if (!last) effective.push(e);
    else if (last.action === 'corrected' && last.values) effective.push({ ...e, ...last.values });
  }
  return { effective, byEvent };
}

/** The facts of the given obligations and their corrections, in recorded order. */
export async function loadHistory(
  db: Executor,
  obligationIds: readonly number[],
): Promise<{ events: EventRow[]; corrections: CorrectionRow[] }> {
  if (obligationIds.length === 0) return { events: [], corrections: [] };
  const events = await db
    .select()
    .from(obligationEvents)
    .where(inArray(obligationEvents.obligationId, [...obligationIds]))
    .orderBy(asc(obligationEvents.id));
  const ids = events.map((e) => e.id);
  const corrections = ids.length
    ? await db
        .select()
        .from(obligationEventCorrections)
        .where(inArray(obligationEventCorrections.eventId, ids))
        .orderBy(asc(obligationEventCorrections.id))
    : [];
  return { events, corrections };
}
