import type { FieldErrors } from '../../../kernel/errors.js';
import { languageName, locales, type Translate } from '../../../kernel/i18n/index.js';
import { SelectField } from '../../../kernel/views/fields.js';
import type { StateView } from '../queries.js';

/** The ISU's form for a State's working language: one choice, "not known" included. */
export function WorkingLanguagePage(p: {
  t: Translate;
  state: StateView;
  value: string;
  next: string;
  errors?: FieldErrors | undefined;
}) {
  const { t, state } = p;
  return (
    <section>
      <h1>{t('states:language.title', { name: state.name })}</h1>
      <p>{t('states:language.intro')}</p>
      <form method="post" action={`/states/${state.iso3}/language#errors`}>
        <input type="hidden" name="next" value={p.next} />
        <SelectField
          name="language"
          label={t('states:language.label')}
          value={p.value}
          emptyLabel={t('states:language.unknown')}
          options={locales.map((l) => ({ value: l, label: languageName(l) }))}
          errors={p.errors}
        />
        <button type="submit">{t('states:language.save')}</button>
      </form>
      <p>
        <a href={p.next}>{t('states:language.back')}</a>
      </p>
    </section>
  );
}
