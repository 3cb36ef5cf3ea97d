import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import type { ExtensionRequestView, SourceRow } from '../queries.js';

/** Article 3's figures of stocks: held at entry into force, destroyed and remaining. */
const stockFigures = [
  'munitionsAtEntryIntoForce',
  'submunitionsAtEntryIntoForce',
  'munitionsDestroyed',
  'submunitionsDestroyed',
  'munitionsRemaining',
  'submunitionsRemaining',
];

/** Article 4's figures of contaminated area: at entry into force, found since, cleared and remaining. */
const areaFigures = ['areaAtEntryIntoForce', 'areaFoundSince', 'areaCleared', 'areaRemaining'];

/** The elements each article requires, in the Convention's order (Art 3(4)(a)–(f), Art 4(6)(a)–(i)). */
export const elementFields: Record<3 | 4, string[]> = {
  3: [
    'durationYears',
    'reasons',
    'meansAvailable',
    'meansRequired',
    'workPlanned',
    ...stockFigures,
    'annualRate',
    'nationalResources',
    'assistanceReceived',
    'statedNeeds',
    'otherInformation',
  ],
  4: [
    'durationYears',
    'reasons',
    'meansAvailable',
    'meansRequired',
    'workDone',
    'workPlanned',
    ...areaFigures,
    'annualRate',
    'impediments',
    'implications',
    'nationalResources',
    'assistanceReceived',
    'statedNeeds',
    'otherInformation',
  ],
};

const numeric = new Set([...areaFigures, ...stockFigures, 'annualRate']);

/** Where a pre-filled value came from, in words; and whether the writers changed it since. */
export function sourceText(s: SourceRow, current: unknown, t: Translate): string {
  const where =
    s.basis === 'register'
      ? t('extensions:source.register')
      : s.basis === 'ledger'
        ? t('extensions:source.ledger')
        : s.basis === 'projection'
          ? t('extensions:source.projection')
          : t('extensions:source.report', {
              year: s.reportYear ?? '',
              version: s.reportVersion ?? '',
              form: s.form ?? '',
              rows: s.rows ? t('extensions:source.rows', { rows: s.rows }) : t('extensions:source.field'),
            }) + (s.basis && !['row', 'field'].includes(s.basis) ? ` (${s.basis})` : '');
  const changed = String(current ?? '') !== String(s.prefilledValue ?? '');
  return `${t('extensions:source.prefilled', { where })}${changed ? ` ${t('extensions:source.changed')}` : ''}`;
}

export interface Element {
  field: string;
  label: string;
  value: string | null;
  source: string | null;
  sourceRow: SourceRow | null;
}

export function elementsOf(r: ExtensionRequestView, t: Translate, locale: Locale): Element[] {
  return elementFields[r.article].map((field) => {
    const raw = (r as unknown as Record<string, unknown>)[field];
    let value: string | null = null;
    if (raw !== null && raw !== undefined) {
      if (field === 'durationYears')
        value = t('extensions:durationValue', {
          years: raw as number,
          deadline: r.requestedDeadline ? formatDate(locale, r.requestedDeadline) : t('extensions:unknown'),
        });
      else if (numeric.has(field)) value = formatNumber(locale, raw as number);
      else value = String(raw);
    }
    const s = r.sources.find((x) => x.field === field) ?? null;
    return {
      field,
      label: t(`extensions:element${r.article}.${field}`),
      value,
      source: s ? sourceText(s, raw, t) : null,
      sourceRow: s,
    };
  });
}
