import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import type { ObligationView } from '../queries.js';
import { splitSources } from '../reference.js';
import { latestDay, type PartialDate, partialDatePrecision, type TimeRemaining } from '../rules.js';

/** A full, month-only or year-only date, saying plainly when the exact day is not known. */
export function DateText(p: { t: Translate; locale: Locale; date: PartialDate | null; empty?: string }) {
  if (!p.date) return <>{p.empty ?? '—'}</>;
  const precision = partialDatePrecision(p.date);
  return (
    <>
      {formatDate(p.locale, p.date)}
      {precision === 'day' ? null : <span class="hint"> ({p.t(`states:date.${precision}Only`)})</span>}
    </>
  );
}

/** A deadline, with its uncertainty: a partial date, or one the sources only imply. */
export function DeadlineText(p: {
  t: Translate;
  locale: Locale;
  date: PartialDate | null;
  confirmed?: boolean;
  empty?: string;
}) {
  return (
    <>
      <DateText t={p.t} locale={p.locale} date={p.date} empty={p.empty} />
      {p.date && p.confirmed === false ? (
        <span class="unconfirmed"> ({p.t('states:deadline.unconfirmed')})</span>
      ) : null}
    </>
  );
}

/** An obligation's current deadline, saying when it is not known or not confirmed. */
export function CurrentDeadline(p: {
  t: Translate;
  locale: Locale;
  o: Pick<ObligationView, 'currentDeadline' | 'currentDeadlineConfirmed'>;
}) {
  return (
    <DeadlineText
      t={p.t}
      locale={p.locale}
      date={p.o.currentDeadline}
      confirmed={p.o.currentDeadlineConfirmed}
      empty={p.t('states:deadline.notKnown')}
    />
  );
}

/** "4 years 2 months", "5 months", "12 days": precise enough to plan by, short enough for a table. */
export function describeSpan(t: Translate, days: number): string {
  const n = Math.abs(days);
  if (n < 60) return t('states:span.days', { count: n });
  const months = Math.floor(n / 30.4375);
  if (months < 24) return t('states:span.months', { count: months });
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = t('states:span.years', { count: years });
  return rest ? t('states:span.join', { a: y, b: t('states:span.months', { count: rest }) }) : y;
}

export type Urgency = 'overdue' | 'undecided' | 'soon' | undefined;

export const urgencyOf = (r: TimeRemaining | null | undefined): Urgency =>
  r?.overdue ? 'overdue' : r?.decisionNotRecorded ? 'undecided' : r?.within24Months ? 'soon' : undefined;

/** The badge text of each urgency. */
export const urgencyBadge: Record<NonNullable<Urgency>, string> = {
  overdue: 'states:remaining.overdueBadge',
  undecided: 'states:remaining.undecidedBadge',
  soon: 'states:remaining.soonBadge',
};

/** Time left or overdue, with a text badge so the urgency never rests on colour alone. */
export function RemainingText(p: { t: Translate; remaining: TimeRemaining | null | undefined }) {
  const r = p.remaining;
  if (!r || r.days === null) return <>—</>;
  const { t } = p;
  if (r.decisionNotRecorded)
    return (
      <>
        <span class="badge">{t('states:remaining.undecidedBadge')}</span>{' '}
        {t('states:remaining.undecided', { span: describeSpan(t, r.days) })}
      </>
    );
  if (r.overdue)
    return (
      <>
        <span class="badge">{t('states:remaining.overdueBadge')}</span>{' '}
        {t('states:remaining.overdueBy', { span: describeSpan(t, r.days) })}
      </>
    );
  const text =
    r.days === 0
      ? t('states:remaining.today')
      : t('states:remaining.left', { span: describeSpan(t, r.days) });
  return r.within24Months ? (
    <>
      <span class="badge">{t('states:remaining.soonBadge')}</span> {text}
    </>
  ) : (
    text
  );
}

/** A partial deadline is counted to its last possible day; say which day that is. */
export function CountedTo(p: { t: Translate; locale: Locale; date: PartialDate | null }) {
  if (!p.date || partialDatePrecision(p.date) === 'day') return null;
  return (
    <p class="hint">{p.t('states:remaining.countedTo', { date: formatDate(p.locale, latestDay(p.date)) })}</p>
  );
}

const URL_START = /^(https?:\/\/[^\s<>"]+)(.*)$/s;

/** One source as written in the data; its address, if it has one, becomes a link. */
export function SourceText({ source }: { source: string }) {
  const m = URL_START.exec(source);
  if (!m) return <>{source}</>;
  return (
    <>
      <a href={m[1]} rel="noreferrer">
        {m[1]}
      </a>
      {m[2]}
    </>
  );
}

/** Several sources in one cell, separated by semicolons (the reference data's convention). */
export function SourceCell({ value }: { value: string | null }) {
  if (!value) return <>—</>;
  const parts = splitSources(value);
  if (parts.length === 1) return <SourceText source={parts[0]!} />;
  return (
    <ul>
      {parts.map((s) => (
        <li>
          <SourceText source={s} />
        </li>
      ))}
    </ul>
  );
}

/** A request no decision has followed yet; unconfirmed when its outcome may simply be unknown to us. */
export function PendingText(p: { t: Translate; locale: Locale; e: ObligationView['pendingRequest'] }) {
  const { t, locale, e } = p;
  if (!e) return <>{t('common:none')}</>;
  const parts = [
    e.meeting ? t('states:pending.meeting', { meeting: e.meeting }) : null,
    e.occurredOn ? t('states:pending.submitted', { date: formatDate(locale, e.occurredOn) }) : null,
    e.requestedDeadline
      ? t('states:pending.requested', { date: formatDate(locale, e.requestedDeadline) })
      : null,
  ].filter(Boolean);
  return (
    <>
      <span class="badge">{t('states:pending.badge')}</span>
      {parts.length ? ` ${parts.join(' · ')}` : ''}
      {e.confirmed ? null : <span class="unconfirmed"> ({t('states:pending.unconfirmed')})</span>}
    </>
  );
}

/** In a list of an obligation's facts: the request still pending, or none. */
export function PendingRequestFact(p: { t: Translate; locale: Locale; e: ObligationView['pendingRequest'] }) {
  return (
    <>
      <dt>{p.t('states:col.pendingRequest')}</dt>
      <dd>
        <PendingText {...p} />
      </dd>
    </>
  );
}
