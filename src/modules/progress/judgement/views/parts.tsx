import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { formatDate, formatNumber } from '../../../../kernel/i18n/index.js';
import type { ComparisonRow, Reason } from '../compare.js';

/** A figure as the report prints it: "x", "x of y", or unknown with its reason, never 0. */
/** A figure as a number, "n of m", or unknown (with why as its title). */
export function FigureText(p: {
  t: Translate;
  locale: Locale;
  figure: { value: number | null; denominator: number | null; noData?: string | null };
}) {
  const { t, locale } = p;
  const { value, denominator, noData } = p.figure;
  if (value === null)
    return (
      <span class="muted" title={noData ? t(`progress:noData.${noData}`) : undefined}>
        {t('progressJudgement:figure.unknown')}
      </span>
    );
  const n = formatNumber(locale, value);
  return (
    <span>
      {denominator === null
        ? n
        : t('progressJudgement:figure.of', { n, of: formatNumber(locale, denominator) })}
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
  return <FigureText t={t} locale={locale} figure={f} />;
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
