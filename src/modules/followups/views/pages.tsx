import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
import {
  bindFields,
  CheckboxField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../kernel/views/fields.js';
import { Table } from '../../../kernel/views/table.js';
import { actionItemStatuses, type OfficeArea, officeAreas, ownerKinds } from '../../calendar/index.js';
import type { ContactView, FollowUpItem, WorklistRow, WorklistSort } from '../queries.js';
import { worklistSorts } from '../queries.js';
import { ConcernsCell, contactsTable, FollowUpsNav, followUpsTable, worklistTable } from './parts.js';

const areaOptions = (t: Translate) =>
  officeAreas.map((a) => ({ value: a, label: t(`calendar:offices.areas.${a}`) }));

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
      <form method="get" action="/follow-ups" class="filters">
        <SelectField
          name="area"
          label={t('followups:list.areaFilter')}
          value={area ?? ''}
          emptyLabel={t('followups:list.mineOption')}
          options={areaOptions(t)}
        />
        <button type="submit">{t('common:filter')}</button>
      </form>
      {area ? <p class="hint">{t('followups:list.noAreaOnMeetings')}</p> : null}
      <p class="downloads">
        {t('common:download')}: <a href={`/follow-ups.csv${query}`}>{t('common:downloadCsv')}</a>{' '}
        <a href={`/follow-ups.xlsx${query}`}>{t('common:downloadXlsx')}</a>
      </p>
      <p role="status">{t('followups:list.count', { count: p.items.length, overdue })}</p>
      <Table
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
  const field = bindFields(p.values, p.errors);
  return (
    <section>
      <h1>{t('followups:status.title')}</h1>
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
      <ErrorSummary errors={p.errors} title={t('followups:status.errorSummary')} />
      <form method="post" action={`/follow-ups/items/${item.id}/status#errors`} class="stack" novalidate>
        <input type="hidden" name="back" value={p.back} />
        <SelectField
          {...field('status')}
          label={t('followups:col.status')}
          required
          options={actionItemStatuses.map((s) => ({ value: s, label: t(`calendar:status.${s}`) }))}
        />
        <TextAreaField
          {...field('note')}
          label={t('followups:status.note')}
          hint={t('followups:status.noteHint')}
        />
        <button type="submit">{t('common:save')}</button> <a href={p.back}>{t('common:cancel')}</a>
      </form>
    </section>
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
      <p class="downloads">
        {t('common:download')}:{' '}
        <a href={`/follow-ups/contacts.csv${p.state ? `?state=${p.state.iso3}` : ''}`}>
          {t('common:downloadCsv')}
        </a>{' '}
        <a href={`/follow-ups/contacts.xlsx${p.state ? `?state=${p.state.iso3}` : ''}`}>
          {t('common:downloadXlsx')}
        </a>
      </p>
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
  const field = bindFields(v, errors);
  const action = p.id ? `/follow-ups/contacts/${p.id}/edit` : '/follow-ups/contacts/new';
  return (
    <section>
      <FollowUpsNav t={t} current={p.id ? undefined : 'newContact'} />
      <h1>{p.id ? t('followups:contacts.editTitle') : t('followups:contacts.newTitle')}</h1>
      <p class="hint">{t('followups:contacts.intro')}</p>
      <ErrorSummary errors={errors} title={t('followups:contacts.errorSummary')} />
      <form method="post" action={`${action}#errors`} class="stack" novalidate>
        <TextField
          {...field('stateIso3')}
          label={t('followups:contacts.state')}
          hint={t('followups:contacts.stateHint')}
          required
          maxLength={3}
        />
        <TextField
          {...field('contactedOn')}
          type="date"
          label={t('followups:contacts.contactedOn')}
          hint={t('followups:contacts.dateHint')}
          required
        />
        <SelectField
          {...field('area')}
          label={t('followups:contacts.area')}
          required
          emptyLabel=""
          options={areaOptions(t)}
        />
        <TextAreaField
          {...field('stateSide')}
          label={t('followups:contacts.stateSide')}
          hint={t('followups:contacts.stateSideHint')}
          required
        />
        <TextField
          {...field('otherParticipants')}
          label={t('followups:contacts.otherParticipants')}
          hint={t('followups:contacts.otherParticipantsHint')}
        />
        <TextAreaField {...field('outcome')} label={t('followups:contacts.outcome')} required />
        <TextAreaField
          {...field('nextStep')}
          label={t('followups:contacts.nextStep')}
          hint={t('followups:contacts.nextStepHint')}
        />
        <fieldset>
          <legend>{t('followups:contacts.itemLegend')}</legend>
          <CheckboxField
            name="createItem"
            label={t('followups:contacts.createItem')}
            checked={v.createItem === 'yes'}
          />
          <SelectField
            {...field('itemOwnerKind')}
            label={t('followups:contacts.itemOwnerKind')}
            emptyLabel=""
            options={ownerKinds.map((k) => ({ value: k, label: t(`calendar:ownerKind.${k}`) }))}
          />
          <TextField
            {...field('itemOwner')}
            label={t('followups:contacts.itemOwner')}
            hint={t('followups:contacts.itemOwnerHint')}
          />
          <SelectField
            {...field('itemOwnerUserId')}
            label={t('followups:contacts.itemOwnerUserId')}
            emptyLabel={t('followups:contacts.noPerson')}
            options={p.people.map((u) => ({ value: u.id, label: u.name }))}
          />
          <TextField
            {...field('itemDueOn')}
            label={t('followups:contacts.itemDueOn')}
            hint={t('followups:contacts.itemDueHint')}
          />
        </fieldset>
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={p.id ? `/follow-ups/contacts/${p.id}` : '/follow-ups/contacts'}>{t('common:cancel')}</a>
      </form>
    </section>
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
      <form method="get" action="/follow-ups/worklist" class="filters">
        <SelectField
          name="sort"
          label={t('followups:worklist.sort')}
          value={p.sort}
          options={worklistSorts.map((s) => ({ value: s, label: t(`followups:worklist.sorts.${s}`) }))}
        />
        <button type="submit">{t('common:filter')}</button>
      </form>
      <p class="downloads">
        {t('common:download')}:{' '}
        <a href={`/follow-ups/worklist.csv?sort=${p.sort}`}>{t('common:downloadCsv')}</a>{' '}
        <a href={`/follow-ups/worklist.xlsx?sort=${p.sort}`}>{t('common:downloadXlsx')}</a>
      </p>
      <p role="status">{t('followups:worklist.count', { count: p.rows.length })}</p>
      <Table
        definition={worklistTable(t, p.locale)}
        rows={p.rows}
        locale={p.locale}
        empty={t('followups:worklist.empty')}
      />
    </section>
  );
}
