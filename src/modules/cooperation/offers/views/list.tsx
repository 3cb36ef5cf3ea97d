import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { partyName } from '../../../../kernel/i18n/state-names.js';
import { DemoBadge, DemoNotice, demonstrationColumn } from '../../../../kernel/views/demo-notice.js';
import { ButtonLink } from '../../../../kernel/views/form-page.js';
import { dayColumn, Table, type TableDefinition } from '../../../../kernel/views/table.js';
import type { OfferView } from '../queries.js';
import { amountText, areaName, StatusBadge, whereText } from './parts.js';

/**
 * The offers' columns (kernel/views/table.tsx). The list has no download yet: the values are
 * typed for one (days ISO), but a download would first need a currency column beside the amount.
 */
export function offerTable(t: Translate, locale: Locale): TableDefinition<OfferView> {
  return {
    columns: [
      {
        key: 'title',
        header: t('offers:col.title'),
        value: (o) => o.title,
        rowHeader: true,
        cell: (o) => (
          <>
            <a href={`/cooperation/offers/${o.id}`}>{o.title}</a> <DemoBadge t={t} show={o.demonstration} />
          </>
        ),
      },
      {
        key: 'partner',
        header: t('offers:col.partner'),
        value: (o) => partyName(locale, o.partnerIso3, o.partnerName),
      },
      {
        key: 'areas',
        header: t('offers:col.areas'),
        value: (o) => o.areas.map((a) => areaName(t, a)).join(', '),
      },
      {
        key: 'types',
        header: t('offers:col.types'),
        value: (o) => o.types.map((x) => t(`offers:type.${x}`)).join(', '),
      },
      { key: 'where', header: t('offers:col.where'), value: (o) => whereText(t, o) },
      {
        key: 'annual',
        header: t('offers:col.annual'),
        value: (o) => o.annualAmount ?? t('common:unknown'),
        numeric: true,
        cell: (o) => amountText(t, locale, o),
      },
      {
        key: 'status',
        header: t('offers:col.status'),
        value: (o) => t(`offers:status.${o.status}`),
        cell: (o) => <StatusBadge t={t} o={o} />,
      },
      dayColumn('lastConfirmed', t('offers:col.lastConfirmed'), locale, (o) => o.lastConfirmedOn),
      demonstrationColumn<OfferView>(t, (o) => o.demonstration),
    ],
    page: ['title', 'partner', 'areas', 'types', 'where', 'annual', 'status', 'lastConfirmed'],
  };
}

export function OffersListPage(p: { t: Translate; locale: Locale; offers: OfferView[]; canCreate: boolean }) {
  const { t, locale } = p;
  return (
    <>
      <h1>{t('offers:list.title')}</h1>
      <DemoNotice t={t} show={p.offers.some((o) => o.demonstration)} />
      <p>{t('offers:list.intro')}</p>
      <ButtonLink show={p.canCreate} href="/cooperation/offers/new" label={t('offers:list.new')} primary />
      <Table
        definition={offerTable(t, locale)}
        rows={p.offers}
        locale={locale}
        caption={t('offers:list.caption', { count: p.offers.length })}
        empty={t('offers:list.empty')}
        rowAttributes={(o) => ({ 'data-offer': String(o.id) })}
      />
    </>
  );
}
