import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { compareText, stateName } from '../../../kernel/i18n/state-names.js';
import { TableScroll } from '../../../kernel/views/table.js';
import type { ParticipationView } from '../participants.js';
import type { ParticipationFigures } from '../participation.js';

/** "81 of 237": a count out of its denominator, as the Progress Report prints it. */
const outOf = (locale: Locale, t: Translate, n: number, of: number) =>
  t('calendar:participants.outOf', { n: formatNumber(locale, n), of: formatNumber(locale, of) });

/** States first, each by its name in the reader's language and in its order; then the organisations. */
function inReadersOrder<D extends { stateIso3: string | null; name: string }>(
  locale: Locale,
  ds: readonly D[],
) {
  const compare = compareText(locale);
  const label = (d: D) => (d.stateIso3 ? stateName(locale, d.stateIso3, d.name) : d.name);
  return [...ds].sort(
    (a, b) => Number(a.stateIso3 === null) - Number(b.stateIso3 === null) || compare(label(a), label(b)),
  );
}

export function FiguresList(p: { t: Translate; locale: Locale; figures: ParticipationFigures }) {
  const { t, locale, figures: f } = p;
  return (
    <dl class="facts">
      <dt>{t('calendar:participants.figures.womenDelegates')}</dt>
      <dd>
        {outOf(locale, t, f.womenStatePartyDelegates, f.statePartyDelegates)}
        {f.genderNotKnownStatePartyDelegates ? (
          <p class="hint">
            {t('calendar:participants.figures.genderNotKnown', {
              count: f.genderNotKnownStatePartyDelegates,
            })}
          </p>
        ) : null}
      </dd>
      <dt>{t('calendar:participants.figures.headedByWomen')}</dt>
      <dd>{outOf(locale, t, f.delegationsHeadedByWomen, f.delegations)}</dd>
      <dt>{t('calendar:participants.figures.statesNotParty')}</dt>
      <dd>{formatNumber(locale, f.statesNotPartyPresent)}</dd>
      <dt>{t('calendar:participants.figures.withSurvivors')}</dt>
      <dd>
        {outOf(locale, t, f.delegationsWithSurvivors, f.delegations)}{' '}
        <span class="hint">
          {t('calendar:participants.figures.ofStatesParties', {
            n: outOf(locale, t, f.statePartyDelegationsWithSurvivors, f.statePartyDelegations),
          })}
        </span>
      </dd>
    </dl>
  );
}

export function DelegationsTable(p: { t: Translate; locale: Locale; participation: ParticipationView }) {
  const { t, locale, participation: v } = p;
  return (
    <TableScroll label={t('calendar:participants.title')}>
      <table>
        <caption>
          {v.statusOn
            ? t('calendar:participants.statusOn', { date: formatDate(locale, v.statusOn) })
            : t('calendar:participants.statusDayNotKnown')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('calendar:participants.col.delegation')}</th>
            <th scope="col">{t('calendar:participants.col.status')}</th>
            <th scope="col">{t('calendar:participants.col.head')}</th>
            <th scope="col" class="num">
              {t('calendar:participants.col.members')}
            </th>
            <th scope="col" class="num">
              {t('calendar:participants.col.women')}
            </th>
            <th scope="col" class="num">
              {t('calendar:participants.col.survivors')}
            </th>
          </tr>
        </thead>
        <tbody>
          {inReadersOrder(locale, v.delegations).map((d) => (
            <tr>
              <th scope="row">
                {d.stateIso3 ? (
                  <a href={`/states/${d.stateIso3}`}>{stateName(locale, d.stateIso3, d.name)}</a>
                ) : (
                  d.name
                )}
              </th>
              <td>
                {d.status ? (
                  t(`calendar:participants.status.${d.status}`)
                ) : (
                  <span class="unconfirmed">{t('common:unknown')}</span>
                )}
              </td>
              <td>
                {d.head ? (
                  <>
                    {d.head.name}{' '}
                    <span class="hint">({t(`calendar:participants.gender.${d.head.gender}`)})</span>
                  </>
                ) : (
                  <span class="unconfirmed">{t('common:unknown')}</span>
                )}
              </td>
              <td class="num">{formatNumber(locale, d.members)}</td>
              <td class="num">{formatNumber(locale, d.women)}</td>
              <td class="num">{formatNumber(locale, d.survivors)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
