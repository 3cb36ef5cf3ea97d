import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
import { HeadCells } from '../../../kernel/views/column-heads.js';
import { ErrorSummary, SelectField, TextField } from '../../../kernel/views/fields.js';
import { PostForm } from '../../../kernel/views/form-page.js';
import type { OfficeHolderTerm } from '../../calendar/index.js';
import { roleNames } from '../schema.js';
import { CoordinatorScope, officeLabel } from './coordinator-offices.js';
import { RowAction } from './row-action.js';
import { AccountsTable } from './table.js';

interface UserRow {
  id: string;
  name: string;
  email: string;
  role: string | null;
  stateIso3: string | null;
  organisation: string | null;
  disabledAt: Date | null;
}
interface InvitationRow {
  id: string;
  email: string;
  name: string;
  role: string;
  stateIso3: string | null;
  organisation: string | null;
  expiresAt: Date;
}

export interface UsersPageProps {
  t: Translate;
  locale: Locale;
  users: UserRow[];
  invitations: InvitationRow[];
  states: Array<{ iso3: string; name: string }>;
  errors?: FieldErrors;
  values?: Record<string, string>;
  invitedLink?: string;
  invitedEmail?: string;
  invitationDays?: number;
  roleErrors?: { userId: string; errors: FieldErrors };
  /** Coordinators' offices: each account's linked records as of the day, and the records to choose from. */
  scope?: { day: string; offices: Record<string, OfficeHolderTerm[]>; choices: OfficeHolderTerm[] };
  officeErrors?: { userId: string; errors: FieldErrors };
}

/** A Coordinator account's offices on the users page: its scope today, unlink buttons and a link form. */
function CoordinatorOffices(p: {
  t: Translate;
  user: UserRow;
  scope: NonNullable<UsersPageProps['scope']>;
  errors?: FieldErrors;
}) {
  const { t, user: u, scope } = p;
  const linked = scope.offices[u.id] ?? [];
  const choices = scope.choices.filter((o) => !linked.some((l) => l.id === o.id));
  return (
    <details open={p.errors ? true : undefined}>
      <summary>{t('accounts:scope.title')}</summary>
      <CoordinatorScope
        t={t}
        day={scope.day}
        offices={linked}
        unlinkAction={`/admin/users/${u.id}/offices/unlink`}
      />
      {choices.length ? (
        <form method="post" action={`/admin/users/${u.id}/offices/link#errors`} class="stack">
          <SelectField
            name="officeHolderId"
            id={`u-${u.id}-officeHolderId`}
            label={t('accounts:scope.link')}
            emptyLabel={t('accounts:scope.choose')}
            options={choices.map((o) => ({ value: String(o.id), label: officeLabel(t, o) }))}
            errors={p.errors}
            required
          />
          <button type="submit">{t('accounts:scope.linkButton')}</button>
        </form>
      ) : null}
    </details>
  );
}

function RoleFields(p: {
  t: Translate;
  states: UsersPageProps['states'];
  errors?: FieldErrors;
  values?: { role?: string | null; stateIso3?: string | null; organisation?: string | null };
  idPrefix: string;
}) {
  const { t } = p;
  const pre = p.idPrefix;
  return (
    <>
      <SelectField
        name="role"
        id={`${pre}role`}
        label={t('accounts:users.role')}
        value={p.values?.role}
        options={roleNames.map((r) => ({ value: r, label: t(`accounts:roles.${r}`) }))}
        errors={p.errors}
        required
      />
      <SelectField
        name="stateIso3"
        id={`${pre}stateIso3`}
        label={t('accounts:users.state')}
        value={p.values?.stateIso3}
        emptyLabel={t('accounts:users.chooseState')}
        options={p.states.map((s) => ({ value: s.iso3, label: `${s.name} (${s.iso3})` }))}
        errors={p.errors}
      />
      <TextField
        name="organisation"
        id={`${pre}organisation`}
        label={t('accounts:users.organisation')}
        value={p.values?.organisation}
        errors={p.errors}
        maxLength={200}
      />
    </>
  );
}

