import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertToPdf, findCommand, run, skipOfficeCheck } from '../../../../test/office.js';
import { partText, wordText } from '../../../../test/zip.js';
import { type Locale, locales, translator } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
import { type ReminderLetterInput, reminderText, renderReminderDocx } from './letters.js';

const letter = (locale: Locale, over: Partial<ReminderLetterInput> = {}): ReminderLetterInput => ({
  t: translator(locale),
  locale,
  iso3: 'LBN',
  stateName: 'Lebanon',
  year: 2025,
  kind: 'annual',
  dueDate: '2026-04-30',
  today: '2026-11-23',
  baseUrl: 'https://ccm.example.org/',
  ...over,
});

describe('reminderText', () => {
  it('says what is owed, since when, and where to submit it, in the formal register', () => {
    const { subject, body } = reminderText(letter('en'));
    expect(subject).toBe(
      'Convention on Cluster Munitions: annual transparency report of Lebanon covering 2025 (Article 7)',
    );
    expect(
      body.startsWith('Dear Sir or Madam,\n\nOn behalf of the Coordinator on Transparency Measures'),
    ).toBe(true);
    expect(body).toContain('Article 7, paragraph 2');
    expect(body).toContain(
      'covering the calendar year 2025, which was due on 30 April 2026, has not yet been received',
    );
    expect(body).toContain('at your earliest convenience');
    expect(body).toContain('https://ccm.example.org/states/LBN/reports');
    expect(body).toMatch(
      /Yours faithfully,\n\nCoordinator on Transparency Measures\nConvention on Cluster Munitions\n$/,
    );
  });

  it('words a deadline still ahead as upcoming, and a year-only deadline as passed only after that year', () => {
    const ahead = reminderText(letter('en', { today: '2026-04-01' })).body;
    expect(ahead).toContain('is due on 30 April 2026 and has not yet been received');
    expect(ahead).toContain('by that date');
    const initial = reminderText(
      letter('en', { kind: 'initial', dueDate: '2011', today: '2011-12-31' }),
    ).body;
    expect(initial).toContain('Article 7, paragraph 1');
    expect(initial).toContain('the initial report of Lebanon is due on 2011');
    const later = reminderText(letter('en', { kind: 'initial', dueDate: '2011', today: '2012-01-01' })).body;
    expect(later).toContain(
      'the initial report of Lebanon, which was due on 2011, has not yet been received',
    );
  });

  it('is written in each working language, with dates in that language and nothing left untranslated', () => {
    const fr = reminderText(letter('fr'));
    expect(fr.body).toContain('Madame, Monsieur,');
    expect(fr.body).toContain('au plus tard le 30 avril 2026');
    expect(fr.body).toContain(
      "Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.",
    );
    const es = reminderText(letter('es'));
    expect(es.body).toContain('Estimada señora, estimado señor:');
    expect(es.body).toContain('30 de abril de 2026');
    expect(es.subject).toContain('informe anual de transparencia correspondiente a 2025');
    for (const l of locales) {
      for (const kind of ['annual', 'initial'] as const) {
        for (const today of ['2020-01-01', '2027-01-01']) {
          const { subject, body } = reminderText(letter(l, { kind, today }));
          expect(`${subject}\n${body}`).not.toMatch(/compliance:|\{\{|\}\}/);
          expect(body).toContain(stateName(l, 'LBN'));
        }
      }
    }
  });
});

