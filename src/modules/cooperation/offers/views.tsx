import type { Child } from 'hono/jsx';
import type { Actor } from '../../../kernel/actor.js';
import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { DemoBadge, DemoNotice, demonstrationColumn } from '../../../kernel/views/demo-notice.js';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../../kernel/views/fields.js';
import { type StaleChange, StaleRecordNotice, VersionField } from '../../../kernel/views/stale-record.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import type { RankedNeedView } from '../matching/load.js';
import { NeedTable } from '../matching/views/parts.js';
import { areas, assistanceTypes } from '../shared/vocabulary.js';
import { CurrencyField } from '../views/currency-field.js';
import { CooperationNav } from '../views/sub-nav.js';
import type { OfferView } from './queries.js';

/** The offer pages: the list, one offer with the needs it could answer, and the form. */

/** What the form shows: strings as typed, lists of ticked boxes. */
export interface OfferFormValues {
  partnerIso3: string;
  organisation: string;
  title: string;
  areas: string[];
  types: string[];
  priorityRegions: string[];
  priorityStates: string;
  multiYear: boolean;
  annualAmount: string;
  currency: string;
  contact: string;
}

export const blankOfferForm: OfferFormValues = {
  partnerIso3: '',
  organisation: '',
  title: '',
  areas: [],
  types: [],
  priorityRegions: [],
  priorityStates: '',
  multiYear: false,
  annualAmount: '',
  currency: '',
  contact: '',
};

/** The form's values as text, one string a field: what a stale save compares and shows. */
export const offerFormText = (t: Translate, v: OfferFormValues): Record<string, string> =>
  Object.fromEntries(
    Object.entries(v).map(([k, x]) => [
      k,
      Array.isArray(x)
        ? [...x].sort().join(', ')
        : typeof x === 'boolean'
          ? t(x ? 'common:yes' : 'common:no')
          : x,
    ]),
  );

export const formValuesOf = (o: OfferView): OfferFormValues => ({
  partnerIso3: o.partnerIso3 ?? '',
  organisation: o.organisation ?? '',
  title: o.title,
  areas: o.areas,
  types: o.types,
  priorityRegions: o.priorityRegions,
  priorityStates: o.priorityStates.join(', '),
  multiYear: o.multiYear,
  annualAmount: o.annualAmount === null ? '' : String(o.annualAmount),
  currency: o.currency ?? '',
  contact: o.contact,
});

const areaName = (t: Translate, a: string) => t(`cooperation:areaShort.${a}`);
const regionName = (t: Translate, r: string) => t(`states:region.${r}`, { defaultValue: r });

function StatusBadge({ t, o }: { t: Translate; o: OfferView }) {
  return (
    <span class="badge" data-status={o.status}>
      {t(`offers:status.${o.status}`)}
    </span>
  );
}

function amountText(locale: Locale, o: Pick<OfferView, 'annualAmount' | 'currency'>) {
  return o.annualAmount === null ? '' : `${formatNumber(locale, o.annualAmount)} ${o.currency ?? ''}`.trim();
}

function whereText(t: Translate, o: OfferView) {
  const parts = [...o.priorityRegions.map((r) => regionName(t, r)), ...o.priorityStates];
  return parts.length ? parts.join(', ') : t('offers:anywhere');
}

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
      { key: 'partner', header: t('offers:col.partner'), value: (o) => o.partnerName },
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
        value: (o) => o.annualAmount,
        numeric: true,
        cell: (o) => amountText(locale, o),
      },
      {
        key: 'status',
        header: t('offers:col.status'),
        value: (o) => t(`offers:status.${o.status}`),
        cell: (o) => <StatusBadge t={t} o={o} />,
      },
      {
        key: 'lastConfirmed',
        header: t('offers:col.lastConfirmed'),
        value: (o) => o.lastConfirmedOn,
        cell: (o) => formatDate(locale, o.lastConfirmedOn),
      },
      demonstrationColumn<OfferView>(t, (o) => o.demonstration),
    ],
    page: ['title', 'partner', 'areas', 'types', 'where', 'annual', 'status', 'lastConfirmed'],
  };
}

