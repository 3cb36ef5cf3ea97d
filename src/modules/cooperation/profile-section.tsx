import type { Child } from 'hono/jsx';
import type { Db } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import type { AppContext, AppDeps } from '../../kernel/http.js';
import { DemoNotice } from '../../kernel/views/demo-notice.js';
import { loadLedger } from './ledger/queries.js';
import { ledgerTotals, type Sum } from './ledger/summary.js';
import { sumText } from './ledger/views/text.js';
import { listNeeds } from './needs/queries.js';
import { canWriteNeedsOf } from './shared/policy.js';

/**
 * The State profile's "Cooperation and assistance" section: its current needs as this reader may
 * see them, and what the ledger counts as received and provided, each linking to the full list.
 * The states module renders it without importing this module.
 */
export function cooperationProfileSection(deps: AppDeps & { now: () => Date }) {
  const db = deps.database.db as Db;
  return async (c: AppContext, iso3: string): Promise<Child> => {
    const t = c.get('t');
    const locale = c.get('locale');
    const actor = c.get('actor');
    const today = isoDay(deps.now());
    const [needs, flowsOfState] = await Promise.all([
      listNeeds(db, { actor, today, stateIso3: iso3 }),
      loadLedger(db, { stateIso3: iso3 }),
    ]);
    const received = flowsOfState.filter((r) => r.recipientIso3 === iso3);
    const provided = flowsOfState.filter((r) => r.providerIso3 === iso3);
    const current = needs.filter((n) => n.status === 'open' || n.status === 'partly_met');
    const money = (sum: Sum) =>
      t('cooperation:profile.total', {
        usd: sumText(t, locale, sum),
        count: sum.rows,
      });
    const flows: Array<[string, Sum, string]> = [
      ['received', ledgerTotals(received).counted, `/cooperation/ledger?recipient=${iso3}`],
      ['provided', ledgerTotals(provided).counted, `/cooperation/ledger?provider=${iso3}`],
    ];

    return (
      <section aria-labelledby="cooperation-profile">
        <h2 id="cooperation-profile">{t('cooperation:profile.title')}</h2>
        <h3>{t('cooperation:profile.needs', { count: current.length })}</h3>
        {current.length === 0 ? (
          <p>{t('cooperation:profile.noNeeds')}</p>
        ) : (
          <ul>
            {current.map((n) => (
              <li>
                <a href={`/cooperation/needs/${n.id}`}>{n.description}</a> (
                {t(`cooperation:areaShort.${n.area}`)}, {t(`needs:status.${n.status}`)})
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`/cooperation/needs?state=${iso3}`}>{t('cooperation:profile.allNeeds')}</a>
          {canWriteNeedsOf(actor, iso3) ? (
            <>
              {' · '}
              <a href={`/cooperation/needs/new?state=${iso3}`}>{t('cooperation:profile.addNeed')}</a>
            </>
          ) : null}
        </p>
        <DemoNotice
          t={t}
          show={received.some((r) => r.demonstration) || provided.some((r) => r.demonstration)}
          detail={t('ledger:demo.detail')}
        />
        <dl>
          {flows.map(([key, sum, href]) => (
            <>
              <dt>{t(`cooperation:profile.${key}`)}</dt>
              <dd>{sum.rows === 0 ? t('cooperation:profile.noFlows') : <a href={href}>{money(sum)}</a>}</dd>
            </>
          ))}
        </dl>
      </section>
    );
  };
}
