import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { formatDate, formatNumber } from '../../../../kernel/i18n/index.js';
import type { ComparisonRow, Reason } from '../compare.js';

/** A figure as the report prints it: "x", "x of y", or unknown with its reason, never 0. */
export function FigureText(p: {
  t: Translate;
  locale: Locale;
  value: number | null;
  denominator: number | null;
  noData?: string | null;
}) {
  const { t, locale } = p;
  if (p.value === null)
    return (
      <span class="muted" title={p.noData ? t(`progress:noData.${p.noData}`) : undefined}>
        {t('progressJudgement:figure.unknown')}
      </span>
    );
  const n = formatNumber(locale, p.value);
  return (
    <span>
      {p.denominator === null
        ? n
        : t('progressJudgement:figure.of', { n, of: formatNumber(locale, p.denominator) })}
    </span>
  );
}

export function PublishedText(p: { t: Translate; locale: Locale; row: ComparisonRow }) {
  const { t, locale, row } = p;
  const f = row.published;
  if (f.status !== 'figure') return <span class="muted">{t(`progressJudgement:status.${f.status}`)}</span>;
  if (f.parts)
    return (
      <span>
        {f.parts
          .map((x) => `${formatNumber(locale, x.value)} ${t(`progressJudgement:unit.${x.unit}`)}`)
          .join(' / ')}
      </span>
    );
  return <FigureText t={t} locale={locale} value={f.value} denominator={f.denominator} />;
}

export function ReasonText(p: { t: Translate; reason: Reason }) {
  const { t, reason } = p;
  return (
    <li data-reason={reason.kind}>
      <strong>{t(`progressJudgement:reasonKind.${reason.kind}`)}</strong>:{' '}
      {t(reason.note, reason.params ?? {})}
    </li>
  );
}

export const when = (locale: Locale, at: Date | string) =>
  formatDate(locale, typeof at === 'string' ? new Date(at) : at);
