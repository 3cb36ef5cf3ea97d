import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../../kernel/views/fields.js';
import type { PracticeView } from '../queries.js';
import { practiceAreas, practiceLanguages, sourceKinds } from '../vocabulary.js';

/** A practice form as typed: every field a string, the per-language ones named `texts.<lang>.<field>`. */
export type PracticeFormValues = Record<string, string>;

export const textFields = ['title', 'done', 'achieved'] as const;

export const blankPracticeForm = (ownState: string | null): PracticeFormValues => ({
  area: '',
  language: 'en',
  states: ownState ?? '',
  partners: '',
  sourceKind: 'document',
  sourceReference: '',
  sourceTitle: '',
  lapAction: '',
  practiceOn: '',
  status: 'published',
});

export function formValuesOf(p: PracticeView): PracticeFormValues {
  const v: PracticeFormValues = {
    area: p.area,
    language: p.language,
    states: p.states.map((s) => s.iso3).join(', '),
    partners: p.partners.join('; '),
    sourceKind: p.source.kind,
    sourceReference: p.source.reference,
    sourceTitle: p.source.title,
    lapAction: p.lapAction === null ? '' : String(p.lapAction),
    practiceOn: p.practiceOn ?? '',
    status: p.status === 'withdrawn' ? 'published' : p.status,
  };
  for (const l of practiceLanguages) for (const f of textFields) v[`texts.${l}.${f}`] = p.texts[l]?.[f] ?? '';
  return v;
}

export function PracticeFormPage(p: {
  t: Translate;
  practice: PracticeView | null;
  values: PracticeFormValues;
  errors?: FieldErrors;
  version?: number;
  /** A focal point proposes for its own State: the States field says so. */
  ownState: string | null;
  canPublish: boolean;
}) {
  const { t, values: v, errors } = p;
  const field = (name: string) => ({ name, value: v[name] ?? '', errors });
  const action = p.practice ? `/good-practices/${p.practice.id}/edit` : '/good-practices/new';
  return (
    <section>
      <h1>{p.practice ? t('practices:form.editTitle') : t('practices:form.newTitle')}</h1>
      <ErrorSummary errors={errors} title={t('practices:form.errorsTitle')} />
      {p.ownState ? <p class="hint">{t('practices:form.ownStateHint', { iso3: p.ownState })}</p> : null}
      <form method="post" action={`${action}#errors`}>
        {p.version !== undefined ? <input type="hidden" name="version" value={String(p.version)} /> : null}
        <SelectField
          {...field('area')}
          label={t('practices:col.area')}
          required
          emptyLabel={t('practices:form.choose')}
          options={practiceAreas.map((a) => ({ value: a, label: t(`practices:area.${a}`) }))}
        />
        <SelectField
          {...field('language')}
          label={t('practices:field.language')}
          hint={t('practices:form.languageHint')}
          required
          options={practiceLanguages.map((l) => ({ value: l, label: t(`practices:languageName.${l}`) }))}
        />
        {practiceLanguages.map((l) => (
          <fieldset lang={l}>
            <legend>{t('practices:form.textsIn', { language: t(`practices:languageName.${l}`) })}</legend>
            <TextField {...field(`texts.${l}.title`)} label={t('practices:field.title')} maxLength={200} />
            <TextAreaField {...field(`texts.${l}.done`)} label={t('practices:field.done')} maxLength={4000} />
            <TextAreaField
              {...field(`texts.${l}.achieved`)}
              label={t('practices:field.achieved')}
              hint={t('practices:form.achievedHint')}
              maxLength={4000}
            />
          </fieldset>
        ))}
        <TextField
          {...field('states')}
          label={t('practices:col.states')}
          hint={t('practices:form.statesHint')}
        />
        <TextAreaField
          {...field('partners')}
          label={t('practices:col.partners')}
          hint={t('practices:form.partnersHint')}
        />
        <SelectField
          {...field('sourceKind')}
          label={t('practices:col.sourceKind')}
          required
          options={sourceKinds.map((k) => ({ value: k, label: t(`practices:sourceKind.${k}`) }))}
        />
        <TextField
          {...field('sourceReference')}
          label={t('practices:field.sourceReference')}
          hint={t('practices:form.sourceReferenceHint')}
          required
          maxLength={300}
        />
        <TextField
          {...field('sourceTitle')}
          label={t('practices:field.sourceTitle')}
          required
          maxLength={500}
        />
        <TextField
          {...field('lapAction')}
          type="number"
          label={t('practices:col.action')}
          hint={t('practices:form.actionHint')}
        />
        <TextField
          {...field('practiceOn')}
          label={t('practices:col.date')}
          hint={t('practices:form.dateHint')}
          pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
        />
        {p.practice && p.canPublish ? (
          <SelectField
            {...field('status')}
            label={t('practices:col.status')}
            options={(['proposed', 'published'] as const).map((s) => ({
              value: s,
              label: t(`practices:status.${s}`),
            }))}
          />
        ) : null}
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={p.practice ? `/good-practices/${p.practice.id}` : '/good-practices'}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
