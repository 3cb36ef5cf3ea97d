import {
  formatDate,
  type Locale,
  languageName,
  locales,
  type Translate,
} from '../../../../kernel/i18n/index.js';
import { stateName } from '../../../../kernel/i18n/state-names.js';
import { SelectField } from '../../../../kernel/views/fields.js';
import { Table, type TableDefinition } from '../../../../kernel/views/table.js';
import type { ComplianceStatus, ReminderKind } from '../rules.js';
import type { ReminderBatchOutcome } from '../send-late-reminders.js';

const badgeClass: Record<ComplianceStatus, string> = {
  on_time: 'badge ok',
  late: 'badge soon',
  date_unknown: 'badge muted',
  not_yet: 'badge overdue',
  not_recorded: 'badge muted',
  not_due: 'badge muted',
};

/** The status as words in a badge: colour only repeats what the text says. */
export function StatusBadge({ t, status }: { t: Translate; status: ComplianceStatus }) {
  return <span class={badgeClass[status]}>{t(`compliance:status.${status}`)}</span>;
}

/** The address of a reminder letter (`.docx`) or of its e-mail text (HTML). */
export function letterHref(
  iso3: string,
  q: { year: number; kind: ReminderKind; lang: Locale },
  format: 'docx' | 'text',
): string {
  // Not `lang`: app.ts reads `?lang=` as the reader's interface language.
  const params = new URLSearchParams({ year: String(q.year), kind: q.kind, language: q.lang });
  return `/reports/compliance/letters/${iso3}${format === 'docx' ? '.docx' : ''}?${params}`;
}

interface ActionsProps {
  t: Translate;
  locale: Locale;
  /** The language the reminder form offers first: the State's, else English. */
  language: Locale;
  iso3: string;
  year: number;
  kind: ReminderKind;
  lastReminder?: Date;
}

/**
 * What the ISU or the Coordinator can do about a missing report, without script: the letter in any
 * of the three languages, the e-mail text to copy, and a form that queues the e-mail to the focal points.
 */
export function ReminderActions(p: ActionsProps) {
  const { t } = p;
  const id = `${p.kind}-${p.iso3}`;
  return (
    <>
      <p>
        {t('compliance:actions.letter')}:{' '}
        {locales.map((l) => (
          <>
            <a
              href={letterHref(p.iso3, { year: p.year, kind: p.kind, lang: l }, 'docx')}
              hreflang={l}
              lang={l}
            >
              {languageName(l)}
            </a>{' '}
          </>
        ))}
        ·{' '}
        <a href={letterHref(p.iso3, { year: p.year, kind: p.kind, lang: p.locale }, 'text')}>
          {t('compliance:actions.mailText')}
        </a>
      </p>
      <form method="post" action="/reports/compliance/reminders#errors" class="filters">
        <input type="hidden" name="iso3" value={p.iso3} />
        <input type="hidden" name="year" value={String(p.year)} />
        <input type="hidden" name="kind" value={p.kind} />
        <SelectField
          id={`lang-${id}`}
          name="locale"
          label={t('compliance:actions.language')}
          value={p.language}
          options={locales.map((l) => ({ value: l, label: languageName(l) }))}
        />
        <button type="submit">{t('compliance:actions.send')}</button>
      </form>
      {p.lastReminder ? (
        <p class="hint">
          {t('compliance:actions.lastReminder', { date: formatDate(p.locale, p.lastReminder) })}
        </p>
      ) : null}
    </>
  );
}

/**
 * The one action for every State late for the year: each is written to in its working language,
 * English where that is not known (the button's hint says how many).
 */
export function LateRemindersForm(p: { t: Translate; year: number; late: number; unknownLanguage: number }) {
  const { t } = p;
  if (p.late === 0) return <p class="hint">{t('compliance:late.none', { year: p.year })}</p>;
  return (
    <form method="post" action="/reports/compliance/reminders/late#errors" class="filters">
      <input type="hidden" name="year" value={String(p.year)} />
      <p>
        {t('compliance:late.intro', { count: p.late, year: p.year })}{' '}
        {p.unknownLanguage > 0 ? t('compliance:late.unknownLanguages', { count: p.unknownLanguage }) : null}
      </p>
      <button type="submit">{t('compliance:late.send', { count: p.late, year: p.year })}</button>
    </form>
  );
}

/** The States a bulk reminder wrote to: in which language, and to whom. */
function sentTable(t: Translate, locale: Locale): TableDefinition<ReminderBatchOutcome['sent'][number]> {
  return {
    columns: [
      {
        key: 'state',
        header: t('compliance:col.state'),
        rowHeader: true,
        cell: (s) => <a href={`/states/${s.iso3}`}>{stateName(locale, s.iso3, s.state)}</a>,
      },
      {
        key: 'language',
        header: t('compliance:col.language'),
        value: (s) =>
          `${languageName(s.locale)}${s.languageKnown ? '' : ` (${t('compliance:late.languageUnknown')})`}`,
      },
      {
        key: 'to',
        header: t('compliance:col.to'),
        value: (s) => s.recipients.map((r) => `${r.name} <${r.email}>`).join(', '),
      },
    ],
  };
}

/** What a bulk reminder did: how many messages, to whom, in which language, and who had no one to write to. */
export function BatchOutcome(p: { t: Translate; locale: Locale; outcome: ReminderBatchOutcome }) {
  const { t, outcome: o } = p;
  return (
    <section id="outcome" class="card" role="status" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t('compliance:outcome.title', { year: o.year })}</h2>
      <p>
        {t('compliance:outcome.queued', { count: o.queued, states: o.sent.length })}{' '}
        {o.noRecipient.length > 0
          ? t('compliance:outcome.noRecipientCount', { count: o.noRecipient.length })
          : null}
      </p>
      <Table
        definition={sentTable(t, p.locale)}
        rows={o.sent}
        locale={p.locale}
        caption={t('compliance:outcome.caption')}
      />
      {o.noRecipient.length > 0 ? (
        <>
          <h3>{t('compliance:outcome.noRecipientTitle')}</h3>
          <p class="hint">{t('compliance:outcome.noRecipientHint')}</p>
          <ul>
            {o.noRecipient.map((s) => (
              <li>
                <a href={`/reports/compliance?year=${o.year}#annual-${s.iso3}`}>
                  {stateName(p.locale, s.iso3, s.state)}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
