import type { Child } from 'hono/jsx';
import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { partyName, stateName } from '../../../kernel/i18n/state-names.js';
import { ColumnHeads } from '../../../kernel/views/column-heads.js';
import { TableScroll } from '../../../kernel/views/table.js';
import type { InboxMessage } from '../../outbox/index.js';
import type { StartFollowUp, StartWarning } from '../sections.js';
import { SHOWN } from '../sections.js';
import type { StartData } from '../start-data.js';

interface Props {
  t: Translate;
  locale: Locale;
  name: string;
  data: StartData;
}

/**
 * One part of the start page: its heading, its items or an honest "nothing", and the full page.
 * Its words are `workspace:<keys>.title`, `.none` and `.all` (`keys` is its `id` unless given).
 */
function Part(p: {
  t: Translate;
  id: string;
  keys?: string;
  titleParams?: Record<string, string | number>;
  href: string;
  count: number;
  children?: Child;
}) {
  const key = `workspace:${p.keys ?? p.id}`;
  return (
    <section aria-labelledby={p.id} class="card">
      <h2 id={p.id}>{p.t(`${key}.title`, p.titleParams)}</h2>
      {p.count === 0 ? <p>{p.t(`${key}.none`)}</p> : p.children}
      <p>
        <a href={p.href}>{p.t(`${key}.all`)}</a>
      </p>
    </section>
  );
}

const more = (t: Translate, total: number) =>
  total > SHOWN ? <p class="hint">{t('workspace:more', { count: total - SHOWN })}</p> : null;

function Notifications({
  t,
  locale,
  count,
  latest,
}: {
  t: Translate;
  locale: Locale;
  count: number;
  latest: InboxMessage[];
}) {
  return (
    <Part t={t} id="notifications" href="/inbox" count={count}>
      <p>{t('workspace:notifications.unread', { count })}</p>
      <ul>
        {latest.map((m) => (
          <li>
            <a href={`/inbox#message-${m.id}`}>{m.subject}</a>{' '}
            <span class="hint">{formatDate(locale, m.createdAt)}</span>
          </li>
        ))}
      </ul>
    </Part>
  );
}

