import { describe, expect, it } from 'vitest';
import { locales, translator } from '../../kernel/i18n/index.js';
import { indicatorIds } from './catalogue.js';
import { indicatorKinds, periodTypes, populations, sections } from './model.js';
import { answerText, answerValues, factText, noneReasons, reasonText, unitNames } from './views/labels.js';

/** A key the catalogue lacks comes back as the key itself (or the default given), never as words. */
function missing(locale: (typeof locales)[number], keys: string[]): string[] {
  const t = translator(locale);
  return keys.filter((k) => {
    const text = t(k);
    return typeof text !== 'string' || text.trim() === '' || text === k || text === k.split(':')[1];
  });
}

describe('the Progress Report reads in every language', () => {
  it('has 82 indicators, each with a text in every locale', () => {
    expect(indicatorIds).toHaveLength(82);
    expect(new Set(indicatorIds).size).toBe(82);
    for (const l of locales)
      expect(
        missing(
          l,
          indicatorIds.map((id) => `progress:indicators.${id}`),
        ),
        l,
      ).toEqual([]);
  });

  it('names every section, period type, population, kind, unit and answer in every locale', () => {
    const keys = [
      ...sections.map((s) => `progress:sections.${s}`),
      ...periodTypes.map((p) => `progress:periodTypes.${p}`),
      ...populations.map((p) => `progress:populations.${p}`),
      ...indicatorKinds.map((k) => `progress:kinds.${k}`),
      ...unitNames.map((u) => `progress:units.${u}`),
      ...['report', 'registry', 'meeting', 'ledger', 'none'].map((k) => `progress:basisKinds.${k}`),
      ...noneReasons.map((r) => `progress:reasons.${r}`),
      ...answerValues.map((a) => `progress:answers.${a.replace(/ /g, '_')}`),
    ];
    for (const l of locales) expect(missing(l, keys), l).toEqual([]);
  });

  it('section titles follow seed 004', () => {
    const t = translator('en');
    expect(sections.map((s) => t(`progress:sections.${s}`))).toEqual([
      'Guiding Principles',
      'Gender Mainstreaming',
      'Universalization',
      'Stockpile Destruction and Retention',
      'Survey and Clearance',
      'Risk Education',
      'Victim Assistance',
      'International Cooperation and Assistance',
      'Transparency Measures',
      'National Implementation Measures',
      'Compliance',
    ]);
  });

  it('turns answers, reasons and facts into words, and keeps what it does not know as written', () => {
    const en = translator('en');
    const fr = translator('fr');
    expect(answerText(en, 'not answered')).toBe('Question left unanswered');
    expect(answerText(fr, 'form not filled')).toBe('Formulaire non rempli');
    expect(answerText(en, '2022')).toBe('Report covering 2022');
    expect(answerText(en, 'template 2010')).toBe('Reporting template 2010');
    expect(answerText(en, 'something new')).toBe('something new');
    expect(reasonText(en, 'noReportInWindow')).toBe('No report received in the window.');
    expect(factText(en, 'office:president:woman')).toBe('President; gender: woman');
    expect(factText(en, 'head:not_named')).toBe('Head of delegation; gender: no head named');
    expect(factText(en, 'annual_report_on_time')).toBe('Annual report: received on time');
    expect(factText(en, 'completion_declared')).toBe('Completion declared');
  });
});
