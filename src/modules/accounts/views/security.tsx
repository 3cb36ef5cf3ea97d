import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { HeadCells } from '../../../kernel/views/column-heads.js';
import { LogTable } from './log-table.js';

interface SecurityEventRow {
  id: number;
  at: Date;
  kind: string;
  email: string | null;
  userId: string | null;
  clientAddress: string | null;
  method: string | null;
  path: string | null;
}

/** The ISU's view of failed sign-ins and refused requests, newest first. */
export function SecurityLogPage(p: { t: Translate; locale: Locale; events: SecurityEventRow[] }) {
  const { t } = p;
  return (
    <section>
      <h1>{t('accounts:security.title')}</h1>
      <p>{t('accounts:security.intro')}</p>
      <LogTable
        t={t}
        label={t('accounts:security.title')}
        heads={
          <HeadCells
            t={t}
            keys={[
              'accounts:audit.at',
              'accounts:security.kind',
              'accounts:security.who',
              'accounts:security.address',
              'accounts:security.request',
            ]}
          />
        }
        entries={p.events}
        row={(e) => (
          <tr>
            <td>
              {formatDate(p.locale, e.at)} {e.at.toISOString().slice(11, 19)}
            </td>
            <td>{t(`accounts:security.kinds.${e.kind}`)}</td>
            <td>{e.email ?? e.userId ?? '—'}</td>
            <td>{e.clientAddress ?? '—'}</td>
            <td>
              <code>
                {e.method ?? ''} {e.path ?? ''}
              </code>
            </td>
          </tr>
        )}
        olderHref={(id) => `/admin/security?before=${id}`}
      />
    </section>
  );
}