export function OffersListPage(p: { t: Translate; locale: Locale; offers: OfferView[]; canCreate: boolean }) {
  const { t, locale } = p;
  return (
    <>
      <CooperationNav t={t} current="offers" />
      <h1>{t('offers:list.title')}</h1>
      <DemoNotice t={t} show={p.offers.some((o) => o.demonstration)} />
      <p>{t('offers:list.intro')}</p>
      {p.canCreate ? (
        <p>
          <a class="button" href="/cooperation/offers/new">
            {t('offers:list.new')}
          </a>
        </p>
      ) : null}
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
      <CooperationNav t={t} current="offers" />
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
      <dl>
        <dt>{t('offers:col.partner')}</dt>
        <dd>{o.partnerName}</dd>
        <dt>{t('offers:col.areas')}</dt>
        <dd>{o.areas.map((a) => areaName(t, a)).join(', ')}</dd>
        <dt>{t('offers:col.types')}</dt>
        <dd>{o.types.map((x) => t(`offers:type.${x}`)).join(', ')}</dd>
        <dt>{t('offers:field.priorityRegions')}</dt>
        <dd>
          {o.priorityRegions.length
            ? o.priorityRegions.map((r) => regionName(t, r)).join(', ')
            : t('offers:none')}
        </dd>
        <dt>{t('offers:field.priorityStates')}</dt>
        <dd>{o.priorityStates.length ? o.priorityStates.join(', ') : t('offers:none')}</dd>
        <dt>{t('offers:field.multiYear')}</dt>
        <dd>{yesNo(o.multiYear)}</dd>
        <dt>{t('offers:col.annual')}</dt>
        <dd>{amountText(locale, o) || t('offers:notStated')}</dd>
        <dt>{t('offers:field.contact')}</dt>
        <dd>{o.contact}</dd>
        <dt>{t('offers:col.lastConfirmed')}</dt>
        <dd>{formatDate(locale, o.lastConfirmedOn)}</dd>
      </dl>
      {p.canWrite && o.status !== 'withdrawn' ? (
        <div class="actions">
          <a class="button" href={`/cooperation/offers/${o.id}/edit`}>
            {t('offers:show.edit')}
          </a>
          <form method="post" action={`/cooperation/offers/${o.id}/reconfirm`}>
            <button type="submit">{t('offers:show.reconfirm')}</button>
          </form>
          <form method="post" action={`/cooperation/offers/${o.id}/withdraw`}>
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

function CheckboxGroup(p: {
  name: string;
  legend: string;
  hint?: string;
  options: Array<{ value: string; label: string }>;
  checked: string[];
  errors?: FieldErrors;
}) {
  const id = `f-${p.name}`;
  const errs = p.errors?.[p.name];
  return (
    <fieldset class={errs?.length ? 'group field invalid' : 'group field'} id={id}>
      <legend>{p.legend}</legend>
      {p.hint ? <p class="hint">{p.hint}</p> : null}
      {errs?.length ? <p class="error">{errs.join(' ')}</p> : null}
      <div class="choices">
        {p.options.map((o) => (
          <label>
            <input type="checkbox" name={p.name} value={o.value} checked={p.checked.includes(o.value)} />{' '}
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function OfferFormPage(p: {
  t: Translate;
  actor: Actor;
  /** The partner the offer is for when the actor is a partner; null when the ISU names one. */
  ownPartner: string | null;
  offer: OfferView | null;
  values: OfferFormValues;
  errors?: FieldErrors;
  regions: string[];
  stateNames: Array<{ iso3: string; name: string }>;
  /** Editing: the version the form was filled from (kept as it was after a stale save). */
  version?: number;
  /** Someone saved the offer meanwhile: what is now saved differently from what was typed. */
  stale?: StaleChange[];
}) {
  const { t, values: v, errors } = p;
  const action = p.offer ? `/cooperation/offers/${p.offer.id}/edit` : '/cooperation/offers/new';
  let owner: Child;
  if (p.offer) owner = <p>{t('offers:form.for', { partner: p.offer.partnerName })}</p>;
  else if (p.ownPartner) owner = <p>{t('offers:form.for', { partner: p.ownPartner })}</p>;
  else
    owner = (
      <fieldset class="group">
        <legend>{t('offers:form.onBehalf')}</legend>
        <p class="hint">{t('offers:form.onBehalfHint')}</p>
        <SelectField
          name="partnerIso3"
          label={t('offers:field.partnerIso3')}
          value={v.partnerIso3}
          emptyLabel={t('offers:form.noState')}
          options={p.stateNames.map((s) => ({ value: s.iso3, label: s.name }))}
          errors={errors}
        />
        <TextField
          name="organisation"
          label={t('offers:field.organisation')}
          value={v.organisation}
          errors={errors}
        />
      </fieldset>
    );
  return (
    <>
      <CooperationNav t={t} current="offers" />
      <h1>{p.offer ? t('offers:form.editTitle', { title: p.offer.title }) : t('offers:form.newTitle')}</h1>
      {p.stale && p.offer ? (
        <StaleRecordNotice t={t} changes={p.stale} reloadHref={`/cooperation/offers/${p.offer.id}/edit`} />
      ) : null}
      <ErrorSummary errors={errors} title={t('errors:summary')} />
      <form method="post" action={action} novalidate>
        {p.offer ? <VersionField version={p.version ?? p.offer.version} /> : null}
        {owner}
        <TextField
          name="title"
          label={t('offers:field.title')}
          hint={t('offers:hint.title')}
          value={v.title}
          errors={errors}
          required
        />
        <CheckboxGroup
          name="areas"
          legend={t('offers:field.areas')}
          options={areas.map((a) => ({ value: a, label: areaName(t, a) }))}
          checked={v.areas}
          errors={errors}
        />
        <CheckboxGroup
          name="types"
          legend={t('offers:field.types')}
          options={assistanceTypes.map((x) => ({ value: x, label: t(`offers:type.${x}`) }))}
          checked={v.types}
          errors={errors}
        />
        <CheckboxGroup
          name="priorityRegions"
          legend={t('offers:field.priorityRegions')}
          hint={t('offers:hint.priorityRegions')}
          options={p.regions.map((r) => ({ value: r, label: regionName(t, r) }))}
          checked={v.priorityRegions}
          errors={errors}
        />
        <TextField
          name="priorityStates"
          label={t('offers:field.priorityStates')}
          hint={t('offers:hint.priorityStates')}
          value={v.priorityStates}
          errors={errors}
        />
        <div class="field">
          <label>
            <input type="checkbox" name="multiYear" value="yes" checked={v.multiYear} />{' '}
            {t('offers:field.multiYear')}
          </label>
          <p class="hint">{t('offers:hint.multiYear')}</p>
        </div>
        <TextField
          name="annualAmount"
          label={t('offers:field.annualAmount')}
          hint={t('offers:hint.annualAmount')}
          value={v.annualAmount}
          errors={errors}
        />
        <CurrencyField t={t} label={t('offers:field.currency')} value={v.currency} errors={errors} />
        <TextAreaField
          name="contact"
          label={t('offers:field.contact')}
          hint={t('offers:hint.contact')}
          value={v.contact}
          errors={errors}
          required
        />
        <p class="hint">{t('offers:form.confirms')}</p>
        <button type="submit">{p.offer ? t('offers:form.save') : t('offers:form.create')}</button>
      </form>
    </>
  );
}
