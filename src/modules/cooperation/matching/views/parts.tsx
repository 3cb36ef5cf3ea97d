import { formatDate, formatNumber, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { partyName, stateName } from '../../../../kernel/i18n/state-names.js';
import { DemoBadge } from '../../../../kernel/views/demo-notice.js';
import { TableScroll } from '../../../../kernel/views/table.js';
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

/** The ranked partners of one need: partner, score, and why. */
export function PartnerTable({ t, locale, matches }: { t: Translate; locale: Locale; matches: Match[] }) {
  if (matches.length === 0) return <p>{t('matching:need.none')}</p>;
  return (
    <TableScroll label={t('matching:need.caption')}>
      <table>
        <caption>{t('matching:need.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matching:col.rank')}</th>
            <th scope="col">{t('matching:col.partner')}</th>
            <th scope="col">{t('matching:col.score')}</th>
            <th scope="col">{t('matching:col.why')}</th>
          </tr>
        </thead>
        <tbody>
          {matches.map((m, i) => (
            <tr data-partner={m.partnerKey}>
              <td class="num">{i + 1}</td>
              <th scope="row">
                {partyName(
                  locale,
                  m.partnerKey.startsWith('state:') ? m.partnerKey.slice(6) : null,
                  m.partnerName,
                )}
                <br />
                <a href={`/cooperation/offers/${m.offerId}`}>{m.offerTitle}</a>
              </th>
              <td class="num">{t('matching:score', { score: m.score })}</td>
              <td>
                <ComponentList t={t} locale={locale} parts={m.components} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The open needs ranked for a partner's offer: need, score, urgency, and why. */
export function NeedTable({ t, locale, ranked }: { t: Translate; locale: Locale; ranked: RankedNeedView[] }) {
  if (ranked.length === 0) return <p>{t('matching:offer.none')}</p>;
  return (
    <TableScroll label={t('matching:offer.caption')}>
      <table>
        <caption>{t('matching:offer.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matching:col.rank')}</th>
            <th scope="col">{t('matching:col.need')}</th>
            <th scope="col">{t('matching:col.score')}</th>
            <th scope="col">{t('matching:col.urgency')}</th>
            <th scope="col">{t('matching:col.why')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((r, i) => (
            <tr data-need={r.need.id}>
              <td class="num">{i + 1}</td>
              <th scope="row">
                <a href={`/cooperation/needs/${r.need.id}`}>
                  {stateName(locale, r.view.stateIso3, r.view.stateName)}:{' '}
                  {t(`cooperation:areaShort.${r.need.area}`)}
                </a>
                <br />
                {r.view.description} <DemoBadge t={t} show={r.view.demonstration} />
              </th>
              <td class="num">{t('matching:score', { score: r.match.score })}</td>
              <td>
                {t('matching:urgency.value', { score: r.urgency.score })}
                {r.urgency.smallGapNearDeadline ? (
                  <p class="warning" data-flag="small-gap-near-deadline">
                    {t('matching:urgency.flag')}
                  </p>
                ) : null}
                <ComponentList t={t} locale={locale} parts={r.urgency.components} />
              </td>
              <td>
                <ComponentList t={t} locale={locale} parts={r.match.components} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Why a need that is not open shows no matches. */
export function closedSentence(t: Translate, status: NeedStatus): string {
  return t(
    `matching:need.closed.${status === 'met' || status === 'withdrawn' || status === 'lapsed' ? status : 'other'}`,
  );
}
