import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
import { vocabularyOptions } from '../../../kernel/views/choices.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { SelectField } from '../../../kernel/views/fields.js';
import { FormPage } from '../../../kernel/views/form-page.js';
import { Downloads, FilterForm, ListResults } from '../../../kernel/views/list-page.js';
import { Table } from '../../../kernel/views/table.js';
import { actionItemStatuses, type OfficeArea, officeAreas, ownerKinds } from '../../calendar/index.js';
import type { ContactView, FollowUpItem, WorklistRow, WorklistSort } from '../queries.js';
import { worklistSorts } from '../queries.js';
import { ConcernsCell, contactsTable, FollowUpsNav, followUpsTable, worklistTable } from './parts.js';

const areaOptions = (t: Translate) => vocabularyOptions(t, officeAreas, 'calendar:offices.areas.');

/** A follow-up's new status and why. */
const statusFields = (t: Translate): FieldSpec[] => [
  {
    kind: 'select',
    name: 'status',
    label: t('followups:col.status'),
    required: true,
    options: vocabularyOptions(t, actionItemStatuses, 'calendar:status.'),
  },
  {
    kind: 'textarea',
    name: 'note',
    label: t('followups:status.note'),
    hint: t('followups:status.noteHint'),
  },
];

/** A contact with a State: which, when, through which office, with whom, what came of it. */
const contactFields = (t: Translate): FieldSpec[] => [
  {
    kind: 'text',
    name: 'stateIso3',
    label: t('followups:contacts.state'),
    hint: t('followups:contacts.stateHint'),
    required: true,
    maxLength: 3,
  },
  {
    kind: 'text',
    name: 'contactedOn',
    type: 'date',
    label: t('followups:contacts.contactedOn'),
    hint: t('followups:contacts.dateHint'),
    required: true,
  },
  {
    kind: 'select',
    name: 'area',
    label: t('followups:contacts.area'),
    required: true,
    emptyLabel: '',
    options: areaOptions(t),
  },
  {
    kind: 'textarea',
    name: 'stateSide',
    label: t('followups:contacts.stateSide'),
    hint: t('followups:contacts.stateSideHint'),
    required: true,
  },
  {
    kind: 'text',
    name: 'otherParticipants',
    label: t('followups:contacts.otherParticipants'),
    hint: t('followups:contacts.otherParticipantsHint'),
  },
  { kind: 'textarea', name: 'outcome', label: t('followups:contacts.outcome'), required: true },
  {
    kind: 'textarea',
    name: 'nextStep',
    label: t('followups:contacts.nextStep'),
    hint: t('followups:contacts.nextStepHint'),
  },
];

/** The follow-up a contact may open: who owns it and by when. */
const contactItemFields = (t: Translate, people: Array<{ id: string; name: string }>): FieldSpec[] => [
  { kind: 'checkbox', name: 'createItem', label: t('followups:contacts.createItem') },
  {
    kind: 'select',
    name: 'itemOwnerKind',
    label: t('followups:contacts.itemOwnerKind'),
    emptyLabel: '',
    options: vocabularyOptions(t, ownerKinds, 'calendar:ownerKind.'),
  },
  {
    kind: 'text',
    name: 'itemOwner',
    label: t('followups:contacts.itemOwner'),
    hint: t('followups:contacts.itemOwnerHint'),
  },
  {
    kind: 'select',
    name: 'itemOwnerUserId',
    label: t('followups:contacts.itemOwnerUserId'),
    emptyLabel: t('followups:contacts.noPerson'),
    options: people.map((u) => ({ value: u.id, label: u.name })),
  },
  {
    kind: 'text',
    name: 'itemDueOn',
    label: t('followups:contacts.itemDueOn'),
    hint: t('followups:contacts.itemDueHint'),
  },
];

