import type { Child } from 'hono/jsx';
import type { Actor } from '../../../kernel/actor.js';
import {
  formatDate,
  formatNumber,
  type Locale,
  languageName,
  type Translate,
} from '../../../kernel/i18n/index.js';
import { TextAreaField } from '../../../kernel/views/fields.js';
import { ButtonLink } from '../../../kernel/views/form-page.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import type { CorrectionRow, EventRow } from '../corrections.js';
import {
  canCorrectObligationEvent,
  canEditStateRegistry,
  canRecordObligationEvent,
  canSetWorkingLanguage,
} from '../policy.js';
import type { ObligationView, StateView } from '../queries.js';
import { splitSources } from '../reference.js';
import type { ObligationEventKind } from '../rules.js';
import { correctionHref, eventFormHref } from './hrefs.js';
import {
  CountedTo,
  CurrentDeadline,
  DateText,
  PendingRequestFact,
  RemainingText,
  SourceCell,
  SourceText,
  urgencyOf,
} from './parts.js';

/** Note codes the seed writes instead of prose, so that the sentence can be translated. */
const noteCodes = new Set(['initial_report_by_census']);

/** Which facts may be recorded next, given the obligation's state (a completed one can only reopen). */
export function kindsFor(o: ObligationView): ObligationEventKind[] {
  if (o.article === 7) return o.status === 'open' ? ['initial_report_submitted'] : [];
  if (o.article === 5) return [];
  return o.status === 'open'
    ? ['extension_requested', 'extension_decided', 'completion_declared']
    : ['obligation_reopened'];
}

export interface ProfileProps {
  t: Translate;
  locale: Locale;
  actor: Actor;
  state: StateView;
  annualReportDue: string;
  /** Sections other modules add at the end of the profile. */
  sections?: Child[];
}

