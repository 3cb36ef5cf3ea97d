import { formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { compareText } from '../../../kernel/i18n/state-names.js';
import { DemoBadge, DemoNotice } from '../../../kernel/views/demo-notice.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import type { IndicatorResult, ProgressReportData } from '../compute.js';
import { type Basis, type Evidence, evidenceLabel } from '../model.js';
import { basisHref, basisText, figureText, noDataText } from './labels.js';
import { actionText, sectionTitle, WindowFacts } from './report.js';

/** The source a registry basis cites, its web addresses followable. */
function Source(p: { t: Translate; source: string }) {
  const parts = p.source.split(/;\s+/);
  return (
    <p class="hint sources">
      {p.t('progress:basis.sourceLabel')}{' '}
      {parts.map((s, i) => (
        <>
          {i ? '; ' : ''}
          {/^https?:\/\//.test(s) ? <a href={s}>{s}</a> : s}
        </>
      ))}
    </p>
  );
}

/** One basis: in words, linked to where it rests, its demonstration status and source shown. */
export function BasisLine(p: { t: Translate; locale: Locale; basis: Basis; iso3: string | null }) {
  const { t, basis: b } = p;
  const href = basisHref(b, p.iso3);
  const text = basisText(t, p.locale, b);
  return (
    <>
      {href ? <a href={href}>{text}</a> : text}
      {b.kind === 'report' ? (
        <>
          {' '}
          <DemoBadge t={t} show={b.demonstration} />
        </>
      ) : null}
      {b.kind === 'registry' && b.meeting && p.iso3 ? (
        <>
          {' '}
          (<a href={`/meetings/${b.meeting}`}>{b.meeting}</a>)
        </>
      ) : null}
      {b.kind === 'registry' && b.source ? <Source t={t} source={b.source} /> : null}
    </>
  );
}

function definition(t: Translate, locale: Locale, withAmount: boolean): TableDefinition<Evidence> {
  return {
    columns: [
      {
        key: 'who',
        header: t('progress:indicatorPage.who'),
        rowHeader: true,
        cell: (e) => (
          <>
            {e.iso3 ? <a href={`/states/${e.iso3}`}>{e.label}</a> : e.label}
            <br />
            {e.counted ? (
              <span class="badge ok">{t('progress:indicatorPage.yes')}</span>
            ) : (
              <span class="badge muted">{t('progress:indicatorPage.no')}</span>
            )}
          </>
        ),
      },
      {
        key: 'amount',
        header: t('progress:indicatorPage.amount'),
        numeric: true,
        cell: (e) => (e.amount !== undefined ? formatNumber(locale, e.amount) : '—'),
      },
      {
        key: 'basis',
        header: t('progress:indicatorPage.basis'),
        cell: (e) =>
          e.bases.length === 0 ? (
            <span class="unconfirmed">{t('progress:indicatorPage.noBasis')}</span>
          ) : (
            <ul>
              {e.bases.map((b) => (
                <li>
                  <BasisLine t={t} locale={locale} basis={b} iso3={e.iso3} />
                </li>
              ))}
            </ul>
          ),
      },
    ],
    page: withAmount ? ['who', 'amount', 'basis'] : ['who', 'basis'],
  };
}

/** Those counted first, then the rest, each group in the computation's order. */
export const countedFirst = (evidence: readonly Evidence[]): Evidence[] => [
  ...evidence.filter((e) => e.counted),
  ...evidence.filter((e) => !e.counted),
];

/** `/progress/{meeting}/{id}`: the indicator, its figure, and every State it looked at with what each rests on. */
export function IndicatorPage(p: {
  t: Translate;
  locale: Locale;
  report: ProgressReportData;
  indicator: IndicatorResult;
}) {
  const { t, locale, indicator: i } = p;
  const meeting = p.report.window.meeting;
  const f = i.computed;
  const why = noDataText(t, f);
  // Named in the reader's language and in its order, the counted ones first.
  const compare = compareText(locale);
  const evidence = countedFirst(
    f.evidence
      .map((e) => ({ ...e, label: evidenceLabel(locale, e) }))
      .sort((a, b) => compare(a.label, b.label)),
  );
  const demo = f.evidence.some((e) => e.bases.some((b) => b.kind === 'report' && b.demonstration));
  return (
    <article>
      <p>
        <a href={`/progress/${meeting}#section-${i.section}`}>
          {t('progress:indicatorPage.back', { meeting })}
        </a>
      </p>
      <h1>
        <span class="hint">{i.id}</span> {t(`progress:indicators.${i.id}`)}
      </h1>
      <DemoNotice t={t} show={demo} detail={t('progress:report.demoDetail')} />
      <dl class="facts">
        <dt>{t('progress:indicatorPage.figure')}</dt>
        <dd>
          <strong class={f.value === null ? 'unconfirmed' : undefined} data-figure="">
            {figureText(t, locale, f)}
          </strong>
          {why ? <p class="hint">{why}</p> : null}
        </dd>
        <dt>{t('progress:indicatorPage.section')}</dt>
        <dd>{sectionTitle(t, i.section)}</dd>
        <dt>{t('progress:indicatorPage.action')}</dt>
        <dd>{actionText(t, i)}</dd>
        <dt>{t('progress:indicatorPage.kind')}</dt>
        <dd>{t(`progress:kinds.${i.kind}`)}</dd>
        <dt>{t('progress:indicatorPage.period')}</dt>
        <dd>{t(`progress:periodTypes.${i.period}`)}</dd>
        <dt>{t('progress:indicatorPage.population')}</dt>
        <dd>{t(`progress:populations.${i.population}`)}</dd>
        <dt>{t('progress:indicatorPage.unit')}</dt>
        <dd>{t(`progress:units.${f.unit}`)}</dd>
      </dl>
      <WindowFacts t={t} locale={locale} window={p.report.window} />
      <section aria-labelledby="evidence">
        <h2 id="evidence">{t('progress:indicatorPage.evidence')}</h2>
        <p>{t('progress:indicatorPage.evidenceIntro')}</p>
        {evidence.length ? (
          <p role="status">
            {t('progress:indicatorPage.evidenceCount', {
              counted: formatNumber(locale, evidence.filter((e) => e.counted).length),
              total: formatNumber(locale, evidence.length),
            })}
          </p>
        ) : null}
        <Table
          definition={definition(
            t,
            locale,
            evidence.some((e) => e.amount !== undefined),
          )}
          rows={evidence}
          locale={locale}
          caption={t('progress:indicatorPage.caption', { id: i.id })}
          empty={t('progress:indicatorPage.noEvidence')}
          rowAttributes={(e) => ({ 'data-counted': String(e.counted) })}
        />
      </section>
    </article>
  );
}
