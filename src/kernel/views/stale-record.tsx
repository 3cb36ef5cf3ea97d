import type { Translate } from '../i18n/index.js';
import { fieldsThatDiffer, type StaleRecordError } from '../record-version.js';

/** The hidden field of an edit form: the version of the row the form was filled from. */
export function VersionField({ version }: { version: number }) {
  return <input type="hidden" name="version" value={String(version)} />;
}

export interface StaleChange {
  label: string;
  /** The value now saved, as the form shows it. */
  value: string;
}

/**
 * What a stale save shows above the form: someone saved meanwhile, nothing was written, the person's
 * values are kept, and the fields now saved differently from what they typed, with the saved value.
 */
export function staleChanges(
  stored: Readonly<Record<string, string>>,
  typed: Readonly<Record<string, string>>,
  fields: readonly string[],
  labelOf: (field: string) => string,
): StaleChange[] {
  return fieldsThatDiffer(stored, typed, fields).map((f) => ({ label: labelOf(f), value: stored[f] ?? '' }));
}

export function StaleRecordNotice(p: { t: Translate; changes: StaleChange[]; reloadHref: string }) {
  const { t } = p;
  return (
    <div class="conflict" role="alert">
      <p>{t('errors:staleRecord')}</p>
      {p.changes.length > 0 ? (
        <>
          <p>{t('errors:staleChanges')}</p>
          <ul>
            {p.changes.map((c) => (
              <li>
                <strong>{c.label}</strong>: {c.value === '' ? t('errors:staleEmpty') : c.value}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href={p.reloadHref}>{t('errors:staleReload')}</a>
      </p>
    </div>
  );
}

export type { StaleRecordError };
