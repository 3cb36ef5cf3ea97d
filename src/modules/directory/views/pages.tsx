import type { FieldErrors } from '../../../kernel/errors.js';
import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { stateOptions } from '../../../kernel/views/choices.js';
import { CheckboxField, ErrorSummary, SelectField, TextField } from '../../../kernel/views/fields.js';
import { ButtonLink } from '../../../kernel/views/form-page.js';
import { anyOf, anyWordOf, Downloads, FilterForm, ListResults } from '../../../kernel/views/list-page.js';
import { Table } from '../../../kernel/views/table.js';
import type { DirectoryFilter, EntryView } from '../queries.js';
import { type DirectoryArea, directoryAreas, workLanguages } from '../vocabulary.js';
import { entryTable } from './table.js';

/** The columns that say who a contact is and how to reach them, on both directory pages. */
const contactColumns = ['name', 'functionTitle', 'organisation', 'email', 'phone', 'languages', 'official'];

export function filterQuery(f: DirectoryFilter): string {
  const q = new URLSearchParams();
  if (f.state) q.set('state', f.state);
  if (f.area) q.set('area', f.area);
  const s = q.toString();
  return s ? `?${s}` : '';
}

function Reach(p: { t: Translate; reach: 'all' | 'official' | 'published' }) {
  return <p class="hint">{p.t(`directory:reach.${p.reach}`)}</p>;
}

export function DirectoryListPage(p: {
  t: Translate;
  locale: Locale;
  rows: EntryView[];
  filter: DirectoryFilter;
  stateNames: Array<{ iso3: string; name: string }>;
  reach: 'all' | 'official' | 'published';
  canWrite: (e: EntryView) => boolean;
  ownState: string | null;
}) {
  const { t, locale, filter } = p;
  const query = filterQuery(filter);
  return (
    <section>
      <h1>{t('directory:list.title')}</h1>
      <p>{t('directory:list.intro')}</p>
      <Reach t={t} reach={p.reach} />
      {p.ownState ? (
        <p>
          <a href={`/directory/${p.ownState}`}>{t('directory:list.ownState')}</a>
        </p>
      ) : null}
      <FilterForm
        t={t}
        action="/directory"
        label={t('directory:list.filters')}
        reset={t('directory:list.reset')}
        fields={[
          anyOf('state', t('directory:col.state'), t('directory:list.anyState'), stateOptions(p.stateNames)),
          anyWordOf(
            t,
            'area',
            t('directory:col.area'),
            t('directory:list.anyArea'),
            directoryAreas,
            'directory:area.',
          ),
        ]}
        values={{ state: filter.state, area: filter.area }}
      />
      <ListResults
        t={t}
        downloads="/directory"
        query={query}
        count={t('directory:list.count', { count: p.rows.length })}
        definition={{
          ...entryTable(t, locale, p.canWrite),
          page: ['state', 'area', ...contactColumns, 'lastConfirmedOn'],
        }}
        rows={p.rows}
        locale={locale}
        caption={t('directory:list.caption')}
        empty={t('directory:noContact')}
      />
    </section>
  );
}

export function StateDirectoryPage(p: {
  t: Translate;
  locale: Locale;
  iso3: string;
  stateName: string;
  rows: EntryView[];
  reach: 'all' | 'official' | 'published';
  canWrite: boolean;
}) {
  const { t, locale } = p;
  return (
    <section>
      <p>
        <a href="/directory">{t('directory:state.back')}</a>
      </p>
      <h1>{t('directory:state.title', { state: p.stateName })}</h1>
      <Reach t={t} reach={p.reach} />
      <ButtonLink show={p.canWrite} href={`/directory/${p.iso3}/new`} label={t('directory:state.add')} />
      <Downloads t={t} path="/directory" query={`?state=${p.iso3}`} />
      {directoryAreas.map((area) => {
        const rows = p.rows.filter((e) => e.area === area);
        return (
          <section>
            <h2>{t(`directory:area.${area}`)}</h2>
            <Table
              definition={{
                ...entryTable(t, locale, () => p.canWrite),
                page: [...contactColumns, 'published', 'lastConfirmedOn', ...(p.canWrite ? ['actions'] : [])],
              }}
              rows={rows}
              locale={locale}
              empty={t('directory:noContact')}
            />
          </section>
        );
      })}
    </section>
  );
}

