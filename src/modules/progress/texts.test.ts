import { describe, expect, it } from 'vitest';
import { locales, translator } from '../../kernel/i18n/index.js';
import { indicatorIds } from './catalogue.js';
import type { Basis, Figure } from './model.js';
import { indicatorKinds, periodTypes, populations, sections } from './model.js';
import {
  answerText,
  answerValues,
  basisHref,
  basisText,
  factText,
  figureText,
  noneReasons,
  reasonText,
  unitNames,
} from './views/labels.js';

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

  it('says where each kind of basis rests, and links it there', () => {
    const en = translator('en');
    const report: Basis = {
      kind: 'report',
      reportId: 7,
      year: 2022,
      version: 2,
      receivedOn: '2023-04-28',
      demonstration: false,
      form: 'I',
      table: 'assistanceProvided',
      row: 3,
    };
    expect(basisHref(report, 'AUS')).toBe('/reports/7/versions/2#row-I-assistanceProvided-3');
    expect(basisText(en, 'en', report)).toBe(
      'Article 7 report for 2022, version 2, received 28 April 2023. Form I: National resources and international cooperation and assistance — Assistance provided to other States — row 3',
    );
    const question: Basis = {
      ...report,
      table: undefined,
      row: undefined,
      form: 'F',
      question: 'annualWorkPlan',
      answer: 'partly',
    };
    expect(basisHref(question, 'LBN')).toBe('/reports/7/versions/2#form-F');
    expect(basisText(en, 'en', question)).toMatch(/Form F: .*: Partly$/);
    const declared: Basis = {
      kind: 'registry',
      article: 4,
      fact: 'completion_declared',
      on: '2023',
      meeting: '11MSP',
    };
    expect(basisHref(declared, 'BIH')).toBe('/states/BIH');
    expect(basisText(en, 'en', declared)).toBe(
      'States registry: Completion declared, Article 4, 2023, at 11MSP',
    );
    const office: Basis = { kind: 'registry', article: null, fact: 'office:president:woman', on: null };
    expect(basisHref(office, 'GBR')).toBe('/meetings/office-holders');
    const owed: Basis = { kind: 'registry', article: 7, fact: 'annual_report_late', on: '2023-05-02' };
    expect(basisHref(owed, 'NGA')).toBe('/states/NGA/reports');
    expect(basisText(en, 'en', owed)).toBe(
      'Article 7 reporting record: Annual report: received late, Article 7, 2 May 2023',
    );
    const head: Basis = { kind: 'meeting', meeting: '10MSP', fact: 'head:woman', on: '2022-08-30' };
    expect(basisHref(head, 'CHE')).toBe('/meetings/10MSP');
    expect(basisText(en, 'en', head)).toBe(
      'Meeting 10MSP: Head of delegation; gender: woman, 30 August 2022',
    );
    const ledger: Basis = { kind: 'ledger', entryId: 12, year: 2022, fact: 'disbursed' };
    expect(basisHref(ledger, null)).toBe('/cooperation/ledger/entries/12');
    const none: Basis = { kind: 'none', reason: 'noReport' };
    expect(basisHref(none, 'CHL')).toBeNull();
    expect(basisText(translator('es'), 'es', none)).toBe(
      'Ningún informe entregado a la fecha de referencia.',
    );
  });

  it('writes a figure as a number, "x of y", two quantities, or unknown — never 0 for unknown', () => {
    const en = translator('en');
    const base: Figure = { value: 14, denominator: 17, unit: 'states', noData: null, evidence: [] };
    expect(figureText(en, 'en', base)).toBe('14 of 17');
    expect(figureText(translator('fr'), 'fr', base)).toBe('14 sur 17');
    expect(figureText(en, 'en', { ...base, denominator: null, value: 1234 })).toBe('1,234');
    expect(
      figureText(en, 'en', {
        ...base,
        value: 199,
        denominator: null,
        parts: [
          { unit: 'munitions', value: 199 },
          { unit: 'submunitions', value: 15539 },
        ],
      }),
    ).toBe('199 cluster munitions / 15,539 submunitions');
    expect(figureText(en, 'en', { ...base, value: null, noData: 'noAnswers' })).toBe('Unknown');
  });
});