export function FollowUpsPage(p: {
  t: Translate;
  locale: Locale;
  items: FollowUpItem[];
  area: OfficeArea | undefined;
  canUpdate: boolean;
  back: string;
}) {
  const { t, area } = p;
  const query = area ? `?area=${area}` : '';
  const overdue = p.items.filter((i) => i.overdue).length;
  return (
    <section>
      <FollowUpsNav t={t} current={area ? undefined : 'mine'} />
      <h1>
        {area
          ? t('followups:list.titleArea', { area: t(`calendar:offices.areas.${area}`) })
          : t('followups:list.titleMine')}
      </h1>
      <p>{area ? t('followups:list.introArea') : t('followups:list.introMine')}</p>
      <FilterForm t={t} action="/follow-ups">
        <SelectField
          name="area"
          label={t('followups:list.areaFilter')}
          value={area ?? ''}
          emptyLabel={t('followups:list.mineOption')}
          options={areaOptions(t)}
        />
      </FilterForm>
      {area ? <p class="hint">{t('followups:list.noAreaOnMeetings')}</p> : null}
      <ListResults
        t={t}
        downloads="/follow-ups"
        query={query}
        count={t('followups:list.count', { count: p.items.length, overdue })}
        definition={followUpsTable(t, p.locale, p.back, p.canUpdate)}
        rows={p.items}
        locale={p.locale}
        empty={t('followups:list.empty')}
        rowAttributes={(i) => ({ class: i.overdue ? 'overdue' : undefined, id: `item-${i.id}` })}
      />
    </section>
  );
}

export function StatusFormPage(p: {
  t: Translate;
  locale: Locale;
  item: FollowUpItem;
  values: Record<string, string>;
  back: string;
  errors?: FieldErrors;
}) {
  const { t, item } = p;
  return (
    <FormPage
      t={t}
      title={t('followups:status.title')}
      intro={
        <>
          <p>{t('followups:status.intro')}</p>
          <dl>
            <dt>{t('followups:col.what')}</dt>
            <dd>{item.what}</dd>
            <dt>{t('followups:col.concerns')}</dt>
            <dd>
              <ConcernsCell t={t} locale={p.locale} c={item.concerns} />
            </dd>
            <dt>{t('followups:col.due')}</dt>
            <dd>{item.dueOn ? formatDate(p.locale, item.dueOn) : t('common:unknown')}</dd>
          </dl>
        </>
      }
      errors={p.errors}
      errorTitle={t('followups:status.errorSummary')}
      action={`/follow-ups/items/${item.id}/status`}
      cancel={p.back}
    >
      <input type="hidden" name="back" value={p.back} />
      <FieldList fields={statusFields(t)} values={p.values} errors={p.errors} />
    </FormPage>
  );
}

export function ContactsPage(p: {
  t: Translate;
  locale: Locale;
  contacts: ContactView[];
  state: { iso3: string; name: string } | null;
}) {
  const { t, locale } = p;
  return (
    <section>
      <FollowUpsNav t={t} current="contacts" />
      <h1>
        {p.state
          ? t('followups:contacts.titleState', { state: p.state.name })
          : t('followups:contacts.title')}
      </h1>
      <p>{t('followups:contacts.intro')}</p>
      {p.state ? (
        <p>
          <a href={`/follow-ups/contacts/new?state=${p.state.iso3}`}>
            {t('followups:profile.record', { state: p.state.name })}
          </a>{' '}
          · <a href="/follow-ups/contacts">{t('followups:contacts.all')}</a>
        </p>
      ) : null}
      <p role="status">{t('followups:contacts.count', { count: p.contacts.length })}</p>
      <Downloads t={t} path="/follow-ups/contacts" query={p.state ? `?state=${p.state.iso3}` : ''} />
      <Table
        definition={contactsTable(t, locale)}
        rows={p.contacts}
        locale={locale}
        empty={t('followups:contacts.empty')}
      />
    </section>
  );
}

