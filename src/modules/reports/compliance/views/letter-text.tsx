import { type Locale, languageName, locales, type Translate } from '../../../../kernel/i18n/index.js';
import type { ReminderKind } from '../rules.js';
import { letterHref } from './parts.js';

export interface LetterTextPageProps {
  /** The reader's translator: the page around the text. */
  t: Translate;
  iso3: string;
  stateName: string;
  year: number;
  kind: ReminderKind;
  /** The language of the reminder itself. */
  lang: Locale;
  subject: string;
  body: string;
}

/**
 * The reminder e-mail as text to copy into one's own mail program, for a State with no focal
 * point registered or a message better sent from a mission's own account. Read-only fields select
 * and copy well without any script.
 */
export function LetterTextPage(p: LetterTextPageProps) {
  const { t } = p;
  const q = { year: p.year, kind: p.kind };
  return (
    <section>
      <h1>{t('compliance:text.title', { state: p.stateName })}</h1>
      <p>{t('compliance:text.intro')}</p>
      <p>
        {t('compliance:text.languages')}:{' '}
        {locales
          .filter((l) => l !== p.lang)
          .map((l) => (
            <>
              <a href={letterHref(p.iso3, { ...q, lang: l }, 'text')} hreflang={l} lang={l}>
                {languageName(l)}
              </a>{' '}
            </>
          ))}
      </p>
      <div class="field">
        <label for="reminder-subject">{t('compliance:text.subject')}</label>
        <textarea id="reminder-subject" readonly rows={2} lang={p.lang} dir="auto">
          {p.subject}
        </textarea>
      </div>
      <div class="field">
        <label for="reminder-body">{t('compliance:text.body')}</label>
        <textarea id="reminder-body" readonly rows={24} lang={p.lang} dir="auto">
          {p.body}
        </textarea>
      </div>
      <p class="downloads">
        <a href={letterHref(p.iso3, { ...q, lang: p.lang }, 'docx')}>{t('compliance:actions.letter')}</a>
        <a href={`/reports/compliance?year=${p.year}#${p.kind}-${p.iso3}`}>{t('compliance:text.back')}</a>
      </p>
    </section>
  );
}
