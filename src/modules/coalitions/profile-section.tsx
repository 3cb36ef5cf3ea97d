import type { Child } from 'hono/jsx';
import type { Db } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import type { AppContext, AppDeps } from '../../kernel/http.js';
import { formatDate } from '../../kernel/i18n/index.js';
import { canWriteCoalitionOf } from './policy.js';
import { listCoalitions } from './queries.js';
import { statusText } from './views/parts.js';

/**
 * The State profile's "Country Coalitions" section: the coalitions around the State that the reader
 * may see, with their status today and last confirmation. Nothing when there is none and the reader
 * may not add one. The states module renders it without importing this module.
 */
export function coalitionsProfileSection(deps: AppDeps & { now: () => Date }) {
  const db = deps.database.db as Db;
  return async (c: AppContext, iso3: string): Promise<Child> => {
    const t = c.get('t');
    const locale = c.get('locale');
    const actor = c.get('actor');
    const rows = (await listCoalitions(db, actor, isoDay(deps.now()))).filter((r) => r.state.iso3 === iso3);
    const canAdd = canWriteCoalitionOf(actor, iso3);
    if (rows.length === 0 && !canAdd) return null;
    return (
      <section aria-labelledby="coalitions-profile" id="coalitions">
        <h2 id="coalitions-profile">{t('coalitions:profile.title')}</h2>
        {rows.length ? (
          <ul>
            {rows.map((r) => (
              <li>
                <a href={`/coalitions/${r.id}`}>{r.name}</a>: {statusText(t, locale, r)};{' '}
                {t('coalitions:profile.lastConfirmed', { date: formatDate(locale, r.lastConfirmedOn) })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('coalitions:profile.none')}</p>
        )}
        {canAdd ? (
          <p>
            <a href="/coalitions/new">{t('coalitions:list.add')}</a>
          </p>
        ) : null}
      </section>
    );
  };
}
