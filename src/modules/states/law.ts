import {
  addMonths,
  addYears,
  type DerivedObligation,
  deriveObligation,
  earliestDay,
  latestDay,
  type ObligationEvent,
  type PartialDate,
} from './rules.js';

/*
 * The law at entry: what the Convention makes impossible is refused, naming the article; what it
 * forbids but has happened (a late request, a late completion) is accepted only with a reason and
 * flagged wherever the fact is shown. Pure: facts in, findings out.
 *
 * Dates may be partial (`2026`): a finding is raised only when it holds for every day the partial
 * date can stand for, so a vague date is never refused for what it might mean.
 */

/** Art 15(1): the Convention opened for signature in Oslo on 3 December 2008. */
export const OPENED_FOR_SIGNATURE = '2008-12-03';
/** Art 16(1): open for signature until its entry into force (1 August 2010); later States accede. */
export const LAST_DAY_OF_SIGNATURE = '2010-07-31';
/** Art 3(3) allows extensions of up to four years per request; Art 4(5), up to five. */
export const EXTENSION_CAP_YEARS: Record<3 | 4, number> = { 3: 4, 4: 5 };

/** One finding: the field it concerns and a catalogue key (states:law.*) whose text names the article. */
export type LawFinding = { field: string; key: string };

export type RegistryDates = {
  ccmStatus: 'state_party' | 'signatory' | 'not_party' | 'withdrawn';
  signatureDate?: string | null;
  instrumentDate?: string | null;
  withdrawalNotified?: string | null;
  withdrawalEffective?: string | null;
};

/** Everything impossible in a State's treaty dates; `today` is a full date (YYYY-MM-DD). */
export function registryDateRefusals(v: RegistryDates, today: string): LawFinding[] {
  const out: LawFinding[] = [];
  if (v.signatureDate) {
    if (v.signatureDate < OPENED_FOR_SIGNATURE)
      out.push({ field: 'signatureDate', key: 'states:law.signatureBeforeOpening' });
    else if (v.signatureDate > LAST_DAY_OF_SIGNATURE)
      out.push({ field: 'signatureDate', key: 'states:law.signatureAfterClosing' });
    if (v.signatureDate > today) out.push({ field: 'signatureDate', key: 'states:law.inFuture' });
  }
  if (v.instrumentDate) {
    if (v.instrumentDate < OPENED_FOR_SIGNATURE)
      out.push({ field: 'instrumentDate', key: 'states:law.depositBeforeOpening' });
    if (v.instrumentDate > today) out.push({ field: 'instrumentDate', key: 'states:law.inFuture' });
    if (v.ccmStatus === 'signatory' || v.ccmStatus === 'not_party')
      out.push({ field: 'ccmStatus', key: 'states:law.depositedNotParty' });
  }
  if (v.withdrawalNotified && v.withdrawalNotified > today)
    out.push({ field: 'withdrawalNotified', key: 'states:law.inFuture' });
  if (v.withdrawalEffective) {
    if (!v.withdrawalNotified) {
      out.push({ field: 'withdrawalNotified', key: 'states:law.withdrawalNotNotified' });
    } else if (v.withdrawalEffective < v.withdrawalNotified) {
      out.push({ field: 'withdrawalEffective', key: 'states:law.withdrawalBeforeNotice' });
    } else if (v.withdrawalEffective < addMonths(v.withdrawalNotified, 6)) {
      out.push({ field: 'withdrawalEffective', key: 'states:law.withdrawalTooSoon' });
    }
    if (v.instrumentDate && v.withdrawalNotified && v.withdrawalNotified < v.instrumentDate)
      out.push({ field: 'withdrawalNotified', key: 'states:law.withdrawalBeforeDeposit' });
  }
  if (v.ccmStatus === 'withdrawn' && v.withdrawalEffective && v.withdrawalEffective > today)
    out.push({ field: 'ccmStatus', key: 'states:law.withdrawalNotYetEffective' });
  return out;
}

/** a is surely later than b: every day a can stand for is after every day b can. */
function surelyAfter(a: PartialDate, b: PartialDate): boolean {
  return earliestDay(a) > latestDay(b);
}

/** a is surely not later than b. */
function surelyNotAfter(a: PartialDate, b: PartialDate): boolean {
  return latestDay(a) <= earliestDay(b);
}

/** A fact about to be appended, as the recording verb sees it. */
export type NewObligationFact = Pick<
  ObligationEvent,
  'kind' | 'occurredOn' | 'requestedDeadline' | 'newDeadline' | 'outcome'
> & { article: 3 | 4 | 5 | 7 };

export type FactFindings = { refusals: LawFinding[]; flags: LawFinding[] };

