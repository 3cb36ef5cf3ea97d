import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import type { InboxMessage } from '../queries.js';

interface InboxPageProps {
  t: Translate;
  locale: Locale;
  messages: InboxMessage[];
  /** The next page's address, when there are older messages. */
  older: string | null;
}

/**
 * A person's messages, newest first: each one's subject, day, state (unread or read), the page it
 * leads to and its text, with a button that marks it read or unread. Works without script.
 */
export function InboxPage({ t, locale, messages, older }: InboxPageProps) {
  const unread = messages.filter((m) => m.readAt === null).length;
  return (
    <section>
      <h1>{t('outbox:inbox.title')}</h1>
      <p>{t('outbox:inbox.intro')}</p>
      {messages.length === 0 ? (
        <p>{t('outbox:inbox.empty')}</p>
      ) : (
        <p>{t('outbox:inbox.unreadCount', { count: unread })}</p>
      )}
      {messages.map((m) => (
        <article class={m.readAt ? 'card' : 'card unread'} id={`message-${m.id}`}>
          <h2>
            {m.readAt ? null : <span class="badge soon">{t('outbox:inbox.unread')}</span>} {m.subject}
          </h2>
          <dl class="facts">
            <dt>{t('outbox:inbox.received')}</dt>
            <dd>{formatDate(locale, m.createdAt)}</dd>
            <dt>{t('outbox:inbox.status')}</dt>
            <dd>
              {m.readAt
                ? t('outbox:inbox.readOn', { date: formatDate(locale, m.readAt) })
                : t('outbox:inbox.unread')}
            </dd>
            {m.link ? (
              <>
                <dt>{t('outbox:inbox.link')}</dt>
                <dd>
                  <a href={m.link}>{m.link}</a>
                </dd>
              </>
            ) : null}
          </dl>
          {m.body === null ? (
            <p class="hint">{t('outbox:inbox.secret')}</p>
          ) : (
            <details open={m.readAt === null ? true : undefined}>
              <summary>{t('outbox:inbox.body')}</summary>
              <pre class="mail">{m.body}</pre>
            </details>
          )}
          <form method="post" action={`/inbox/${m.id}/read#errors`}>
            <input type="hidden" name="read" value={m.readAt ? 'false' : 'true'} />
            <button type="submit">
              {m.readAt ? t('outbox:inbox.markUnread') : t('outbox:inbox.markRead')}
            </button>
          </form>
        </article>
      ))}
      {older ? (
        <p>
          <a href={older}>{t('outbox:older')}</a>
        </p>
      ) : null}
    </section>
  );
}
