import type { Child } from 'hono/jsx';
import type { Actor } from '../../../../kernel/actor.js';
import type { FieldErrors } from '../../../../kernel/errors.js';
import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { numberInputText } from '../../../../kernel/numbers.js';
import { stateOptions } from '../../../../kernel/views/choices.js';
import {
  bindFields,
  CheckboxField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../kernel/views/fields.js';
import { type StaleChange, StaleRecordNotice, VersionField } from '../../../../kernel/views/stale-record.js';
import { areas, assistanceTypes } from '../../shared/vocabulary.js';
import { CurrencyField } from '../../views/currency-field.js';
import type { OfferView } from '../queries.js';
import { areaName, regionName } from './parts.js';

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

export const formValuesOf = (o: OfferView, locale?: Locale): OfferFormValues => ({
  partnerIso3: o.partnerIso3 ?? '',
  organisation: o.organisation ?? '',
  title: o.title,
  areas: o.areas,
  types: o.types,
  priorityRegions: o.priorityRegions,
  priorityStates: o.priorityStates.join(', '),
  multiYear: o.multiYear,
  annualAmount: o.annualAmount === null ? '' : numberInputText(o.annualAmount, locale),
  currency: o.currency ?? '',
  contact: o.contact,
});

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
  const field = bindFields(v, errors);
  const action = p.offer ? `/cooperation/offers/${p.offer.id}/edit` : '/cooperation/offers/new';
  let owner: Child;
  if (p.offer) {
    // A State partner by its name in the reader's language (the State list is in it).
    const { partnerIso3, partnerName } = p.offer;
    const partner = p.stateNames.find((s) => partnerIso3 && s.iso3 === partnerIso3)?.name ?? partnerName;
    owner = <p>{t('offers:form.for', { partner })}</p>;
  } else if (p.ownPartner) owner = <p>{t('offers:form.for', { partner: p.ownPartner })}</p>;
  else
    owner = (
      <fieldset class="group">
        <legend>{t('offers:form.onBehalf')}</legend>
        <p class="hint">{t('offers:form.onBehalfHint')}</p>
        <SelectField
          {...field('partnerIso3')}
          label={t('offers:field.partnerIso3')}
          emptyLabel={t('offers:form.noState')}
          options={stateOptions(p.stateNames)}
        />
        <TextField {...field('organisation')} label={t('offers:field.organisation')} />
      </fieldset>
    );
  return (
    <>
      <h1>{p.offer ? t('offers:form.editTitle', { title: p.offer.title }) : t('offers:form.newTitle')}</h1>
      {p.stale && p.offer ? (
        <StaleRecordNotice t={t} changes={p.stale} reloadHref={`/cooperation/offers/${p.offer.id}/edit`} />
      ) : null}
      <ErrorSummary errors={errors} title={t('errors:summary')} />
      <form method="post" action={`${action}#errors`} novalidate>
        {p.offer ? <VersionField version={p.version ?? p.offer.version} /> : null}
        {owner}
        <TextField
          {...field('title')}
          label={t('offers:field.title')}
          hint={t('offers:hint.title')}
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
          {...field('priorityStates')}
          label={t('offers:field.priorityStates')}
          hint={t('offers:hint.priorityStates')}
        />
        <CheckboxField
          name="multiYear"
          checked={v.multiYear}
          label={t('offers:field.multiYear')}
          hint={t('offers:hint.multiYear')}
        />
        <TextField
          {...field('annualAmount')}
          label={t('offers:field.annualAmount')}
          hint={t('offers:hint.annualAmount')}
        />
        <CurrencyField t={t} {...field('currency')} label={t('offers:field.currency')} />
        <TextAreaField
          {...field('contact')}
          label={t('offers:field.contact')}
          hint={t('offers:hint.contact')}
          required
        />
        <p class="hint">{t('offers:form.confirms')}</p>
        <button type="submit">{p.offer ? t('offers:form.save') : t('offers:form.create')}</button>
      </form>
    </>
  );
}