function capFinding(
  article: 3 | 4,
  field: string,
  inForce: PartialDate,
  asked: PartialDate,
): LawFinding | null {
  const years = EXTENSION_CAP_YEARS[article];
  if (!surelyAfter(asked, addYears(latestDay(inForce), years))) return null;
  return { field, key: article === 3 ? 'states:law.art3Cap' : 'states:law.art4Cap' };
}

/**
 * Checks one new fact against the obligation as it stood just before the fact took place
 * (`current`, derived from the facts recorded before it in time). Refusals: what cannot be. Flags:
 * what the treaty forbids but may have happened, or what only looks wrong because an earlier fact
 * is not recorded yet (an extension over the cap, counted from a deadline a missing decision had
 * already moved): the verb accepts them only with a reason, and the flag is recomputed on every
 * read, so it goes once the history explains it.
 */
export function obligationFactFindings(
  fact: NewObligationFact,
  current: DerivedObligation,
  today: string,
): FactFindings {
  const refusals: LawFinding[] = [];
  const flags: LawFinding[] = [];
  const timeBound = fact.article === 3 || fact.article === 4 ? fact.article : null;
  const inForce = current.currentDeadline;

  if (fact.occurredOn && earliestDay(fact.occurredOn) > today)
    refusals.push({ field: 'occurredOn', key: 'states:law.inFuture' });

  switch (fact.kind) {
    case 'extension_requested':
      if (current.status === 'completed') {
        refusals.push({ field: 'kind', key: 'states:law.requestOnCompleted' });
        break;
      }
      if (timeBound && inForce && fact.requestedDeadline) {
        const cap = capFinding(timeBound, 'requestedDeadline', inForce, fact.requestedDeadline);
        if (cap) flags.push(cap);
        if (surelyNotAfter(fact.requestedDeadline, inForce))
          refusals.push({ field: 'requestedDeadline', key: 'states:law.notAnExtension' });
      }
      if (inForce && fact.occurredOn && surelyAfter(fact.occurredOn, inForce))
        flags.push({ field: 'occurredOn', key: 'states:law.lateRequest' });
      break;
    case 'extension_decided':
      if (current.status === 'completed') {
        refusals.push({ field: 'kind', key: 'states:law.decisionOnCompleted' });
        break;
      }
      if (timeBound && inForce && fact.newDeadline && fact.outcome !== 'refused') {
        const cap = capFinding(timeBound, 'newDeadline', inForce, fact.newDeadline);
        if (cap) flags.push(cap);
        if (surelyNotAfter(fact.newDeadline, inForce))
          flags.push({ field: 'newDeadline', key: 'states:law.grantNotLater' });
      }
      break;
    case 'completion_declared':
      if (current.status === 'completed')
        refusals.push({ field: 'kind', key: 'states:law.alreadyCompleted' });
      else if (inForce && fact.occurredOn && surelyAfter(fact.occurredOn, inForce))
        flags.push({ field: 'occurredOn', key: 'states:law.lateCompletion' });
      break;
    case 'obligation_reopened':
      if (current.status !== 'completed') refusals.push({ field: 'kind', key: 'states:law.reopenOpen' });
      break;
    case 'initial_report_submitted':
      break;
  }
  return { refusals, flags };
}

/**
 * The flags of every fact in a history, replayed in recorded order, so a fact accepted with a
 * reason is shown flagged wherever it appears (profile, API), not only when it was typed.
 */
export function historyFlags(
  article: 3 | 4 | 5 | 7,
  original: PartialDate | null,
  events: readonly ObligationEvent[],
  today: string,
): LawFinding[][] {
  return events.map((event, i) => {
    const before = deriveObligation(original, events.slice(0, i));
    return obligationFactFindings({ ...event, article }, before, today).flags;
  });
}

/**
 * Correcting a deposit date moves the original deadlines; a granted extension that is no longer
 * later than the new original deadline no longer makes sense. Found here, shown as a warning the
 * ISU must confirm.
 */
export function originalDeadlineShiftFlags(
  article: 3 | 4,
  newOriginal: PartialDate | null,
  events: readonly ObligationEvent[],
): LawFinding[] {
  if (!newOriginal) return [];
  const out: LawFinding[] = [];
  for (const e of events) {
    if (e.kind !== 'extension_decided' || e.outcome === 'refused' || !e.newDeadline) continue;
    if (surelyNotAfter(e.newDeadline, newOriginal))
      out.push({ field: 'instrumentDate', key: `states:law.extensionBeforeNewOriginal.${article}` });
  }
  return out;
}

/** Findings as a form's field errors, each message at the field it concerns. */
export function findingsAsFieldErrors(findings: readonly LawFinding[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of findings) out[f.field] = [...(out[f.field] ?? []), f.key];
  return out;
}
