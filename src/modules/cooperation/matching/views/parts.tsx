import { formatDate, formatNumber, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { partyName, stateName } from '../../../../kernel/i18n/state-names.js';
import { DemoBadge } from '../../../../kernel/views/demo-notice.js';
import { type Column, Table, type TableDefinition } from '../../../../kernel/views/table.js';
import type { NeedStatus } from '../../shared/vocabulary.js';
import type { RankedNeedView } from '../load.js';
import type { Match, Reason, ScoreComponent, Urgency } from '../score.js';

/** How matching explains itself in words: every component, its points, and the reason behind them. */

const MONEY_PARAMS = new Set(['gap', 'annual', 'threshold']);

/** A reason in the reader's language: codes become names, amounts dollars, dates dates. */
export function reasonText(t: Translate, locale: Locale, r: Reason): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(r.params)) {
    if (MONEY_PARAMS.has(k) && typeof v === 'number')
      params[k] = t('matching:usd', { amount: formatNumber(locale, Math.round(v)) });
    else if ((k === 'area' || k === 'offered') && typeof v === 'string')
      params[k] = t(`cooperation:areaShort.${v}`);
    else if (k === 'type' && typeof v === 'string') params[k] = t(`offers:type.${v}`);
    else if (k === 'region' && typeof v === 'string')
      params[k] = t(`states:region.${v}`, { defaultValue: v });
    else if (k === 'deadline' && typeof v === 'string') params[k] = formatDate(locale, v);
    else if (k === 'state' && typeof v === 'string') params[k] = stateName(locale, v);
    else params[k] = v;
  }
  return t(r.key, params);
}

/** The components of a score as a list: "Area — 30 of 30: offers support for Article 4." */
export function ComponentList({
  t,
  locale,
  parts,
}: {
  t: Translate;
  locale: Locale;
  parts: ScoreComponent[];
}) {
  return (
    <ul class="match-why">
      {parts.map((p) => (
        <li data-component={p.id}>
          <strong>{t(`matching:component.${p.id}`)}</strong>{' '}
          {t('matching:points', { points: p.points, max: p.max })}: {reasonText(t, locale, p.reason)}
        </li>
      ))}
    </ul>
  );
}

/** The urgency of a need, and the small-gap-near-deadline flag in words when it is raised. */
export function UrgencyBlock({ t, locale, u }: { t: Translate; locale: Locale; u: Urgency }) {
  return (
    <div class="match-urgency">
      <h3>{t('matching:urgency.title', { score: u.score })}</h3>
      {u.smallGapNearDeadline ? (
        <p class="warning" data-flag="small-gap-near-deadline">
          <strong>{t('matching:urgency.flag')}</strong> {t('matching:urgency.flagExplained')}
        </p>
      ) : null}
      <ComponentList t={t} locale={locale} parts={u.components} />
      {u.gapIsUpperBound ? <p class="hint">{t('matching:urgency.upperBound')}</p> : null}
    </div>
  );
}

/** A row of a ranked list, with its place in it (1 is the best). */
type Ranked<R> = R & { rank: number };

const ranked = <R,>(rows: readonly R[]): Ranked<R>[] => rows.map((r, i) => ({ ...r, rank: i + 1 }));

/** The rank, score and reasons columns both ranked tables share, around their own naming columns. */
function rankedTable<R>(
  t: Translate,
  locale: Locale,
  match: (r: R) => Match,
  own: { naming: Column<Ranked<R>>; more?: Column<Ranked<R>>[] },
): TableDefinition<Ranked<R>> {
  return {
    columns: [
      { key: 'rank', header: t('matching:col.rank'), cellClass: () => 'num', cell: (r) => r.rank },
      { ...own.naming, rowHeader: true },
      {
        key: 'score',
        header: t('matching:col.score'),
        cellClass: () => 'num',
        cell: (r) => t('matching:score', { score: match(r).score }),
      },
      ...(own.more ?? []),
      {
        key: 'why',
        header: t('matching:col.why'),
        cell: (r) => <ComponentList t={t} locale={locale} parts={match(r).components} />,
      },
    ],
  };
}

/** The ranked partners of one need: partner, score, and why. */
export function PartnerTable({ t, locale, matches }: { t: Translate; locale: Locale; matches: Match[] }) {
  const definition = rankedTable<Match>(t, locale, (m) => m, {
    naming: {
      key: 'partner',
      header: t('matching:col.partner'),
      cell: (m) => (
        <>
          {partyName(locale, m.partnerKey.startsWith('state:') ? m.partnerKey.slice(6) : null, m.partnerName)}
          <br />
          <a href={`/cooperation/offers/${m.offerId}`}>{m.offerTitle}</a>
        </>
      ),
    },
  });
  return (
    <Table
      definition={definition}
      rows={ranked(matches)}
      locale={locale}
      caption={t('matching:need.caption')}
      empty={t('matching:need.none')}
      rowAttributes={(m) => ({ 'data-partner': m.partnerKey })}
    />
  );
}

/** The open needs ranked for a partner's offer: need, score, urgency, and why. */
export function NeedTable({
  t,
  locale,
  ranked: rows,
}: {
  t: Translate;
  locale: Locale;
  ranked: RankedNeedView[];
}) {
  const definition = rankedTable<RankedNeedView>(t, locale, (r) => r.match, {
    naming: {
      key: 'need',
      header: t('matching:col.need'),
      cell: (r) => (
        <>
          <a href={`/cooperation/needs/${r.need.id}`}>
            {stateName(locale, r.view.stateIso3, r.view.stateName)}:{' '}
            {t(`cooperation:areaShort.${r.need.area}`)}
          </a>
          <br />
          {r.view.description} <DemoBadge t={t} show={r.view.demonstration} />
        </>
      ),
    },
    more: [
      {
        key: 'urgency',
        header: t('matching:col.urgency'),
        cell: (r) => (
          <>
            {t('matching:urgency.value', { score: r.urgency.score })}
            {r.urgency.smallGapNearDeadline ? (
              <p class="warning" data-flag="small-gap-near-deadline">
                {t('matching:urgency.flag')}
              </p>
            ) : null}
            <ComponentList t={t} locale={locale} parts={r.urgency.components} />
          </>
        ),
      },
    ],
  });
  return (
    <Table
      definition={definition}
      rows={ranked(rows)}
      locale={locale}
      caption={t('matching:offer.caption')}
      empty={t('matching:offer.none')}
      rowAttributes={(r) => ({ 'data-need': String(r.need.id) })}
    />
  );
}

/** Why a need that is not open shows no matches. */
export function closedSentence(t: Translate, status: NeedStatus): string {
  return t(
    `matching:need.closed.${status === 'met' || status === 'withdrawn' || status === 'lapsed' ? status : 'other'}`,
  );
}
