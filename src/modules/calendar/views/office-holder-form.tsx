import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../../kernel/views/fields.js';
import type { OfficeHolderView } from '../office-holders.js';
import { genders, officeAreas, officeKinds } from '../vocabulary.js';
import { RecordedValues } from './office-holders.js';

/**
 * Record an office holder (`holder` absent) or correct or withdraw one (`holder` given): the record
 * is never edited, a correction is appended with its reason and the original stays in the history.
 */
export function OfficeHolderFormPage(p: {
  t: Translate;
  holder?: OfficeHolderView;
  values: Record<string, string>;
  errors?: FieldErrors;
  states: Array<{ iso3: string; name: string }>;
}) {
  const { t, values: v, errors, holder } = p;
  const action = holder ? `/meetings/office-holders/${holder.id}/correct` : '/meetings/office-holders/new';
  return (
    <section>
      <h1>{holder ? t('calendar:offices.correctTitle') : t('calendar:offices.newTitle')}</h1>
      <p>
        <a href="/meetings/office-holders">{t('calendar:offices.title')}</a>
      </p>
      {holder ? (
        <>
          <h2>{t('calendar:offices.asRecorded')}</h2>
          <RecordedValues t={t} values={holder.recorded} />
          <p class="hint">{t('calendar:offices.correctHelp')}</p>
        </>
      ) : null}
      <ErrorSummary errors={errors} title={t('calendar:form.errorSummary')} />
      <form method="post" action={`${action}#errors`} class="stack" novalidate>
        {holder ? (
          <SelectField
            name="action"
            label={t('calendar:offices.action')}
            value={v.action || 'corrected'}
            errors={errors}
            required
            options={(['corrected', 'withdrawn'] as const).map((a) => ({
              value: a,
              label: t(`calendar:offices.actions.${a}`),
            }))}
          />
        ) : null}
        <SelectField
          name="office"
          label={t('calendar:offices.officeField')}
          value={v.office}
          errors={errors}
          required
          emptyLabel=""
          options={officeKinds.map((k) => ({ value: k, label: t(`calendar:offices.officeName.${k}`) }))}
        />
        <SelectField
          name="area"
          label={t('calendar:offices.area')}
          hint={t('calendar:offices.areaHint')}
          value={v.area}
          errors={errors}
          emptyLabel=""
          options={officeAreas.map((a) => ({ value: a, label: t(`calendar:offices.areas.${a}`) }))}
        />
        <SelectField
          name="stateIso3"
          label={t('calendar:offices.state')}
          hint={t('calendar:offices.someoneHint')}
          value={v.stateIso3}
          errors={errors}
          emptyLabel=""
          options={p.states.map((s) => ({ value: s.iso3, label: s.name }))}
        />
        <TextField
          name="personName"
          label={t('calendar:offices.person')}
          value={v.personName}
          errors={errors}
          maxLength={200}
        />
        <SelectField
          name="gender"
          label={t('calendar:offices.gender')}
          hint={t('calendar:offices.genderHint')}
          value={v.gender || 'not_known'}
          errors={errors}
          options={genders.map((g) => ({ value: g, label: t(`calendar:offices.genderChoice.${g}`) }))}
        />
        <TextField
          name="periodFrom"
          label={t('calendar:offices.periodFrom')}
          hint={t('calendar:offices.periodHint')}
          value={v.periodFrom}
          errors={errors}
          maxLength={40}
        />
        <TextField
          name="periodTo"
          label={t('calendar:offices.periodTo')}
          hint={t('calendar:offices.periodHint')}
          value={v.periodTo}
          errors={errors}
          maxLength={40}
        />
        <TextField
          name="sourceTitle"
          label={t('calendar:offices.source')}
          hint={t('calendar:offices.sourceHint')}
          value={v.sourceTitle}
          errors={errors}
          required
          maxLength={1000}
        />
        <TextField
          name="sourceHref"
          label={t('calendar:offices.sourceHref')}
          value={v.sourceHref}
          errors={errors}
          maxLength={1000}
        />
        {holder ? (
          <TextAreaField
            name="reason"
            label={t('calendar:offices.reason')}
            hint={t('calendar:offices.reasonHint')}
            value={v.reason}
            errors={errors}
            required
            maxLength={1000}
          />
        ) : null}
        <button type="submit">{holder ? t('calendar:offices.submitCorrection') : t('common:save')}</button>{' '}
        <a href="/meetings/office-holders">{t('common:cancel')}</a>
      </form>
    </section>
  );
}
