import { formatDate, type Locale, locales, type Translate } from '../../../../kernel/i18n/index.js';
import { SelectField } from '../../../../kernel/views/fields.js';
import type { ComplianceStatus, ReminderKind } from '../rules.js';

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
              {t(`common:language.${l}`)}
            </a>{' '}
          </>
        ))}
        ·{' '}
        <a href={letterHref(p.iso3, { year: p.year, kind: p.kind, lang: p.locale }, 'text')}>
          {t('compliance:actions.mailText')}
        </a>
      </p>
      <form method="post" action="/reports/compliance/reminders" class="filters">
        <input type="hidden" name="iso3" value={p.iso3} />
        <input type="hidden" name="year" value={String(p.year)} />
        <input type="hidden" name="kind" value={p.kind} />
        <SelectField
          id={`lang-${id}`}
          name="locale"
          label={t('compliance:actions.language')}
          value={p.locale}
          options={locales.map((l) => ({ value: l, label: t(`common:language.${l}`) }))}
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
