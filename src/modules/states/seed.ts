import { inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import type { RegisterStateInput } from './inputs.js';
import { recordObligationEvent } from './record-obligation-event.js';
import { loadReferenceObligationEvents, loadReferenceStates, type ReferenceState } from './reference.js';
import { registerState } from './register-state.js';
import { entryIntoForce, initialReportDue } from './rules.js';
import { obligationEvents, states } from './schema.js';
import { citationOf, progressReport11MSP } from './source-documents.js';

/** The date of the 11MSP Progress Report's count of initial reports (the 11MSP Progress Report §67). */
const INITIAL_REPORT_CENSUS = '2023-06-30';
const CENSUS_SOURCE = `${citationOf(progressReport11MSP)} §67`;

function obligationsOf(s: ReferenceState): RegisterStateInput['obligations'] {
  const src = s.sources.join(' ; ') || null;
  const out: RegisterStateInput['obligations'] = [];
  if (s.art3Applies) out.push({ article: 3, basis: 'reported_stockpiles', source: src });
  if (s.art4Applies) out.push({ article: 4, basis: 'reported_contamination', source: src });
  if (s.art5Victims) out.push({ article: 5, basis: 'reported_victims', source: src });
  if (s.instrumentDate && (s.ccmStatus === 'state_party' || s.ccmStatus === 'withdrawn'))
    out.push({ article: 7, basis: 'state_party', source: src });
  return out;
}

/**
 * Loads the shipped reference data through the registry's own verbs. Idempotent: a State or a fact
 * already present is left alone, so the ISU's corrections are never overwritten by a restart.
 */
export async function seedReferenceStates(db: Db): Promise<{ statesAdded: number; eventsAdded: number }> {
  const ctx = createContext(db, systemActor('seed:reference-data'));
  const reference = loadReferenceStates();
  const known = new Set((await db.select({ iso3: states.iso3 }).from(states)).map((r) => r.iso3));
  let statesAdded = 0;
  for (const s of reference) {
    if (known.has(s.iso3)) continue;
    await registerState(ctx, {
      iso3: s.iso3,
      name: s.name,
      unRegion: s.unRegion,
      ccmStatus: s.ccmStatus,
      signatureDate: s.signatureDate,
      provisionalApplicationDate: s.provisionalApplicationDate,
      instrumentDate: s.instrumentDate,
      instrumentType: s.instrumentType,
      withdrawalNotified: s.withdrawal?.notified ?? null,
      withdrawalEffective: s.withdrawal?.effective ?? null,
      apmbcStatus: s.apmbcStatus,
      apmbcInstrumentDate: s.apmbcInstrumentDate,
      apmbcInstrumentType: s.apmbcInstrumentType,
      notes: s.notes,
      sources: s.sources,
      obligations: obligationsOf(s),
    } satisfies RegisterStateInput);
    statesAdded++;
  }

  // Facts with a stable key, so a restart adds only what is new in the shipped files.
  const facts: Array<{ key: string; input: Record<string, unknown> }> = loadReferenceObligationEvents().map(
    (e) => ({
      key: [
        'ref',
        e.iso3,
        e.article,
        e.kind,
        e.occurredOn,
        e.meeting,
        e.outcome,
        e.requestedDeadline,
        e.newDeadline,
      ]
        .map((p) => p ?? '')
        .join(':'),
      input: {
        ...e,
        occurredOn: e.occurredOn ?? undefined,
        meeting: e.meeting ?? undefined,
        note: e.note ?? undefined,
        source: e.source ?? undefined,
        requestedDeadline: e.requestedDeadline ?? undefined,
        newDeadline: e.newDeadline ?? undefined,
        outcome: e.outcome ?? undefined,
        declaredOn: e.declaredOn ?? undefined,
        documentTitle: e.documentTitle ?? undefined,
        documentSymbol: e.documentSymbol ?? undefined,
        documentUrl: e.documentUrl ?? undefined,
      },
    }),
  );
  // Initial reports: a State Party whose report was due by the census and that the census does not
  // list as overdue had submitted it by then (exact date not known).
  for (const s of reference) {
    if (!s.instrumentDate || !(s.ccmStatus === 'state_party' || s.ccmStatus === 'withdrawn')) continue;
    const due = initialReportDue(entryIntoForce(s.instrumentDate));
    if (due > INITIAL_REPORT_CENSUS || s.initialReportOverdue20230630) continue;
    facts.push({
      key: `ref:${s.iso3}:7:initial_report_submitted`,
      input: {
        iso3: s.iso3,
        kind: 'initial_report_submitted',
        article: 7,
        confirmed: true,
        note: 'initial_report_by_census',
        source: CENSUS_SOURCE,
      },
    });
  }
  const keys = facts.map((f) => f.key);
  const present = new Set(
    (
      await db
        .select({ k: obligationEvents.referenceKey })
        .from(obligationEvents)
        .where(
          keys.length
            ? inArray(obligationEvents.referenceKey, keys)
            : isNotNull(obligationEvents.referenceKey),
        )
    ).map((r) => r.k),
  );
  let eventsAdded = 0;
  for (const f of facts) {
    if (present.has(f.key)) continue;
    await recordObligationEvent(ctx, { ...f.input, referenceKey: f.key });
    eventsAdded++;
  }
  return { statesAdded, eventsAdded };
}
