import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { HeadCells } from '../../../kernel/views/column-heads.js';
import { FilterForm } from '../../../kernel/views/list-page.js';
import { LogTable } from './log-table.js';

interface Entry {
  id: number;
  at: Date;
  actorLabel: string;
  verb: string;
  subjectType: string;
  subjectId: string;
  stateIso3: string | null;
  before: unknown;
  after: unknown;
}

const show = (v: unknown) => (v == null ? '—' : JSON.stringify(v));

export function AuditPage(p: { t: Translate; locale: Locale; entries: Entry[]; state?: string }) {
  const { t } = p;
  return (
    <section>
      <h1>{t('accounts:audit.title')}</h1>
      <p>{t('accounts:audit.intro')}</p>
      <FilterForm t={t} action="/admin/audit">
        <div class="field">
          <label for="audit-state">{t('accounts:audit.state')}</label>
          <input
            id="audit-state"
            name="state"
            type="text"
            value={p.state ?? ''}
            maxlength={3}
            pattern="[A-Za-z]{3}"
          />
        </div>
      </FilterForm>
      <LogTable
        t={t}
        label={t('accounts:audit.title')}
        heads={
          <HeadCells
            t={t}
            keys={[
              'accounts:audit.at',
              'accounts:audit.actor',
              'accounts:audit.verb',
              'accounts:audit.subject',
              'accounts:audit.change',
            ]}
          />
        }
        entries={p.entries}
        row={(e) => (
          <tr>
            <td>{formatDate(p.locale, e.at)}</td>
            <td>{e.actorLabel}</td>
            <td>
              <code>{e.verb}</code>
            </td>
            <td>
              {e.subjectType} {e.subjectId}
              {e.stateIso3 ? (
                <>
                  {' · '}
                  <a href={`/states/${e.stateIso3}`}>{e.stateIso3}</a>
                </>
              ) : null}
            </td>
            <td class="sources">
              <details>
                <summary>{t('accounts:audit.change')}</summary>
                <p>{show(e.before)}</p>
                <p>{show(e.after)}</p>
              </details>
            </td>
          </tr>
        )}
        olderHref={(id) => `/admin/audit?before=${id}${p.state ? `&state=${p.state}` : ''}`}
      />
    </section>
  );
}