export function StateProfilePage(p: ProfileProps) {
  const { t, locale, state: s } = p;
  const party = s.ccmStatus === 'state_party';
  const own = new Set(s.sources);
  return (
    <article>
      <h1>
        {s.name} <span class="hint">({s.iso3})</span>
      </h1>
      <ButtonLink
        show={canEditStateRegistry(p.actor)}
        href={`/states/${s.iso3}/edit`}
        label={t('states:profile.edit')}
      />
      <h2>{t('states:profile.treaty')}</h2>
      <dl class="facts">
        <dt>{t('states:col.status')}</dt>
        <dd>{t(`states:status.${s.ccmStatus}`)}</dd>
        <dt>{t('states:col.region')}</dt>
        <dd>{t(`states:region.${s.unRegion}`, { defaultValue: s.unRegion })}</dd>
        <dt>{t('states:col.signature')}</dt>
        <dd>{s.signatureDate ? formatDate(locale, s.signatureDate) : t('states:profile.notSigned')}</dd>
        {s.provisionalApplicationDate ? (
          <>
            <dt>{t('states:profile.provisionalApplication')}</dt>
            <dd>{formatDate(locale, s.provisionalApplicationDate)}</dd>
          </>
        ) : null}
        <dt>{t('states:col.instrument')}</dt>
        <dd>
          {s.instrumentDate
            ? t('states:profile.instrumentDeposited', {
                type: s.instrumentType ? t(`states:instrumentType.${s.instrumentType}`) : t('common:unknown'),
                date: formatDate(locale, s.instrumentDate),
              })
            : t('states:profile.noInstrument')}
        </dd>
        <dt>{t('states:col.entryIntoForce')}</dt>
        <dd>{s.entryIntoForce ? formatDate(locale, s.entryIntoForce) : '—'}</dd>
        <dt>{t('states:col.initialReportDue')}</dt>
        <dd>{s.initialReportDue ? formatDate(locale, s.initialReportDue) : '—'}</dd>
        {s.withdrawalNotified || s.withdrawalEffective ? (
          <>
            <dt>{t('states:col.withdrawal')}</dt>
            <dd>
              {t('states:profile.withdrawal', {
                notified: formatDate(locale, s.withdrawalNotified) || t('common:unknown'),
                effective: formatDate(locale, s.withdrawalEffective) || t('common:unknown'),
              })}
            </dd>
          </>
        ) : null}
        <dt>{t('states:language.label')}</dt>
        <dd>
          {s.workingLanguage ? languageName(s.workingLanguage) : t('states:language.unknownShown')}
          {canSetWorkingLanguage(p.actor) ? (
            <>
              {' '}
              <a href={`/states/${s.iso3}/language`}>{t('states:language.change')}</a>
            </>
          ) : null}
        </dd>
        <dt>{t('states:profile.apmbc')}</dt>
        <dd>
          {t(`states:apmbcStatus.${s.apmbcStatus}`)}
          {s.apmbcInstrumentDate
            ? ` · ${t('states:profile.instrumentDeposited', {
                type: s.apmbcInstrumentType
                  ? t(`states:instrumentType.${s.apmbcInstrumentType}`, {
                      defaultValue: s.apmbcInstrumentType,
                    })
                  : t('common:unknown'),
                date: formatDate(locale, s.apmbcInstrumentDate),
              })}`
            : ''}
        </dd>
      </dl>

      <h2>{t('states:profile.obligations')}</h2>
      {s.ccmStatus === 'withdrawn' ? <p>{t('states:profile.withdrawnNote')}</p> : null}
      {s.obligations.length === 0 ? <p>{t('states:profile.noObligations')}</p> : null}
      {s.obligations.map((o) => (
        <ObligationSection {...p} o={o} party={party} ownSources={own} />
      ))}
      {party ? (
        <section aria-labelledby="annual-report">
          <h3 id="annual-report">{t('states:annual.title')}</h3>
          <p>
            {t('states:annual.due', {
              date: formatDate(locale, p.annualReportDue),
              year: Number(p.annualReportDue.slice(0, 4)) - 1,
            })}
          </p>
        </section>
      ) : null}

      <h2>{t('states:profile.notes')}</h2>
      <p>{s.notes ?? t('states:profile.noNotes')}</p>

      <h2>{t('states:profile.sources')}</h2>
      {s.sources.length ? (
        <ul class="sources">
          {s.sources.map((src) => (
            <li>
              <SourceText source={src} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('states:profile.noSources')}</p>
      )}
      <p class="hint">{t('states:profile.updated', { date: formatDate(locale, s.updatedAt) })}</p>
      {p.sections}
    </article>
  );
}

function ObligationSection(p: ProfileProps & { o: ObligationView; party: boolean; ownSources: Set<string> }) {
  const { t, locale, o, state: s } = p;
  const id = `article-${o.article}`;
  const urgency = p.party ? urgencyOf(o.remaining) : undefined;
  // The seed gives each obligation the State's own sources; repeat only what the State list lacks.
  const extraSources = o.source ? splitSources(o.source).filter((x) => !p.ownSources.has(x)) : [];
  const kinds = kindsFor(o).filter((k) => canRecordObligationEvent(p.actor, s.iso3, k));
  const history: HistoryProps = {
    t,
    locale,
    o,
    iso3: s.iso3,
    mayCorrect: canCorrectObligationEvent(p.actor),
  };
  const completedKey =
    o.article === 7 ? 'states:obligationStatus.submitted' : 'states:obligationStatus.completed';
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{t(`states:articles.${o.article}.title`)}</h3>
      <dl class="facts">
        {o.basis ? (
          <>
            <dt>{t('states:profile.basis')}</dt>
            <dd>{t(`states:basis.${o.basis}`, { defaultValue: o.basis })}</dd>
          </>
        ) : null}
        <dt>{t('states:col.obligationStatus')}</dt>
        <dd>
          {o.status === 'completed' ? (
            <>
              {t(completedKey)}
              {' · '}
              <DateText t={t} locale={locale} date={o.completedOn} empty={t('states:profile.dateNotKnown')} />
            </>
          ) : o.timeBound ? (
            t('states:obligationStatus.open')
          ) : (
            t('states:obligationStatus.ongoing')
          )}
        </dd>
        {o.article === 7 ? (
          <>
            <dt>{t('states:col.due')}</dt>
            <dd>
              <DateText
                t={t}
                locale={locale}
                date={o.currentDeadline}
                empty={t('states:deadline.notKnown')}
              />
            </dd>
          </>
        ) : o.timeBound ? (
          <>
            <dt>{t('states:col.originalDeadline')}</dt>
            <dd>
              <DateText t={t} locale={locale} date={o.originalDeadline} />
            </dd>
            <dt>{t('states:col.currentDeadline')}</dt>
            <dd>
              <CurrentDeadline t={t} locale={locale} o={o} />
              {o.status === 'open' ? <CountedTo t={t} locale={locale} date={o.currentDeadline} /> : null}
            </dd>
          </>
        ) : (
          <>
            <dt>{t('states:col.currentDeadline')}</dt>
            <dd>{t('states:deadline.ongoing')}</dd>
          </>
        )}
        {o.status === 'open' && o.timeBound && p.party ? (
          <>
            <dt>{t('states:col.remaining')}</dt>
            <dd class={urgency}>
              <RemainingText t={t} remaining={o.remaining} />
            </dd>
          </>
        ) : null}
        {o.article === 3 || o.article === 4 ? (
          <>
            <dt>{t('states:col.extensionsGranted')}</dt>
            <dd>{formatNumber(locale, o.extensionsGranted)}</dd>
            <PendingRequestFact t={t} locale={locale} e={o.pendingRequest} />
          </>
        ) : null}
        {extraSources.length ? (
          <>
            <dt>{t('states:profile.obligationSource')}</dt>
            <dd class="sources">
              <SourceCell value={extraSources.join('; ')} />
            </dd>
          </>
        ) : null}
      </dl>
      {kinds.length ? (
        <ul>
          {kinds.map((k) => (
            <li>
              <a href={eventFormHref(s.iso3, o.article, k)}>{t(`states:actions.${k}`)}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {o.events.length ? <EventTable {...history} /> : null}
      {o.withdrawn.length ? <WithdrawnTable {...history} /> : null}
    </section>
  );
}

type HistoryProps = { t: Translate; locale: Locale; o: ObligationView; iso3: string; mayCorrect: boolean };

/** The document a decision or declaration is written in: its title (or symbol) linked to its address. */
function DocumentText(p: { e: EventRow }) {
  const { e } = p;
  const label = [e.documentTitle, e.documentSymbol].filter(Boolean).join(', ');
  if (e.documentUrl) return <a href={e.documentUrl}>{label || e.documentUrl}</a>;
  return <span>{label || '—'}</span>;
}

/** What a fact said when first recorded, in one line, for a history that shows its corrections. */
function factLine(t: Translate, e: EventRow): string {
  return [
    e.occurredOn,
    e.meeting,
    e.requestedDeadline ?? e.newDeadline,
    e.outcome ? t(`states:outcome.${e.outcome}`) : null,
    e.declaredOn ? `${t('states:history.declaredOn')} ${e.declaredOn}` : null,
    e.confirmed ? null : t('states:history.unconfirmed'),
    e.note,
  ]
    .filter(Boolean)
    .join('; ');
}

/** Every correction of a fact, oldest first, with who made it, when and why. */
function CorrectionNotes(p: {
  t: Translate;
  locale: Locale;
  recorded: EventRow;
  corrections: CorrectionRow[];
}) {
  const { t, locale } = p;
  return (
    <>
      <p class="flagged">{t('states:correction.asRecorded', { what: factLine(t, p.recorded) || '—' })}</p>
      {p.corrections.map((c) => (
        <p class="flagged">
          {t(c.action === 'withdrawn' ? 'states:correction.withdrawnBy' : 'states:correction.correctedBy', {
            date: formatDate(locale, c.recordedAt.toISOString().slice(0, 10)),
            by: c.recordedBy ?? '—',
            reason: c.reason,
          })}
        </p>
      ))}
    </>
  );
}

/**
 * Beside a history entry, for the ISU: withdraw it with a reason right here, or open the full form
 * to correct its values. A refused save comes back as the full form with what was typed.
 */
function CorrectInline(p: { t: Translate; href: string; eventId: number }) {
  const { t } = p;
  return (
    <details>
      <summary>{t('states:correction.link')}</summary>
      <form method="post" action={`${p.href}#errors`} class="stack">
        <input type="hidden" name="action" value="withdrawn" />
        <TextAreaField
          id={`withdraw-reason-${p.eventId}`}
          name="reason"
          label={t('states:correction.reason')}
          maxLength={1000}
          required
        />
        <button type="submit">{t('states:correction.withdrawSubmit')}</button>
      </form>
      <p>
        <a href={p.href}>{t('states:correction.correctValues')}</a>
      </p>
    </details>
  );
}

type Withdrawn = ObligationView['withdrawn'][number];

/** Facts withdrawn by a correction: kept in view, counted nowhere. */
function WithdrawnTable(p: HistoryProps) {
  const { t, locale, o } = p;
  const definition: TableDefinition<Withdrawn> = {
    columns: [
      {
        key: 'kind',
        header: t('states:history.kind'),
        rowHeader: true,
        cell: (w) => (
          <>
            <s>{t(`states:kind.${w.recorded.kind}`)}</s>{' '}
            <strong>{t('states:correction.withdrawnBadge')}</strong>
          </>
        ),
      },
      {
        key: 'note',
        header: t('states:history.note'),
        cell: (w) => (
          <CorrectionNotes
            t={t}
            locale={locale}
            recorded={w.recorded}
            corrections={o.corrections[w.recorded.id]?.corrections ?? [w.correction]}
          />
        ),
      },
      {
        key: 'correct',
        header: t('states:correction.link'),
        cell: (w) => (
          <a href={correctionHref(p.iso3, o.article, w.recorded.id)}>{t('states:correction.link')}</a>
        ),
      },
    ],
    page: ['kind', 'note', ...(p.mayCorrect ? ['correct'] : [])],
  };
  return (
    <Table
      definition={definition}
      rows={o.withdrawn}
      locale={locale}
      caption={t('states:correction.withdrawnCaption', { article: t(`states:articles.${o.article}.short`) })}
      empty={null}
      rowAttributes={() => ({ class: 'withdrawn' })}
    />
  );
}

/** A recorded fact with what the treaty's rules flag about it. */
type FlaggedEvent = { e: ObligationView['events'][number]; flags: readonly string[] };

function EventTable(p: HistoryProps) {
  const { t, locale, o } = p;
  const definition: TableDefinition<FlaggedEvent> = {
    columns: [
      {
        key: 'date',
        header: t('states:history.date'),
        cell: ({ e }) => (
          <>
            <DateText t={t} locale={locale} date={e.occurredOn} />
            {e.declaredOn ? (
              <>
                <br />
                {t('states:history.declaredOn')} <DateText t={t} locale={locale} date={e.declaredOn} />
              </>
            ) : null}
          </>
        ),
      },
      {
        key: 'kind',
        header: t('states:history.kind'),
        rowHeader: true,
        cell: ({ e }) => t(`states:kind.${e.kind}`),
      },
      { key: 'meeting', header: t('states:history.meeting'), cell: ({ e }) => e.meeting ?? '—' },
      {
        key: 'deadline',
        header: t('states:history.deadline'),
        cell: ({ e }) => <DateText t={t} locale={locale} date={e.requestedDeadline ?? e.newDeadline} />,
      },
      {
        key: 'outcome',
        header: t('states:history.outcome'),
        cell: ({ e }) => (e.outcome ? t(`states:outcome.${e.outcome}`) : '—'),
      },
      {
        key: 'confirmed',
        header: t('states:history.confirmed'),
        cell: ({ e }) =>
          e.confirmed ? t('common:yes') : <span class="unconfirmed">{t('states:history.unconfirmed')}</span>,
      },
      {
        key: 'note',
        header: t('states:history.note'),
        cell: ({ e, flags }) => (
          <>
            {flags.map((key) => (
              <p class="flagged">
                <strong>{t('states:law.flagged')}</strong> {t(key)}
              </p>
            ))}
            {e.note ? (noteCodes.has(e.note) ? t(`states:notes.${e.note}`) : e.note) : '—'}
            {o.corrections[e.id] ? (
              <CorrectionNotes
                t={t}
                locale={locale}
                recorded={o.corrections[e.id]?.recorded as EventRow}
                corrections={o.corrections[e.id]?.corrections ?? []}
              />
            ) : null}
          </>
        ),
      },
      { key: 'document', header: t('states:history.document'), cell: ({ e }) => <DocumentText e={e} /> },
      {
        key: 'source',
        header: t('states:history.source'),
        cell: ({ e }) => <SourceCell value={e.source} />,
        cellClass: () => 'sources',
      },
      {
        key: 'correct',
        header: t('states:correction.link'),
        cell: ({ e }) => (
          <CorrectInline t={t} href={correctionHref(p.iso3, o.article, e.id)} eventId={e.id} />
        ),
      },
    ],
    page: [
      'date',
      'kind',
      'meeting',
      'deadline',
      'outcome',
      'confirmed',
      'note',
      'document',
      'source',
      ...(p.mayCorrect ? ['correct'] : []),
    ],
  };
  return (
    <Table
      definition={definition}
      rows={o.events.map((e, i) => ({ e, flags: o.eventFlags[i] ?? [] }))}
      locale={locale}
      caption={t('states:history.caption', { article: t(`states:articles.${o.article}.short`) })}
      empty={null}
    />
  );
}
