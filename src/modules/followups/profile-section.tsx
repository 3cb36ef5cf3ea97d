import type { Child } from 'hono/jsx';
import type { Db } from '../../db/client.js';
import type { AppContext, AppDeps } from '../../kernel/http.js';
import { formatDate } from '../../kernel/i18n/index.js';
import { listStateNames } from '../states/index.js';
import { canReadFollowUps, canRecordContacts } from './policy.js';
import { listContacts } from './queries.js';

const LATEST = 3;

/**
 * The State profile's "Contacts and follow-ups" section, for the ISU and the Coordinators only:
 * the latest contacts with the State and the way to record one. Nothing for anyone else (a focal
 * point of the State included). The states module renders it without importing this module.
 */
export function followupsProfileSection(deps: AppDeps) {
  const db = deps.database.db as Db;
  return async (c: AppContext, iso3: string): Promise<Child> => {
    const actor = c.get('actor');
    if (!canReadFollowUps(actor)) return null;
    const t = c.get('t');
    const locale = c.get('locale');
    const [contacts, names] = await Promise.all([
      listContacts(db, actor, { stateIso3: iso3 }),
      listStateNames(db, c.get('locale')),
    ]);
    const state = names.find((s) => s.iso3 === iso3)?.name ?? iso3;
    return (
      <section aria-labelledby="followups-profile" id="contacts">
        <h2 id="followups-profile">{t('followups:profile.title')}</h2>
        <p class="hint">{t('followups:profile.intro')}</p>
        {canRecordContacts(actor) ? (
          <p>
            <a href={`/follow-ups/contacts/new?state=${iso3}`}>{t('followups:profile.record', { state })}</a>
          </p>
        ) : null}
        {contacts.length ? (
          <>
            <h3>{t('followups:profile.latest')}</h3>
            <ul>
              {contacts.slice(0, LATEST).map((k) => (
                <li>
                  <a href={`/follow-ups/contacts/${k.id}`}>{formatDate(locale, k.contactedOn)}</a> —{' '}
                  {t(`calendar:offices.areas.${k.area}`)}: {k.outcome.slice(0, 200)}
                </li>
              ))}
            </ul>
            <p>
              <a href={`/follow-ups/contacts?state=${iso3}`}>{t('followups:profile.all', { state })}</a>
            </p>
          </>
        ) : (
          <p>{t('followups:profile.none')}</p>
        )}
      </section>
    );
  };
}
