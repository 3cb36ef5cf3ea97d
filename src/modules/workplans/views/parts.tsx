import type { Child } from 'hono/jsx';
import { formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import type { WorkPlanView } from '../queries.js';
import type { SourcedLine } from '../vocabulary.js';

/** A value a source gave, or the words "Not known", so no reader takes it for empty. */
export function Known(p: { t: Translate; value: Child | null | undefined }) {
  const v = p.value;
  if (v === null || v === undefined || v === '')
    return <span class="unconfirmed">{p.t('common:unknown')}</span>;
  return <>{v}</>;
}

/** "From 10MSP to 11MSP", with what is not known said so. */
export function cycleText(
  t: Translate,
  p: { cycle: string; fromMeeting: string | null; toMeeting: string | null },
) {
  const unknown = t('common:unknown');
  return t('workplans:cycleSpan', {
    cycle: p.cycle,
    from: p.fromMeeting ?? unknown,
    to: p.toMeeting ?? unknown,
  });
}

/** The budget as the plan gives it: an amount in a currency, or "not known", and the plan's words. */
export function budgetText(t: Translate, locale: Locale, b: WorkPlanView['budget']): string {
  const amount =
    b.amount !== null && b.currency
      ? formatNumber(locale, b.amount, { style: 'currency', currency: b.currency })
      : t('workplans:budget.amountUnknown');
  return b.note ? `${amount}. ${b.note}` : amount;
}

export function SourcedList(p: { t: Translate; lines: SourcedLine[] }) {
  if (!p.lines.length) return <p class="unconfirmed">{p.t('common:unknown')}</p>;
  return (
    <ul>
      {p.lines.map((l) => (
        <li>
          {l.text}
          {l.source ? <span class="hint"> ({l.source})</span> : null}
        </li>
      ))}
    </ul>
  );
}