/** The start page of the signed-in person, by role. */
export function StartPage({ t, locale, name, data }: Props) {
  const d = (s: string) => formatDate(locale, s);
  return (
    <section>
      <h1>{t('workspace:title')}</h1>
      <p>
        {t(`workspace:intro.${data.role}`, {
          name,
          state: data.role === 'focal_point' ? stateName(locale, data.iso3, data.stateName) : '',
        })}
      </p>
      {data.role === 'focal_point' ? (
        <>
          <Part t={t} id="reports" href={`/states/${data.iso3}/reports`} count={data.reports.length}>
            <ul>
              {data.reports.map((r) => (
                <li>
                  {r.overdue ? (
                    <span class="badge overdue">{t('workspace:overdue')}</span>
                  ) : (
                    <span class="badge soon">{t('workspace:due')}</span>
                  )}{' '}
                  {r.kind === 'initial'
                    ? t('workspace:reports.initial', { due: d(r.due) })
                    : t('workspace:reports.annual', { year: r.year, due: d(r.due) })}
                </li>
              ))}
            </ul>
          </Part>
          <Part t={t} id="lapsing" href={`/cooperation/needs?state=${data.iso3}`} count={data.lapsing.length}>
            <ul>
              {data.lapsing.slice(0, SHOWN).map((n) => (
                <li>
                  <a href={`/cooperation/needs/${n.id}`}>{n.description}</a>{' '}
                  <span class="hint">{t('workspace:lapsing.on', { date: d(n.lapsesOn) })}</span>
                </li>
              ))}
            </ul>
            {more(t, data.lapsing.length)}
          </Part>
          <Part t={t} id="deliveries" href="/cooperation/responses" count={data.deliveries.length}>
            <ul>
              {data.deliveries.slice(0, SHOWN).map((r) => (
                <li>
                  <a href={`/cooperation/needs/${r.needId}`}>{r.needDescription}</a>{' '}
                  <span class="hint">
                    {t('workspace:deliveries.from', {
                      partner: partyName(locale, r.partnerIso3, r.partnerName),
                      date: r.deliveredOn ? d(r.deliveredOn) : t('common:unknown'),
                    })}
                  </span>
                </li>
              ))}
            </ul>
            {more(t, data.deliveries.length)}
          </Part>
          <Warnings t={t} locale={locale} items={data.warnings} />
          <FollowUps t={t} locale={locale} items={data.followUps} href="/meetings/action-items" />
        </>
      ) : null}
      {data.role === 'partner' ? (
        <>
          <Part t={t} id="matching" href="/cooperation/offers" count={data.matching.length}>
            <ul>
              {data.matching.map((m) => (
                <li>
                  <a
                    href={`/cooperation/needs/${m.view.id}`}
                  >{`${stateName(locale, m.view.stateIso3, m.view.stateName)}: ${m.view.description}`}</a>{' '}
                  <span class="hint">
                    {t('workspace:matching.fit', {
                      score: formatNumber(locale, m.match.score),
                      offer: m.match.offerTitle,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </Part>
          <Part t={t} id="responses" href="/cooperation/responses" count={data.responses.length}>
            <ul>
              {data.responses.slice(0, SHOWN).map((r) => (
                <li>
                  <a href={`/cooperation/needs/${r.needId}`}>{`${r.needStateName}: ${r.needDescription}`}</a>{' '}
                  <span class="badge">{t(`workspace:responses.stage.${r.stage}`)}</span>
                </li>
              ))}
            </ul>
            {more(t, data.responses.length)}
          </Part>
        </>
      ) : null}
      {data.role === 'coordinator' ? (
        <>
          <Part t={t} id="deadlines" href="/deadlines?sort=risk" count={data.deadlines.rows.length}>
            <p class="hint">
              {data.deadlines.scoped
                ? t('workspace:deadlines.scoped', {
                    areas: data.deadlines.areas
                      .map((a) => t(`calendar:offices.areas.${a}`, { defaultValue: a }))
                      .join(', '),
                  })
                : data.deadlines.areas.length > 0
                  ? t('workspace:deadlines.areaWithoutDeadlines')
                  : t('workspace:deadlines.noOffice')}
            </p>
            <TableScroll label={t('workspace:deadlines.caption')}>
              <table>
                <caption>{t('workspace:deadlines.caption')}</caption>
                <ColumnHeads
                  t={t}
                  keys={[
                    'workspace:deadlines.state',
                    'workspace:deadlines.article',
                    'workspace:deadlines.deadline',
                    'workspace:deadlines.risk',
                  ]}
                />
                <tbody>
                  {data.deadlines.rows.slice(0, SHOWN).map((r) => (
                    <tr>
                      <th scope="row">
                        <a href={`/states/${r.state.iso3}#article-${r.obligation.article}`}>
                          {stateName(locale, r.state.iso3, r.state.name)}
                        </a>
                      </th>
                      <td>{t('workspace:deadlines.articleN', { article: r.obligation.article })}</td>
                      <td>
                        {r.obligation.currentDeadline ? d(r.obligation.currentDeadline) : t('common:unknown')}
                        {r.obligation.remaining?.overdue ? (
                          <>
                            {' '}
                            <span class="badge overdue">{t('workspace:overdue')}</span>
                          </>
                        ) : null}
                      </td>
                      <td>
                        {r.risk
                          ? t(`risk:status.${r.risk}`, { defaultValue: r.risk })
                          : t('workspace:deadlines.noRisk')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {more(t, data.deadlines.rows.length)}
          </Part>
          <Warnings t={t} locale={locale} items={data.warnings} />
          <FollowUps t={t} locale={locale} items={data.followUps} href="/follow-ups" />
          <Part t={t} id="meetings" href="/meetings" count={data.meetings.length}>
            <ul>
              {data.meetings.slice(0, 5).map((m) => (
                <li>
                  <a href={`/meetings/${m.code}`}>{m.title}</a>{' '}
                  <span class="hint">{m.startsOn ? d(m.startsOn) : ''}</span>
                </li>
              ))}
            </ul>
          </Part>
        </>
      ) : null}
      {data.role === 'isu' ? (
        <>
          <Part
            t={t}
            id="compliance"
            titleParams={{ year: data.compliance.year }}
            href={`/reports/compliance?year=${data.compliance.year}`}
            count={data.compliance.totals.due + data.compliance.initialOverdue.length}
          >
            <ul>
              <li>
                {t('workspace:compliance.received', {
                  count: data.compliance.totals.submitted,
                  of: data.compliance.totals.due,
                  due: d(data.compliance.due),
                })}
              </li>
              <li>{t('workspace:compliance.notYet', { count: data.compliance.totals.notYet })}</li>
              <li>
                {t('workspace:compliance.initialOverdue', { count: data.compliance.initialOverdue.length })}
              </li>
            </ul>
          </Part>
          <Part t={t} id="failed" href="/admin/outbox" count={data.failed.length}>
            <ul>
              {data.failed.map((m) => (
                <li>
                  {m.subject}{' '}
                  <span class="hint">{`${m.toAddress} · ${formatDate(locale, m.createdAt)}${m.lastError ? ` · ${m.lastError}` : ''}`}</span>
                </li>
              ))}
            </ul>
          </Part>
          <Part t={t} id="review" href="/cooperation/iati" count={data.toReview + data.deliveriesAwaiting}>
            <ul>
              <li>
                <a href="/cooperation/iati">{t('workspace:review.iati', { count: data.toReview })}</a>
              </li>
              <li>
                <a href="/cooperation/responses">
                  {t('workspace:review.deliveries', { count: data.deliveriesAwaiting })}
                </a>
              </li>
            </ul>
          </Part>
        </>
      ) : null}
      {data.role === 'none' ? <p>{t('workspace:noRole')}</p> : null}
      <Notifications t={t} locale={locale} count={data.unread.count} latest={data.unread.latest} />
    </section>
  );
}

/** Early warnings: each off-track obligation, its deadline, the last meeting before it and the day to submit by. */
function Warnings(p: { t: Translate; locale: Locale; items: StartWarning[] }) {
  const { t, locale } = p;
  const d = (day: string) => formatDate(locale, day);
  return (
    <Part t={t} id="warnings" href="/deadlines?sort=risk" count={p.items.length}>
      <ul>
        {p.items.slice(0, SHOWN).map((w) => (
          <li data-early-warning={`${w.iso3}-${w.article}`}>
            <a href={`/states/${w.iso3}#article-${w.article}`}>
              {t('workspace:warnings.item', {
                state: stateName(locale, w.iso3, w.stateName),
                article: w.article,
                deadline: d(w.deadline),
              })}
            </a>{' '}
            <span class="hint">
              {w.meeting && w.submitBy
                ? t(w.submitByPassed ? 'workspace:warnings.submitByPassed' : 'workspace:warnings.submitBy', {
                    meeting: w.meeting.title,
                    day: d(w.submitBy),
                    rule: w.rule,
                  })
                : t('workspace:warnings.noMeeting')}
            </span>
          </li>
        ))}
      </ul>
      {more(t, p.items.length)}
    </Part>
  );
}

function FollowUps(p: {
  t: Translate;
  locale: Locale;
  items: StartFollowUp[];
  /** Where the whole list is: the Coordinators' follow-ups, or the meetings' action items. */
  href: string;
}) {
  const { t } = p;
  return (
    <Part t={t} id="follow-ups" keys="followUps" href={p.href} count={p.items.length}>
      <ul>
        {p.items.slice(0, SHOWN).map((a) => (
          <li>
            {a.overdue ? (
              <>
                <span class="badge overdue">{t('workspace:overdue')}</span>{' '}
              </>
            ) : null}
            {a.what}{' '}
            <span class="hint">
              {a.from?.kind === 'contact'
                ? t('workspace:followUps.fromContact', {
                    state: stateName(p.locale, a.from.iso3, a.from.state),
                    on: formatDate(p.locale, a.from.on),
                    due: a.dueOn ? formatDate(p.locale, a.dueOn) : t('common:unknown'),
                  })
                : t('workspace:followUps.from', {
                    meeting: a.from?.title ?? t('common:unknown'),
                    due: a.dueOn ? formatDate(p.locale, a.dueOn) : t('common:unknown'),
                  })}
            </span>{' '}
            {a.from ? (
              <a href={a.from.href}>
                {t(a.from.kind === 'contact' ? 'workspace:followUps.contact' : 'workspace:followUps.meeting')}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
      {more(t, p.items.length)}
    </Part>
  );
}
