import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { byStateName, stateName } from '../../../kernel/i18n/state-names.js';
import { ButtonLink } from '../../../kernel/views/form-page.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import type { MeetingView } from '../queries.js';
import { DelegationsTable, FiguresList } from './participation.js';
import { ActionItemsTable, dateRange, Known } from './parts.js';

const isAddress = (s: string) => /^https?:\/\/\S+$/.test(s);

const documentTable = (t: Translate): TableDefinition<MeetingView['documents'][number]> => ({
  columns: [
    {
      key: 'symbol',
      header: t('calendar:col.symbol'),
      cell: (d) => d.symbol ?? <Known t={t} value={null} />,
    },
    {
      key: 'title',
      header: t('calendar:col.documentTitle'),
      cell: (d) => (d.href ? <a href={d.href}>{d.title}</a> : d.title),
    },
  ],
});

const decisionTable = (t: Translate, locale: Locale): TableDefinition<MeetingView['decisions'][number]> => ({
  columns: [
    {
      key: 'state',
      header: t('calendar:col.state'),
      cell: (d) => <a href={`/states/${d.iso3}`}>{stateName(locale, d.iso3, d.stateName)}</a>,
    },
    { key: 'article', header: t('calendar:col.article'), cell: (d) => d.article },
    {
      key: 'fact',
      header: t('calendar:col.fact'),
      cell: (d) => (
        <>
          {t(`calendar:fact.${d.kind}`, { defaultValue: d.kind })}
          {d.outcome ? ` (${t(`calendar:outcome.${d.outcome}`, { defaultValue: d.outcome })})` : ''}
          {d.decisionRecorded ? null : (
            <>
              {' '}
              <span class="badge muted">{t('calendar:meeting.decisionNotRecorded')}</span>
            </>
          )}
        </>
      ),
    },
    {
      key: 'newDeadline',
      header: t('calendar:col.newDeadline'),
      cell: (d) => (d.newDeadline ? formatDate(locale, d.newDeadline) : '—'),
    },
  ],
});

const statementTable = (
  t: Translate,
  locale: Locale,
): TableDefinition<MeetingView['statements'][number]> => ({
  columns: [
    {
      key: 'speaker',
      header: t('calendar:statements.speaker'),
      rowHeader: true,
      cell: (st) =>
        st.state ? (
          <a href={`/states/${st.state.iso3}`}>{stateName(locale, st.state.iso3, st.state.name)}</a>
        ) : (
          st.organisation
        ),
    },
    { key: 'topic', header: t('calendar:statements.topic'), cell: (st) => t(`calendar:topic.${st.topic}`) },
    {
      key: 'summary',
      header: t('calendar:statements.summary'),
      cell: (st) => (
        <>
          {st.href ? <a href={st.href}>{st.summary}</a> : st.summary}
          {st.tags.map((tag) => (
            <>
              {' '}
              <span class="badge">{t(`calendar:tag.${tag}`)}</span>
            </>
          ))}
        </>
      ),
    },
  ],
});