describe('renderReminderDocx', () => {
  const cleanup: Array<() => void> = [];
  afterAll(() => {
    for (const done of cleanup) done();
  });

  it('makes a Word document addressed to the Permanent Mission', async () => {
    const buffer = await renderReminderDocx(letter('en'));
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(buffer.includes(Buffer.from('word/document.xml'))).toBe(true);
  });

  it("names the State in the letter's language, whatever name the registry gives", async () => {
    const fr = wordText(await renderReminderDocx(letter('fr')));
    expect(fr).toContain('Mission permanente : Liban');
    expect(fr).toContain('(Liban, article 7)');
    expect(fr).not.toContain('Lebanon');
    expect(wordText(await renderReminderDocx(letter('es')))).toContain('Misión Permanente: Líbano');
    const bolivia = wordText(await renderReminderDocx(letter('fr', { iso3: 'BOL', stateName: 'Bolivia' })));
    expect(bolivia).toContain('Mission permanente : Bolivie (État plurinational de)');
  });

  it('carries a reference and is tagged with the language it is written in', async () => {
    const fr = await renderReminderDocx(letter('fr'));
    expect(partText(fr, 'word/document.xml')).toContain('Réf. : CCM/ISU/2026/LBN/A7-2025');
    expect(partText(fr, 'word/styles.xml')).toContain('w:lang w:val="fr"');
    const es = await renderReminderDocx(letter('es', { kind: 'initial' }));
    expect(partText(es, 'word/document.xml')).toContain('Ref.: CCM/ISU/2026/LBN/A7-INITIAL');
    expect(partText(es, 'word/styles.xml')).toContain('w:lang w:val="es"');
  });

  it('writes an Arabic letter right to left, in Arabic, and an English one left to right', async () => {
    const defaults = (xml: string) => xml.match(/<w:docDefaults>.*<\/w:docDefaults>/s)?.[0] ?? '';
    const ar = defaults(partText(await renderReminderDocx(letter('ar')), 'word/styles.xml'));
    expect(ar).toMatch(/<w:pPrDefault><w:pPr>.*<w:bidi\/>.*<\/w:pPr><\/w:pPrDefault>/s);
    expect(ar).toMatch(/<w:rPrDefault><w:rPr>.*<w:rtl\/>.*<\/w:rPr><\/w:rPrDefault>/s);
    expect(ar).toContain('<w:lang w:val="ar" w:bidi="ar"/>');
    const en = defaults(partText(await renderReminderDocx(letter('en')), 'word/styles.xml'));
    expect(en).toContain('<w:lang w:val="en"/>');
    expect(en).not.toMatch(/<w:bidi\/>|<w:rtl\/>/);
  });

  // In CI the conversion is an acceptance check: a missing LibreOffice must fail the run, not skip it.
  it.skipIf(skipOfficeCheck)(
    'converts to a one-page PDF with LibreOffice, in each language',
    async () => {
      const docs = [];
      for (const l of locales) {
        // The longer initial-report wording, to check the longest letter still fits one page.
        docs.push({
          name: `reminder-${l}`,
          body: await renderReminderDocx(letter(l, { kind: l === 'en' ? 'annual' : 'initial' })),
        });
      }
      const { pdfs, cleanup: done } = await convertToPdf(docs);
      cleanup.push(done);
      const dir = path.dirname(pdfs[0]!);
      for (const l of locales) {
        const pdf = path.join(dir, `reminder-${l}.pdf`);
        expect(statSync(pdf).size).toBeGreaterThan(2 * 1024);
        expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const pdfinfo = findCommand('pdfinfo');
        if (pdfinfo) {
          const { stdout } = await run(pdfinfo, [pdf], { timeout: 60_000 });
          expect(stdout, `${l}: one page`).toMatch(/^Pages:\s+1$/m);
        }
      }
      const pdftotext = findCommand('pdftotext');
      if (!pdftotext) return;
      const words = async (l: Locale) =>
        (
          await run(pdftotext, [path.join(dir, `reminder-${l}.pdf`), '-'], { timeout: 60_000 })
        ).stdout.replace(/\s+/g, ' ');
      const en = await words('en');
      expect(en).toContain('Coordinator on Transparency Measures · Implementation Support Unit');
      expect(en).toContain('Geneva, 23 November 2026');
      expect(en).toContain('Permanent Mission of Lebanon');
      expect(en).toContain(
        'Subject: Convention on Cluster Munitions: annual transparency report of Lebanon covering 2025',
      );
      expect(en).toContain('Excellency,');
      expect(en).toContain('Please accept, Excellency, the assurances of my highest consideration.');
      const fr = await words('fr');
      expect(fr).toContain('Genève, le 23 novembre 2026');
      expect(fr).toContain('rapport initial de transparence');
      const es = await words('es');
      expect(es).toContain('Ginebra, 23 de noviembre de 2026');
      expect(es).toContain('Excelencia:');
    },
    150_000,
  );
});
