import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { partyName, stateName } from '../../../kernel/i18n/state-names.js';
import { DemoBadge, DemoNotice } from '../../../kernel/views/demo-notice.js';
import { ErrorSummary, SelectField } from '../../../kernel/views/fields.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import { ActionItemsTable } from '../../calendar/index.js';
import { sourceHref } from '../../cooperation/index.js';
import type { CoalitionView } from '../queries.js';
import { memberText, statusText } from './parts.js';

/** What the link forms offer: the calendar's meetings and the State's needs not linked yet. */
export interface LinkChoices {
  meetings: Array<{ code: string; title: string }>;
  needs: Array<{ id: number; label: string }>;
}

function Unknown(p: { t: Translate }) {
  return <span class="unconfirmed">{p.t('common:unknown')}</span>;
}

/** What the coalition is linked to, each with a button that ends the link when `unlink` is given. */
function LinkedList(p: {
  t: Translate;
  items: Array<{ value: string; name: string; content: Child }>;
  empty: string;
  /** Where the unlink form posts, and the field that names the thing. */
  unlink?: { action: string; name: string };
}) {
  const { t, unlink } = p;
  if (!p.items.length) return <p>{p.empty}</p>;
  return (
    <ul>
      {p.items.map((item) => (
        <li>
          {item.content}
          {unlink ? (
            <form method="post" action={`${unlink.action}#errors`} class="inline">
              <input type="hidden" name={unlink.name} value={item.value} />{' '}
              <button type="submit" aria-label={`${t('coalitions:page.unlink')}: ${item.name}`}>
                {t('coalitions:page.unlink')}
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The form that links one more thing: a choice of what is not linked yet. */
function LinkForm(p: {
  t: Translate;
  action: string;
  name: string;
  label: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <form method="post" action={`${p.action}#errors`} class="stack" novalidate>
      <SelectField
        name={p.name}
        label={p.label}
        value={p.values?.[p.name]}
        errors={p.errors}
        required
        emptyLabel=""
        options={p.options}
      />
      <button type="submit">{p.t('coalitions:page.link')}</button>
    </form>
  );
}

/**
 * One kind of thing the coalition is linked to: the list, and for those who may change the coalition
 * (`canWrite`) its unlink buttons and, when there are `options` left, the form that links one more,
 * both posting to `action` (`…/unlink` to end a link) with the field `name`.
 */
function Linked(p: {
  t: Translate;
  canWrite: boolean;
  action: string;
  name: string;
  items: Array<{ value: string; name: string; content: Child }>;
  empty: string;
  label: string;
  options: Array<{ value: string; label: string }> | undefined;
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, action, name } = p;
  return (
    <>
      <LinkedList
        t={t}
        empty={p.empty}
        unlink={p.canWrite ? { action: `${action}/unlink`, name } : undefined}
        items={p.items}
      />
      {p.canWrite && p.options ? (
        <LinkForm
          t={t}
          action={action}
          name={name}
          label={p.label}
          values={p.values}
          errors={p.errors}
          options={p.options}
        />
      ) : null}
    </>
  );
}

/** Ledger flows from the coalition's members to its State: a page-only table. */
function flowTable(t: Translate, locale: Locale): TableDefinition<CoalitionView['flows'][number]> {
  return {
    columns: [
      {
        key: 'provider',
        header: t('coalitions:flow.provider'),
        rowHeader: true,
        cell: (f) => (
          <>
            {partyName(locale, f.providerIso3, f.providerName)} <DemoBadge t={t} show={f.demonstration} />
          </>
        ),
      },
      { key: 'year', header: t('coalitions:flow.year'), numeric: true, cell: (f) => String(f.year) },
      {
        key: 'area',
        header: t('coalitions:col.areas'),
        cell: (f) => (f.area ? t(`coalitions:area.${f.area}`) : <Unknown t={t} />),
      },
      {
        key: 'amount',
        header: t('coalitions:flow.amount'),
        numeric: true,
        cell: (f) =>
          f.amount === null ? <Unknown t={t} /> : `${formatNumber(locale, f.amount)} ${f.currency ?? ''}`,
      },
      {
        key: 'usd',
        header: t('coalitions:flow.usd'),
        numeric: true,
        cell: (f) => (f.usd === null ? <Unknown t={t} /> : formatNumber(locale, Math.round(f.usd))),
      },
      {
        key: 'counted',
        header: t('coalitions:flow.counted'),
        value: (f) => t(f.counted ? 'coalitions:yes' : 'coalitions:no'),
      },
      {
        key: 'source',
        header: t('coalitions:col.source'),
        cell: (f) => <a href={sourceHref(f)}>{t('coalitions:flow.sourceLink')}</a>,
      },
    ],
  };
}

export function CoalitionPage(p: {
  t: Translate;
  locale: Locale;
  coalition: CoalitionView;
  canWrite: boolean;
  choices?: LinkChoices;
  /** A refused link or unlink: the form's values and errors. */
  linkValues?: Record<string, string>;
  linkErrors?: FieldErrors;
}) {
  const { t, locale, coalition: c } = p;
  const base = `/coalitions/${c.id}`;
  const demo = c.flows.some((f) => f.demonstration) || c.needs.some((n) => n.demonstration);
  return (
    <article>
      <h1>{c.name}</h1>
      <DemoNotice t={t} show={demo} />
      {c.lapsed ? (
        <p class="notice" role="note">
          {t('coalitions:page.lapsedNotice', {
            date: formatDate(locale, c.lastConfirmedOn),
            until: formatDate(locale, c.confirmedUntil),
          })}
        </p>
      ) : null}
      <ErrorSummary errors={p.linkErrors} title={t('coalitions:form.errorSummary')} />
      <dl>
        <dt>{t('coalitions:col.state')}</dt>
        <dd>
          <a href={`/states/${c.state.iso3}`}>{stateName(locale, c.state.iso3, c.state.name)}</a>
        </dd>
        <dt>{t('coalitions:col.status')}</dt>
        <dd>{statusText(t, locale, c)}</dd>
        <dt>{t('coalitions:col.lastConfirmedOn')}</dt>
        <dd>{formatDate(locale, c.lastConfirmedOn)}</dd>
        <dt>{t('coalitions:col.establishedOn')}</dt>
        <dd>{c.establishedOn ? formatDate(locale, c.establishedOn) : <Unknown t={t} />}</dd>
        <dt>{t('coalitions:col.areas')}</dt>
        <dd>
          {c.areas.length ? c.areas.map((a) => t(`coalitions:area.${a}`)).join('; ') : <Unknown t={t} />}
        </dd>
        <dt>{t('coalitions:col.published')}</dt>
        <dd>{t(c.published ? 'coalitions:page.publishedYes' : 'coalitions:page.publishedNo')}</dd>
        <dt>{t('coalitions:col.source')}</dt>
        <dd>{c.source}</dd>
      </dl>
      {c.notes ? <p>{c.notes}</p> : null}
      {p.canWrite ? (
        <div class="actions">
          <a href={`${base}/edit`} class="button secondary">
            {t('coalitions:page.edit')}
          </a>{' '}
          <form method="post" action={`${base}/confirm#errors`} class="inline">
            <button type="submit">{t('coalitions:page.confirm')}</button>
          </form>
          <p class="hint">{t('coalitions:page.confirmHint')}</p>
        </div>
      ) : null}

      <h2 id="members">{t('coalitions:col.members')}</h2>
      {c.members.length ? (
        <ul>
          {c.members.map((m) => (
            <li>
              {m.stateIso3 ? (
                <a href={`/states/${m.stateIso3}`}>{memberText(t, locale, m)}</a>
              ) : (
                memberText(t, locale, m)
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <Unknown t={t} /> {t('coalitions:page.noMembers')}
        </p>
      )}

      <h2 id="meetings">{t('coalitions:page.meetings')}</h2>
      <Linked
        t={t}
        canWrite={p.canWrite}
        action={`${base}/meetings`}
        name="meetingCode"
        empty={t('coalitions:page.noMeetings')}
        label={t('coalitions:page.linkMeeting')}
        options={p.choices?.meetings.map((m) => ({ value: m.code, label: `${m.title} (${m.code})` }))}
        values={p.linkValues}
        errors={p.linkErrors}
        items={c.meetings.map((m) => ({
          value: m.code,
          name: m.title,
          content: (
            <>
              <a href={`/meetings/${m.code}`}>{m.title}</a>
              {m.startsOn ? ` (${formatDate(locale, m.startsOn)})` : null}
            </>
          ),
        }))}
      />

      <h2 id="action-items">{t('coalitions:page.actionItems')}</h2>
      <ActionItemsTable
        t={t}
        locale={locale}
        items={c.actionItems}
        meeting
        empty={t('coalitions:page.noActionItems')}
      />

      <h2 id="needs">{t('coalitions:page.needs')}</h2>
      <Linked
        t={t}
        canWrite={p.canWrite}
        action={`${base}/needs`}
        name="needId"
        empty={t('coalitions:page.noNeeds')}
        label={t('coalitions:page.linkNeed')}
        options={p.choices?.needs.map((n) => ({ value: String(n.id), label: n.label }))}
        values={p.linkValues}
        errors={p.linkErrors}
        items={c.needs.map((n) => ({
          value: String(n.id),
          name: n.description,
          content: (
            <>
              <a href={`/cooperation/needs/${n.id}`}>{n.description}</a> ({t(`coalitions:area.${n.area}`)};{' '}
              {t(`coalitions:needStatus.${n.status}`)}) <DemoBadge t={t} show={n.demonstration} />
            </>
          ),
        }))}
      />

      <h2 id="flows">{t('coalitions:page.flows')}</h2>
      <p class="hint">{t('coalitions:page.flowsHint')}</p>
      <Table
        definition={flowTable(t, locale)}
        rows={c.flows}
        locale={locale}
        caption={t('coalitions:page.flowsCaption', { state: stateName(locale, c.state.iso3, c.state.name) })}
        empty={t('coalitions:page.noFlows')}
      />
      <p>
        <a href="/coalitions">{t('coalitions:page.back')}</a>
      </p>
    </article>
  );
}