export function MeetingPage(p: { t: Translate; locale: Locale; meeting: MeetingView; canWrite: boolean }) {
  const { t, locale, meeting: m } = p;
  const formal = m.kind === 'msp' || m.kind === 'review_conference';
  return (
    <article>
      <h1>
        {m.title} <span class="hint">({m.code})</span>
      </h1>
      <p>
        <a href="/meetings">{t('calendar:meeting.back')}</a>
        {p.canWrite ? (
          <>
            {' '}
            <a href={`/meetings/${m.code}/edit`} class="button secondary">
              {t('calendar:meeting.edit')}
            </a>
          </>
        ) : null}
      </p>
      <dl class="facts">
        <dt>{t('calendar:col.kind')}</dt>
        <dd>{t(`calendar:kind.${m.kind}`)}</dd>
        <dt>{t('calendar:col.dates')}</dt>
        <dd>{dateRange(t, locale, m.startsOn, m.endsOn)}</dd>
        <dt>{t('calendar:col.venue')}</dt>
        <dd>
          <Known t={t} value={m.venue} />
        </dd>
        {formal ? (
          <>
            <dt>{t('calendar:col.presidingState')}</dt>
            <dd>
              {m.presidingState ? (
                <a href={`/states/${m.presidingState.iso3}`}>
                  {stateName(locale, m.presidingState.iso3, m.presidingState.name)}
                </a>
              ) : (
                <Known t={t} value={null} />
              )}
            </dd>
            <dt>{t('calendar:col.president')}</dt>
            <dd>
              <Known t={t} value={m.president} />
            </dd>
          </>
        ) : null}
        <dt>{t('calendar:col.hosts')}</dt>
        <dd>
          {m.hosts.length ? (
            m.hosts.map((h, i) => (
              <>
                {i ? ', ' : ''}
                {h.iso3 ? <a href={`/states/${h.iso3}`}>{stateName(locale, h.iso3, h.name)}</a> : h.name}
              </>
            ))
          ) : (
            <Known t={t} value={null} />
          )}
        </dd>
        {formal ? (
          <>
            <dt>{t('calendar:col.reportingWindow')}</dt>
            <dd>
              {m.reportingWindow ? (
                <>
                  {t('calendar:meeting.window', {
                    from: formatDate(locale, m.reportingWindow.from),
                    to: formatDate(locale, m.reportingWindow.to),
                  })}
                  {m.reportingWindow.censusDate ? (
                    <>
                      {'; '}
                      {t('calendar:meeting.census', {
                        date: formatDate(locale, m.reportingWindow.censusDate),
                      })}
                    </>
                  ) : null}
                </>
              ) : (
                <Known t={t} value={null} />
              )}
            </dd>
          </>
        ) : null}
        <dt>{t('calendar:col.participants')}</dt>
        <dd>
          {m.participantsTotal !== null ? (
            t(
              m.participantsApproximate
                ? 'calendar:meeting.participantsAbout'
                : 'calendar:meeting.participants',
              {
                count: m.participantsTotal,
                n: formatNumber(locale, m.participantsTotal),
              },
            )
          ) : (
            <Known t={t} value={null} />
          )}
          {m.participationNote ? <p class="hint">{m.participationNote}</p> : null}
        </dd>
      </dl>

      {m.summary ? (
        <>
          <h2>{t('calendar:meeting.summary')}</h2>
          <p>{m.summary}</p>
        </>
      ) : null}

      <h2>{t('calendar:meeting.keyPoints')}</h2>
      {m.keyPoints.length ? (
        <ul>
          {m.keyPoints.map((k) => (
            <li>{k}</li>
          ))}
        </ul>
      ) : (
        <p>{t('calendar:meeting.noneRecorded')}</p>
      )}

      <h2>{t('calendar:meeting.agenda')}</h2>
      {m.agenda.length ? (
        <ol>
          {m.agenda.map((a) => (
            <li>{a}</li>
          ))}
        </ol>
      ) : (
        <p>{t('calendar:meeting.noneRecorded')}</p>
      )}

      <h2>{t('calendar:meeting.documents')}</h2>
      <Table
        definition={documentTable(t)}
        rows={m.documents}
        locale={locale}
        empty={t('calendar:meeting.noneRecorded')}
      />

      {formal ? (
        <>
          <h2>{t('calendar:meeting.decisions')}</h2>
          <p class="hint">{t('calendar:meeting.decisionsIntro')}</p>
          <Table
            definition={decisionTable(t, locale)}
            rows={[...m.decisions].sort(byStateName(locale, (d) => stateName(locale, d.iso3, d.stateName)))}
            locale={locale}
            empty={t('calendar:meeting.noDecisions')}
          />
        </>
      ) : null}

      <h2 id="statements">{t('calendar:statements.title')}</h2>
      <ButtonLink
        show={p.canWrite}
        href={`/meetings/${m.code}/statements/new`}
        label={t('calendar:statements.add')}
      />
      <Table
        definition={statementTable(t, locale)}
        rows={m.statements}
        locale={locale}
        empty={t('calendar:meeting.noneRecorded')}
        rowAttributes={(st) => ({ id: `statement-${st.id}` })}
      />

      <h2 id="participation">{t('calendar:participants.title')}</h2>
      <ButtonLink
        show={p.canWrite}
        href={`/meetings/${m.code}/participants/upload`}
        label={t('calendar:participants.import')}
      />
      {m.participation.delegations.length ? (
        <>
          <FiguresList t={t} locale={locale} figures={m.participation.figures} />
          <DelegationsTable t={t} locale={locale} participation={m.participation} />
        </>
      ) : (
        <p>{t('calendar:participants.none')}</p>
      )}

      <h2 id="action-items">{t('calendar:meeting.actionItems')}</h2>
      <ButtonLink
        show={p.canWrite}
        href={`/meetings/${m.code}/action-items/new`}
        label={t('calendar:actionItems.add')}
      />
      <ActionItemsTable
        t={t}
        locale={locale}
        items={m.actionItems}
        editable={p.canWrite}
        empty={t('calendar:meeting.noneRecorded')}
      />

      {m.notes ? (
        <>
          <h2>{t('calendar:meeting.notes')}</h2>
          <p>{m.notes}</p>
        </>
      ) : null}

      <h2>{t('calendar:meeting.sources')}</h2>
      <ul class="sources">
        {m.sources.map((s) => (
          <li>{isAddress(s) ? <a href={s}>{s}</a> : s}</li>
        ))}
      </ul>
    </article>
  );
}
