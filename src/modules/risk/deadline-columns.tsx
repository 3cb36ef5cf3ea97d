import type { Db } from '../../db/client.js';
import type { AppContext, AppDeps } from '../../kernel/http.js';
import { formatDate, type Translate } from '../../kernel/i18n/index.js';
import { DemoBadge, DemoNotice } from '../../kernel/views/demo-notice.js';
import type { DeadlineExtras, DeadlineRow } from '../states/index.js';
import { listRisks, type ObligationRisk, riskKey } from './queries.js';
import { riskRank } from './risk.js';
import { missingText, RiskBadge } from './views/explain.js';

/**
 * The Deadlines page's risk columns and its "by risk" order, handed to the states module at
 * wiring time (app.ts), so the registry shows risk without importing this module. Rows of the
 * initial Article 7 report have no projection: their cells stay empty and they sort last.
 */
export function riskDeadlineExtras(deps: AppDeps & { now: () => Date }) {
  const db = deps.database.db as Db;
  return async (c: AppContext, day: string): Promise<DeadlineExtras> => {
    const t: Translate = c.get('t');
    const locale = c.get('locale');
    const risks = await listRisks(db, day);
    const of = (r: DeadlineRow): ObligationRisk | undefined =>
      risks.get(riskKey(r.state.iso3, r.obligation.article));
    const expectedOf = (r: DeadlineRow) => of(r)?.projection.completion?.expected ?? null;
    const anyDemo = [...risks.values()].some((r) => r.projection.includesDemonstrationData);
    return {
      columns: [
        {
          key: 'risk',
          header: t('risk:column.risk'),
          value: (r) => {
            const p = of(r)?.projection;
            return p ? t(`risk:status.${p.status}`) : null;
          },
          cell: (r) => {
            const risk = of(r);
            if (!risk) return null;
            const p = risk.projection;
            return (
              <>
                <a href={`/states/${r.state.iso3}#risk-article-${risk.article}`}>
                  <RiskBadge t={t} status={p.status} />
                </a>
                {p.completion ? ` ${formatDate(locale, p.completion.expected) || t('risk:never')}` : null}
                {risk.warning?.submitBy ? (
                  <>
                    {' '}
                    <span class="hint">
                      {t('risk:column.submitBy')} {formatDate(locale, risk.warning.submitBy)}
                    </span>
                  </>
                ) : null}{' '}
                <DemoBadge t={t} show={p.includesDemonstrationData} />
              </>
            );
          },
        },
        { key: 'riskExpected', header: t('risk:column.expected'), value: expectedOf },
        {
          key: 'riskEarliest',
          header: t('risk:column.earliest'),
          value: (r) => of(r)?.projection.completion?.earliest ?? null,
        },
        {
          key: 'riskLatest',
          header: t('risk:column.latest'),
          value: (r) => of(r)?.projection.completion?.latest ?? null,
        },
        {
          key: 'riskMissing',
          header: t('risk:column.missing'),
          value: (r) => {
            const p = of(r)?.projection;
            return p && p.missing.length > 0
              ? p.missing.map((m) => missingText(t, p.article, m)).join(' ')
              : null;
          },
        },
        {
          key: 'riskSubmitBy',
          header: t('risk:column.submitBy'),
          value: (r) => of(r)?.warning?.submitBy ?? null,
        },
        {
          key: 'riskDemonstration',
          header: t('common:demo.column'),
          value: (r) => (of(r)?.projection.includesDemonstrationData ? t('common:demo.yes') : ''),
        },
      ],
      page: ['risk'],
      sorts: [
        {
          key: 'risk',
          label: t('risk:sort.risk'),
          // Off track first, then at risk, not enough data, on track; equals keep the page's own
          // order (most urgent first).
          compare: (a, b) => riskRank(of(a)?.projection) - riskRank(of(b)?.projection),
        },
      ],
      notice: <DemoNotice t={t} show={anyDemo} detail={t('risk:demoDetail')} />,
    };
  };
}