export type EntryFormValues = {
  area: string;
  name: string;
  functionTitle: string;
  organisation: string;
  email: string;
  phone: string;
  languages: string[];
  official: boolean;
  published: boolean;
};

export const blankEntryForm = (area?: DirectoryArea): EntryFormValues => ({
  area: area ?? '',
  name: '',
  functionTitle: '',
  organisation: '',
  email: '',
  phone: '',
  languages: [],
  official: true,
  published: false,
});

export const entryFormValuesOf = (e: EntryView): EntryFormValues => ({
  area: e.area,
  name: e.name,
  functionTitle: e.functionTitle ?? '',
  organisation: e.organisation ?? '',
  email: e.email ?? '',
  phone: e.phone ?? '',
  languages: e.languages,
  official: e.official,
  published: e.published,
});

export function EntryFormPage(p: {
  t: Translate;
  iso3: string;
  stateName: string;
  entry: EntryView | null;
  values: EntryFormValues;
  errors?: FieldErrors;
  version?: number;
}) {
  const { t, values: v, errors } = p;
  const field = (name: Exclude<keyof EntryFormValues, 'languages' | 'official' | 'published'>) => ({
    name,
    value: v[name],
    errors,
  });
  const action = p.entry ? `/directory/entries/${p.entry.id}/edit` : `/directory/${p.iso3}/new`;
  const langErr = errors?.languages;
  return (
    <section>
      <h1>
        {p.entry
          ? t('directory:form.editTitle', { state: p.stateName })
          : t('directory:form.newTitle', { state: p.stateName })}
      </h1>
      <ErrorSummary errors={errors} title={t('directory:form.errorsTitle')} />
      <p class="hint">{t('directory:form.personalData')}</p>
      <form method="post" action={`${action}#errors`}>
        {p.version !== undefined ? <input type="hidden" name="version" value={String(p.version)} /> : null}
        <SelectField
          {...field('area')}
          label={t('directory:col.area')}
          required
          emptyLabel={t('directory:form.choose')}
          options={directoryAreas.map((a) => ({ value: a, label: t(`directory:area.${a}`) }))}
        />
        <TextField
          {...field('name')}
          label={t('directory:field.name')}
          required
          maxLength={200}
          autocomplete="off"
        />
        <TextField {...field('functionTitle')} label={t('directory:field.functionTitle')} maxLength={200} />
        <TextField {...field('organisation')} label={t('directory:field.organisation')} maxLength={200} />
        <TextField
          {...field('email')}
          type="email"
          label={t('directory:field.email')}
          maxLength={254}
          autocomplete="off"
        />
        <TextField
          {...field('phone')}
          label={t('directory:field.phone')}
          hint={t('directory:form.phoneHint')}
          maxLength={40}
          autocomplete="off"
        />
        <fieldset id="f-languages" class={langErr?.length ? 'field invalid' : 'field'}>
          <legend>{t('directory:field.languages')}</legend>
          {langErr?.length ? <p class="error">{langErr.join(' ')}</p> : null}
          {workLanguages.map((l) => (
            <label>
              <input type="checkbox" name="languages" value={l} checked={v.languages.includes(l)} />{' '}
              {t(`directory:language.${l}`)}
            </label>
          ))}
        </fieldset>
        <CheckboxField
          name="official"
          label={t('directory:field.official')}
          checked={v.official}
          hint={t('directory:form.officialHint')}
        />
        <CheckboxField
          name="published"
          label={t('directory:field.published')}
          checked={v.published}
          hint={t('directory:form.publishedHint')}
        />
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={`/directory/${p.iso3}`}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