export function ContactPage(p: {
  t: Translate;
  locale: Locale;
  contact: ContactView;
  items: FollowUpItem[];
  back: string;
}) {
  const { t, locale, contact: c } = p;
  const state = stateName(locale, c.state.iso3, c.state.name);
  return (
    <section>
      <FollowUpsNav t={t} />
      <h1>{t('followups:contacts.one', { state, date: formatDate(locale, c.contactedOn) })}</h1>
      <p>
        <a href={`/follow-ups/contacts/${c.id}/edit`}>{t('followups:contacts.edit')}</a> ·{' '}
        <a href={`/follow-ups/contacts?state=${c.state.iso3}`}>{t('followups:profile.all', { state })}</a>
      </p>
      <dl>
        <dt>{t('followups:col.state')}</dt>
        <dd>
          <a href={`/states/${c.state.iso3}`}>{state}</a>
        </dd>
        <dt>{t('followups:col.area')}</dt>
        <dd>{t(`calendar:offices.areas.${c.area}`)}</dd>
        <dt>{t('followups:col.recordedBy')}</dt>
        <dd>{c.recordedBy?.name ?? t('common:unknown')}</dd>
        <dt>{t('followups:col.stateSide')}</dt>
        <dd>{c.stateSide}</dd>
        <dt>{t('followups:col.otherParticipants')}</dt>
        <dd>{c.otherParticipants ?? t('common:none')}</dd>
        <dt>{t('followups:col.outcome')}</dt>
        <dd>{c.outcome}</dd>
        <dt>{t('followups:col.nextStep')}</dt>
        <dd>{c.nextStep ?? t('common:none')}</dd>
      </dl>
      <h2>{t('followups:contacts.items')}</h2>
      <Table
        definition={followUpsTable(t, locale, p.back, true)}
        rows={p.items}
        locale={locale}
        empty={t('followups:contacts.noItems')}
        rowAttributes={(i) => ({ class: i.overdue ? 'overdue' : undefined })}
      />
    </section>
  );
}

export function ContactFormPage(p: {
  t: Translate;
  id?: number;
  values: Record<string, string>;
  people: Array<{ id: string; name: string }>;
  errors?: FieldErrors;
}) {
  const { t, values: v, errors } = p;
  return (
    <FormPage
      t={t}
      nav={<FollowUpsNav t={t} current={p.id ? undefined : 'newContact'} />}
      title={p.id ? t('followups:contacts.editTitle') : t('followups:contacts.newTitle')}
      intro={<p class="hint">{t('followups:contacts.intro')}</p>}
      errors={errors}
      errorTitle={t('followups:contacts.errorSummary')}
      action={p.id ? `/follow-ups/contacts/${p.id}/edit` : '/follow-ups/contacts/new'}
      cancel={p.id ? `/follow-ups/contacts/${p.id}` : '/follow-ups/contacts'}
    >
      <FieldList fields={contactFields(t)} values={v} errors={errors} />
      <fieldset>
        <legend>{t('followups:contacts.itemLegend')}</legend>
        <FieldList fields={contactItemFields(t, p.people)} values={v} errors={errors} />
      </fieldset>
    </FormPage>
  );
}

export function WorklistPage(p: {
  t: Translate;
  locale: Locale;
  rows: WorklistRow[];
  sort: WorklistSort;
  day: string;
}) {
  const { t } = p;
  return (
    <section>
      <FollowUpsNav t={t} current="worklist" />
      <h1>{t('followups:worklist.title')}</h1>
      <p>{t('followups:worklist.intro')}</p>
      <FilterForm t={t} action="/follow-ups/worklist">
        <SelectField
          name="sort"
          label={t('followups:worklist.sort')}
          value={p.sort}
          options={worklistSorts.map((s) => ({ value: s, label: t(`followups:worklist.sorts.${s}`) }))}
        />
      </FilterForm>
      <ListResults
        t={t}
        downloads="/follow-ups/worklist"
        query={`?sort=${p.sort}`}
        count={t('followups:worklist.count', { count: p.rows.length })}
        definition={worklistTable(t, p.locale)}
        rows={p.rows}
        locale={p.locale}
        empty={t('followups:worklist.empty')}
      />
    </section>
  );
}
