import type { FieldErrors } from '../../../../kernel/errors.js';
import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { numberInputText } from '../../../../kernel/numbers.js';
import { stateOptions, vocabularyOptions } from '../../../../kernel/views/choices.js';
import { FieldList, type FieldSpec } from '../../../../kernel/views/field-list.js';
import { bindFields, ErrorSummary, SelectField } from '../../../../kernel/views/fields.js';
import { type StaleChange, StaleRecordNotice, VersionField } from '../../../../kernel/views/stale-record.js';
import { areas, assistanceTypes } from '../../shared/vocabulary.js';
import { CurrencyField } from '../../views/currency-field.js';
import { needFieldKeys } from '../rows.js';
import type { NeedView } from '../types.js';
import { needHref } from './parts.js';

export const needFormFields = needFieldKeys;

/** The stored values as the form shows them. */
export function formValuesOf(n: NeedView, locale?: Locale): Record<string, string> {
  const s = (v: string | number | null) =>
    v === null ? '' : typeof v === 'number' ? numberInputText(v, locale) : v;
  return {
    area: n.area,
    type: s(n.type),
    description: n.description,
    activitiesTimeframe: s(n.activitiesTimeframe),
    estimatedCost: s(n.estimatedCost),
    currency: s(n.currency),
    nationalContribution: s(n.nationalContribution),
    planReference: s(n.planReference),
  };
}

export interface NeedFormProps {
  t: Translate;
  mode: 'new' | 'edit';
  /** Editing: the need as stored. */
  need?: NeedView;
  /** Adding: the States the person may choose (the ISU: all; a focal point: its own, fixed). */
  states?: Array<{ iso3: string; name: string }>;
  values: Record<string, string>;
  errors?: FieldErrors;
  /** The need the State already has with this area and description. */
  duplicateOf?: number;
  /** Editing: the version the form was filled from (kept as it was after a stale save). */
  version?: number;
  /** Someone saved the need meanwhile: what is now saved differently from what was typed. */
  stale?: StaleChange[];
}

/** What is needed: the area, the kind of assistance, the need and its activities, their cost. */
const needFields = (t: Translate): FieldSpec[] => [
  {
    kind: 'select',
    name: 'area',
    label: t('needs:col.area'),
    emptyLabel: t('needs:form.chooseArea'),
    options: vocabularyOptions(t, areas, 'needs:area.'),
    required: true,
  },
  {
    kind: 'select',
    name: 'type',
    label: t('needs:col.type'),
    emptyLabel: t('needs:form.noType'),
    options: vocabularyOptions(t, assistanceTypes, 'needs:type.'),
  },
  {
    kind: 'textarea',
    name: 'description',
    label: t('needs:col.description'),
    hint: t('needs:form.descriptionHint'),
    required: true,
    maxLength: 4000,
  },
  {
    kind: 'textarea',
    name: 'activitiesTimeframe',
    label: t('needs:col.activitiesTimeframe'),
    hint: t('needs:evidence.howTo.activities'),
    maxLength: 4000,
  },
  {
    kind: 'text',
    name: 'estimatedCost',
    type: 'number',
    label: t('needs:col.estimatedCost'),
    hint: t('needs:evidence.howTo.cost'),
  },
];

/** After the currency: what the State puts in, the plan the need comes from, and (adding) consent to publish. */
const fundingFields = (t: Translate, mode: 'new' | 'edit'): Array<FieldSpec | false> => [
  {
    kind: 'text',
    name: 'nationalContribution',
    type: 'number',
    label: t('needs:col.nationalContribution'),
    hint: t('needs:evidence.howTo.nationalContribution'),
  },
  {
    kind: 'text',
    name: 'planReference',
    label: t('needs:col.planReference'),
    hint: t('needs:evidence.howTo.plan'),
    maxLength: 500,
  },
  mode === 'new' && {
    kind: 'checkbox',
    name: 'isPublic',
    value: 'on',
    label: t('needs:form.isPublic'),
    hint: t('needs:consent.publishWording'),
  },
];

/** Adding or editing a need: the columns of Form J, with hints that make a good request easy. */
export function NeedFormPage(p: NeedFormProps) {
  const { t, values: v, errors } = p;
  const field = bindFields(v, errors);
  const action = p.mode === 'new' ? '/cooperation/needs/new' : `${needHref(p.need?.id ?? 0)}/edit`;
  const fixedState = p.states?.length === 1 ? p.states[0] : undefined;
  return (
    <section>
      <h1>
        {p.mode === 'new'
          ? t('needs:form.newTitle')
          : t('needs:form.editTitle', { state: p.need?.stateName })}
      </h1>
      <p>{t('needs:form.intro')}</p>
      {p.mode === 'edit' && p.need?.origin === 'report' ? (
        <p class="hint">{t('needs:form.fromReport')}</p>
      ) : null}
      {p.stale && p.need ? (
        <StaleRecordNotice t={t} changes={p.stale} reloadHref={`${needHref(p.need.id)}/edit`} />
      ) : null}
      <ErrorSummary errors={errors} title={t('errors:summary')} />
      {p.duplicateOf ? (
        <p class="warning">
          <a href={needHref(p.duplicateOf)}>{t('needs:form.duplicateLink')}</a>
        </p>
      ) : null}
      <form method="post" action={`${action}#errors`} class="stack">
        {p.mode === 'edit' ? <VersionField version={p.version ?? 0} /> : null}
        {p.mode === 'new' ? (
          fixedState ? (
            <p>
              {t('needs:col.state')}: <strong>{fixedState.name}</strong>
              <input type="hidden" name="stateIso3" value={fixedState.iso3} />
            </p>
          ) : (
            <SelectField
              {...field('stateIso3')}
              label={t('needs:col.state')}
              emptyLabel={t('needs:form.chooseState')}
              options={stateOptions(p.states ?? [])}
              required
            />
          )
        ) : null}
        <FieldList fields={needFields(t)} values={v} errors={errors} />
        <CurrencyField t={t} {...field('currency')} label={t('needs:col.currency')} />
        <FieldList fields={fundingFields(t, p.mode)} values={v} errors={errors} />
        <button type="submit">{p.mode === 'new' ? t('needs:form.submitAdd') : t('common:save')}</button>{' '}
        <a href={p.mode === 'new' ? '/cooperation/needs' : needHref(p.need?.id ?? 0)}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
