import { formatDate, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { partyName } from '../../../../kernel/i18n/state-names.js';
import { DemoNotice } from '../../../../kernel/views/demo-notice.js';
import { Facts } from '../../../../kernel/views/facts.js';
import type { RankedNeedView } from '../../matching/load.js';
import { NeedTable } from '../../matching/views/parts.js';
import type { OfferView } from '../queries.js';
import { amountText, areaName, regionName, StatusBadge } from './parts.js';

export function OfferPage(p: {
  t: Translate;
  locale: Locale;
  offer: OfferView;
  canWrite: boolean;
  ranked: RankedNeedView[];
}) {
  const { t, locale, offer: o } = p;
  const yesNo = (b: boolean) => t(b ? 'common:yes' : 'common:no');
  return (
    <>
      <h1>{o.title}</h1>
      {/* The offer, or a need ranked for it, may be demonstration data. */}
      <DemoNotice t={t} show={o.demonstration || p.ranked.some((r) => r.view.demonstration)} />
      <p>
        <StatusBadge t={t} o={o} />{' '}
        {o.status === 'active'
          ? t('offers:show.activeUntil', { date: formatDate(locale, o.lapsesOn) })
          : o.status === 'lapsed'
            ? t('offers:show.lapsedSince', { date: formatDate(locale, o.lapsesOn) })
            : t('offers:show.withdrawn')}
      </p>
      <Facts
        facts={[
          [t('offers:col.partner'), partyName(locale, o.partnerIso3, o.partnerName)],
          [t('offers:col.areas'), o.areas.map((a) => areaName(t, a)).join(', ')],
          [t('offers:col.types'), o.types.map((x) => t(`offers:type.${x}`)).join(', ')],
          [
            t('offers:field.priorityRegions'),
            o.priorityRegions.length
              ? o.priorityRegions.map((r) => regionName(t, r)).join(', ')
              : t('offers:none'),
          ],
          [
            t('offers:field.priorityStates'),
            o.priorityStates.length ? o.priorityStates.join(', ') : t('offers:none'),
          ],
          [t('offers:field.multiYear'), yesNo(o.multiYear)],
          [t('offers:col.annual'), amountText(t, locale, o)],
          [t('offers:field.contact'), o.contact],
          [t('offers:col.lastConfirmed'), formatDate(locale, o.lastConfirmedOn)],
        ]}
      />
      {p.canWrite && o.status !== 'withdrawn' ? (
        <div class="actions">
          <a class="button" href={`/cooperation/offers/${o.id}/edit`}>
            {t('offers:show.edit')}
          </a>
          <form method="post" action={`/cooperation/offers/${o.id}/reconfirm#errors`}>
            <button type="submit">{t('offers:show.reconfirm')}</button>
          </form>
          <form method="post" action={`/cooperation/offers/${o.id}/withdraw#errors`}>
            <button type="submit">{t('offers:show.withdraw')}</button>
          </form>
        </div>
      ) : null}
      <section id="matching" aria-labelledby="matching-title">
        <h2 id="matching-title">{t('matching:offer.title')}</h2>
        {o.status === 'active' ? (
          <>
            <p>{t('matching:offer.intro')}</p>
            <NeedTable t={t} locale={locale} ranked={p.ranked} />
          </>
        ) : (
          <p data-matching="closed">
            {t(`matching:offer.closed.${o.status === 'lapsed' ? 'lapsed' : 'withdrawn'}`)}
          </p>
        )}
      </section>
    </>
  );
}
