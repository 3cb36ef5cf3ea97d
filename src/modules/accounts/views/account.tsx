import type { Actor } from '../../../kernel/actor.js';
import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
import { SelectField, TextField } from '../../../kernel/views/fields.js';
import { PostForm } from '../../../kernel/views/form-page.js';
import type { OfficeHolderTerm } from '../../calendar/index.js';
import { tokenLifetimes } from '../inputs.js';
import { apiAreas } from '../schema.js';
import { CoordinatorScope } from './coordinator-offices.js';
import { CurrentPasswordField } from './credential-fields.js';
import { NewPasswordFields } from './new-password-fields.js';
import { RowAction } from './row-action.js';
import { AccountsTable } from './table.js';

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  scopes: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

export function AccountPage(p: {
  t: Translate;
  locale: Locale;
  actor: Actor;
  tokens: TokenRow[];
  newToken?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  passwordErrors?: FieldErrors;
  /** A Coordinator's offices and where each stands today. */
  scope?: { day: string; offices: OfficeHolderTerm[] };
}) {
  const { t, actor } = p;
  return (
    <section>
      <h1>{t('accounts:account.title')}</h1>
      <dl class="facts">
        <dt>{t('accounts:account.role')}</dt>
        <dd>{t(`accounts:roles.${actor.role ?? 'none'}`)}</dd>
        {actor.stateIso3 ? (
          <>
            <dt>{t('accounts:account.state')}</dt>
            <dd>
              <a href={`/states/${actor.stateIso3}`}>{stateName(p.locale, actor.stateIso3)}</a>
            </dd>
          </>
        ) : null}
        {actor.organisation ? (
          <>
            <dt>{t('accounts:account.organisation')}</dt>
            <dd>{actor.organisation}</dd>
          </>
        ) : null}
      </dl>
      {p.scope ? (
        <section aria-labelledby="scope">
          <h2 id="scope">{t('accounts:scope.title')}</h2>
          <CoordinatorScope t={t} day={p.scope.day} offices={p.scope.offices} />
        </section>
      ) : null}
      <h2>{t('accounts:account.tokens')}</h2>
      <p class="hint">{t('accounts:account.tokensHelp')}</p>
      {p.newToken ? (
        <div role="status">
          <p>{t('accounts:account.tokenCreated')}</p>
          <p class="token" id="new-token">
            {p.newToken}
          </p>
        </div>
      ) : null}
      {p.tokens.length === 0 ? (
        <p>{t('accounts:account.noTokens')}</p>
      ) : (
        <AccountsTable
          label={t('accounts:account.tokens')}
          heads={
            <>
              <th scope="col">{t('accounts:users.name')}</th>
              <th scope="col">{t('accounts:account.prefix')}</th>
              <th scope="col">{t('accounts:account.created')}</th>
              <th scope="col">{t('accounts:account.scopes')}</th>
              <th scope="col">{t('accounts:account.expires')}</th>
              <th scope="col">
                <span class="skip">{t('accounts:account.revoke')}</span>
              </th>
            </>
          }
        >
          {p.tokens.map((tok) => (
            <tr>
              <td>{tok.name}</td>
              <td>
                <code>{tok.prefix}…</code>
              </td>
              <td>{formatDate(p.locale, tok.createdAt)}</td>
              <td>
                {tok.scopes
                  .split(' ')
                  .map((sc) => t(`accounts:account.scope.${sc}`))
                  .join(', ')}
              </td>
              <td>{formatDate(p.locale, tok.expiresAt)}</td>
              <td>
                {tok.revokedAt ? (
                  t('accounts:account.revoked')
                ) : (
                  <RowAction
                    action={`/account/tokens/${tok.id}/revoke`}
                    label={t('accounts:account.revoke')}
                  />
                )}
              </td>
            </tr>
          ))}
        </AccountsTable>
      )}
      <PostForm
        t={t}
        errors={p.errors}
        action="/account/tokens"
        submit={t('accounts:account.createToken')}
        validate
      >
        <TextField
          name="name"
          label={t('accounts:account.tokenName')}
          value={p.values?.name}
          errors={p.errors}
          required
          maxLength={200}
        />
        <fieldset>
          <legend>{t('accounts:account.areas')}</legend>
          {p.errors?.areas ? <p class="error">{p.errors.areas.join(' ')}</p> : null}
          {apiAreas.map((area) => (
            <label class="check">
              <input
                type="checkbox"
                name="areas"
                value={area}
                checked={p.values ? (p.values.areas ?? '').split(' ').includes(area) : true}
              />{' '}
              {t(`accounts:account.scope.${area}`)}
            </label>
          ))}
          <label class="check">
            <input type="checkbox" name="write" value="yes" checked={p.values?.write === 'yes'} />{' '}
            {t('accounts:account.scope.write')}
          </label>
        </fieldset>
        <SelectField
          name="days"
          label={t('accounts:account.days')}
          value={p.values?.days ?? '90'}
          options={tokenLifetimes.map((d) => ({
            value: String(d),
            label: t('accounts:account.daysN', { n: d }),
          }))}
          errors={p.errors}
          required
        />
      </PostForm>
      <h2 id="two-factor">{t('accounts:twoFactor.title')}</h2>
      <p>
        <a href="/account/two-factor">{t('accounts:twoFactor.manage')}</a>
      </p>
      <h2 id="password">{t('accounts:password.title')}</h2>
      <PostForm
        t={t}
        errors={p.passwordErrors}
        action="/account/password"
        submit={t('accounts:password.submit')}
        validate
      >
        <CurrentPasswordField
          name="current"
          label={t('accounts:password.current')}
          errors={p.passwordErrors}
        />
        <NewPasswordFields t={t} errors={p.passwordErrors} />
      </PostForm>
    </section>
  );
}