export function UsersPage(p: UsersPageProps) {
  const { t } = p;
  return (
    <section>
      <h1>{t('accounts:users.title')}</h1>
      <p>
        <a href="/admin/security">{t('accounts:users.securityLog')}</a>
      </p>
      {p.invitedLink ? (
        <div role="status" class="card">
          <p>{t('accounts:users.invited', { email: p.invitedEmail ?? '', days: p.invitationDays ?? 0 })}</p>
          <p class="token" id="invitation-link">
            {p.invitedLink}
          </p>
        </div>
      ) : null}
      <h2>{t('accounts:users.existing')}</h2>
      {p.roleErrors ? <ErrorSummary errors={p.roleErrors.errors} title={t('errors:summary')} /> : null}
      {p.officeErrors ? <ErrorSummary errors={p.officeErrors.errors} title={t('errors:summary')} /> : null}
      <AccountsTable
        label={t('accounts:users.existing')}
        heads={
          <HeadCells
            t={t}
            keys={[
              'accounts:users.name',
              'accounts:users.email',
              'accounts:users.role',
              'accounts:users.changeRole',
            ]}
          />
        }
      >
        {p.users.map((u) => (
          <tr>
            <td>
              {u.name}
              {u.disabledAt ? <strong> · {t('accounts:users.isDisabled')}</strong> : null}
            </td>
            <td>{u.email}</td>
            <td>
              {t(`accounts:roles.${u.role ?? 'none'}`)}
              {u.stateIso3 ? ` · ${stateName(p.locale, u.stateIso3)} (${u.stateIso3})` : ''}
              {u.organisation ? ` · ${u.organisation}` : ''}
            </td>
            <td>
              <details>
                <summary>{t('accounts:users.changeRole')}</summary>
                <form method="post" action={`/admin/users/${u.id}/role#errors`} class="stack">
                  <RoleFields
                    t={t}
                    states={p.states}
                    values={u}
                    errors={p.roleErrors?.userId === u.id ? p.roleErrors.errors : undefined}
                    idPrefix={`u-${u.id}-`}
                  />
                  <button type="submit">{t('common:save')}</button>
                </form>
              </details>
              {p.roleErrors?.userId === u.id && p.roleErrors.errors.userId ? (
                <p class="error">{p.roleErrors.errors.userId.join(' ')}</p>
              ) : null}
              {u.role === 'coordinator' && p.scope ? (
                <CoordinatorOffices
                  t={t}
                  user={u}
                  scope={p.scope}
                  errors={p.officeErrors?.userId === u.id ? p.officeErrors.errors : undefined}
                />
              ) : null}
              <RowAction
                action={`/admin/users/${u.id}/${u.disabledAt ? 'enable' : 'disable'}`}
                label={t(u.disabledAt ? 'accounts:users.enable' : 'accounts:users.disable')}
              />
            </td>
          </tr>
        ))}
      </AccountsTable>
      <h2>{t('accounts:users.pending')}</h2>
      {p.invitations.length === 0 ? (
        <p>{t('accounts:users.none')}</p>
      ) : (
        <ul>
          {p.invitations.map((i) => (
            <li>
              {i.name} &lt;{i.email}&gt; · {t(`accounts:roles.${i.role}`)}
              {i.stateIso3 ? ` · ${stateName(p.locale, i.stateIso3)} (${i.stateIso3})` : ''} ·{' '}
              {t('accounts:users.expires')} {formatDate(p.locale, i.expiresAt)}
            </li>
          ))}
        </ul>
      )}
      <h2 id="invite">{t('accounts:users.invite')}</h2>
      <p class="hint">{t('accounts:users.inviteHelp')}</p>
      <PostForm
        t={t}
        errors={p.errors}
        action="/admin/users/invite"
        submit={t('accounts:users.send')}
        validate
      >
        <TextField
          name="name"
          label={t('accounts:users.name')}
          value={p.values?.name}
          errors={p.errors}
          required
          maxLength={200}
        />
        <TextField
          name="email"
          type="email"
          label={t('accounts:users.email')}
          value={p.values?.email}
          errors={p.errors}
          required
        />
        <RoleFields t={t} states={p.states} errors={p.errors} values={p.values} idPrefix="f-" />
      </PostForm>
    </section>
  );
}
