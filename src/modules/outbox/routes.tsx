import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { redirectWithSuccess } from '../../kernel/form-post.js';
import { readForm, StatePageQuery } from '../../kernel/forms.js';
import { type AppDeps, type AppEnv, requireThat, serviceContext } from '../../kernel/http.js';
import { formatDate } from '../../kernel/i18n/index.js';
import { ROW_ID_PATTERN } from '../../kernel/ids.js';
import { renderPage } from '../../kernel/page.js';
import { render } from '../../kernel/views/render.js';
import { markMessageRead } from './mark-read.js';
import { canReadOutbox, canUseInbox } from './policy.js';
import { inboxFor, listOutbox } from './queries.js';
import { InboxPage } from './views/inbox-page.js';

/** Messages per inbox page. */
const INBOX_PAGE = 50;

export function outboxRoutes(deps: AppDeps) {
  const db = deps.database.db as Db;
  const app = new Hono<AppEnv>();
  const now = deps.now ?? (() => new Date());

  // A signed-in person's own messages: everything the outbox wrote to their account, read or unread.
  app.get('/inbox', async (c) => {
    const actor = c.get('actor');
    requireThat(c, canUseInbox(actor) && actor.id !== null);
    const q = StatePageQuery.parse(c.req.query());
    const rows = await inboxFor(db, actor.id as string, { before: q.before, limit: INBOX_PAGE });
    const last = rows.at(-1);
    return renderPage(c, 'outbox:inbox.title', InboxPage, {
      messages: rows,
      older: last && rows.length >= INBOX_PAGE ? `/inbox?before=${last.id}` : null,
    });
  });

  // Marks one message read (or unread again): only its recipient may; the verb checks.
  app.post(`/inbox/:id${ROW_ID_PATTERN}/read`, async (c) => {
    const actor = c.get('actor');
    requireThat(c, canUseInbox(actor));
    const form = await readForm(c);
    const id = c.req.param('id');
    await markMessageRead(serviceContext(c, db, now), { id, read: form.read !== 'false' });
    return redirectWithSuccess(
      c,
      form.read === 'false' ? 'outbox:inbox.markedUnread' : 'outbox:inbox.markedRead',
      `/inbox#message-${Number(id) || ''}`,
    );
  });

  app.get('/admin/outbox', async (c) => {
    const actor = c.get('actor');
    requireThat(c, canReadOutbox(actor));
    const t = c.get('t');
    const locale = c.get('locale');
    const q = StatePageQuery.parse(c.req.query());
    const rows = await listOutbox(db, { stateIso3: q.state, before: q.before });
    const last = rows.at(-1);
    return render(
      c,
      t('outbox:title'),
      <section>
        <h1>{t('outbox:title')}</h1>
        <p>{deps.config.SMTP_URL ? t('outbox:introSmtp') : t('outbox:introNoSmtp')}</p>
        {rows.length === 0 ? (
          <p>{t('outbox:empty')}</p>
        ) : (
          rows.map((m) => (
            <article class="card">
              <h2>{m.subject}</h2>
              <dl class="facts">
                <dt>{t('outbox:to')}</dt>
                <dd>{m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress}</dd>
                <dt>{t('outbox:created')}</dt>
                <dd>{formatDate(locale, m.createdAt)}</dd>
                <dt>{t('outbox:status')}</dt>
                <dd>
                  <span class="badge">{t(`outbox:statuses.${m.status}`)}</span>
                  {m.sentAt ? ` ${formatDate(locale, m.sentAt)}` : ''}
                  {m.lastError ? ` · ${m.lastError}` : ''}
                </dd>
                {m.stateIso3 ? (
                  <>
                    <dt>{t('outbox:state')}</dt>
                    <dd>
                      <a href={`/states/${m.stateIso3}`}>{m.stateIso3}</a>
                    </dd>
                  </>
                ) : null}
              </dl>
              <details>
                <summary>{t('outbox:body')}</summary>
                <pre class="mail">{m.body}</pre>
              </details>
            </article>
          ))
        )}
        {last && rows.length >= 100 ? (
          <p>
            <a href={`/admin/outbox?before=${last.id}`}>{t('outbox:older')}</a>
          </p>
        ) : null}
      </section>,
    );
  });
  return app;
}
