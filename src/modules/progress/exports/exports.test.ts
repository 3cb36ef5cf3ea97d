import { readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ctxFor, makeUser, signIn, TEST_NOW, testApp } from '../../../../test/app.js';
import { engines, freshDatabase } from '../../../../test/db.js';
import { convertToPdf, findCommand, run, skipOfficeCheck } from '../../../../test/office.js';
import { contentOf, partText, readZipParts, wordText } from '../../../../test/zip.js';
import { loadConfig } from '../../../config.js';
import type { Database, Db } from '../../../db/client.js';
import { isoDay } from '../../../kernel/clock.js';
import { formatDate, translator } from '../../../kernel/i18n/index.js';
import { compareText, stateName } from '../../../kernel/i18n/state-names.js';
import { getMeeting, type MeetingView, seedCalendar } from '../../calendar/index.js';
import { ensureDemoData } from '../../cooperation/index.js';
import { indicatorIds } from '../catalogue.js';
import type { ProgressReportData } from '../compute.js';
import type { JudgedReport } from '../judgement/apply.js';
import { overrideFigure } from '../judgement/override-figure.js';
import { judgedProgressReport } from '../judgement/queries.js';
import { sections } from '../model.js';
import { agreeParagraph } from '../narrative/agree-paragraph.js';
import { assembleContent } from '../narrative/content.js';
import { writeParagraph } from '../narrative/write-paragraph.js';
import { writeQuestions } from '../narrative/write-questions.js';
import { progressReportFor } from '../queries.js';
import { meetingDates, meetingHeading, renderProgressDocx } from './docx.js';
import { DOCX_TYPE, progressExportRoutes, XLSX_TYPE } from './routes.js';
import { countedList, countText, indicatorText, noDataText, sectionTitle } from './text.js';
import { EVIDENCE_SHEET, FIGURES_SHEET, renderProgressXlsx } from './xlsx.js';

const t = translator('en');
const GENERATED_ON = '2026-12-01';

/** The text of the PDF, as poppler's pdftotext reads it (.ci/run installs poppler-utils). */
async function pdfText(pdf: string): Promise<string> {
  const pdftotext = findCommand('pdftotext');
  if (!pdftotext) throw new Error('pdftotext (poppler-utils) is required to read the PDF LibreOffice makes');
  return (await run(pdftotext, ['-enc', 'UTF-8', pdf, '-'], { timeout: 60_000 })).stdout;
}

describe('the progressExports catalogue', () => {
  // Keys built at run time escape the kernel's scan of literal keys: these are checked here.
  it('has the words of every unit, list sentence and reason a file can name', () => {
    const keys = [
      ...['states', 'persons', 'delegations', 'requests', 'munitions', 'submunitions', 'cases'].map(
        (u) => `progressExports:units.${u}`,
      ),
      ...['states', 'statesNotParty', 'delegations', 'other', 'requests', 'quantities'].map(
        (n) => `progressExports:docx.counted.${n}`,
      ),
      ...['noReportInWindow', 'noReport', 'receivedDateUnknown', 'notReceivedByCensus'].map(
        (r) => `progressExports:basisNone.${r}`,
      ),
      ...['meeting', 'from', 'to', 'census', 'generated', 'demonstration'].map(
        (k) => `progressExports:xlsx.about.${k}`,
      ),
    ];
    for (const locale of ['en', 'fr', 'es'] as const) {
      const tr = translator(locale);
      expect(keys.filter((k) => tr(k) === k.slice(k.indexOf(':') + 1))).toEqual([]);
    }
  });
});

describe('text of figures', () => {
  it('prints counts as seed 004 does: two digits below ten', () => {
    expect([0, 7, 10, 237, 15539].map((n) => countText('en', n))).toEqual([
      '00',
      '07',
      '10',
      '237',
      '15,539',
    ]);
  });

  it('lists the units counted by name, with each one’s share of a sum', () => {
    const list = countedList('en', [
      { label: 'Slovakia', amount: 1200 },
      { label: 'Belgium', amount: 30 },
    ]);
    expect(list).toEqual(['Belgium (30)', 'Slovakia (1,200)']);
  });

  it('gives a meeting’s days as one range', () => {
    expect(meetingDates('en', '2023-09-11', '2023-09-14')).toBe('11–14 September 2023');
    expect(meetingDates('en', '2022-08-30', '2022-09-02')).toBe('30 August – 2 September 2022');
    expect(meetingDates('fr', '2023-09-11', '2023-09-14')).toBe('11–14 septembre 2023');
    expect(meetingDates('en', '2023-02', null)).toBe('February 2023');
    expect(meetingDates('en', null, null)).toBe('');
  });
});

for (const engine of engines) {
  describe(`the 11MSP Progress Report as files (${engine})`, () => {
    let database: Database;
    let db: Db;
    let data: ProgressReportData;
    let judged: JudgedReport;
    let meeting: MeetingView;
    let docx: Buffer;
    const cleanup: Array<() => void> = [];

    beforeAll(async () => {
      database = await freshDatabase(engine);
      db = database.db as Db;
      await seedCalendar(db);
      await ensureDemoData(db, new Date('2026-12-01T00:00:00Z'));
      data = await progressReportFor(db, '11MSP');
      meeting = await getMeeting(db, '11MSP');
      judged = await judgedProgressReport(db, '11MSP');
      docx = await renderProgressDocx({
        data: judged,
        paragraphs: [],
        meeting: meetingHeading(meeting),
        t,
        locale: 'en',
        generatedOn: GENERATED_ON,
      });
    }, 180_000);
    afterAll(async () => {
      for (const done of cleanup) done();
      await database?.close();
    });

    it('rests on demonstration data, and all 82 indicators', () => {
      expect(data.includesDemonstrationData).toBe(true);
      expect(data.indicators.map((i) => i.id)).toEqual([...indicatorIds]);
      expect(data.indicators.length).toBe(82);
    });

    describe('the Word document', () => {
      it('is a Word package marked as demonstration data in its properties, header and first paragraphs', () => {
        expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
        const core = partText(docx, 'docProps/core.xml');
        expect(core).toContain(t('common:demo.badge'));
        expect(partText(docx, 'docProps/custom.xml')).toContain('includesDemonstrationData');
        const headers = readZipParts(docx)
          .filter((p) => /^word\/header\d*\.xml$/.test(p.name))
          .map((p) => contentOf(p).toString('utf8'))
          .join('');
        expect(headers).toContain(t('common:demo.badge'));
        const text = wordText(docx);
        // The notice comes before the introduction: no figure is read before it.
        const notice = text.indexOf(t('common:demo.figures'));
        expect(notice).toBeGreaterThan(0);
        expect(notice).toBeLessThan(text.indexOf(t('progressExports:docx.introduction')));
      });

      it('has the heading block of seed 004 from the calendar, and no symbol the calendar does not record', () => {
        const text = wordText(docx);
        expect(text).toContain(t('progressExports:docx.convention'));
        expect(text).toContain(formatDate('en', GENERATED_ON));
        expect(text).toContain('Original: English');
        expect(text).toContain('Eleventh Meeting of States Parties');
        expect(text).toContain('Geneva, Palais des Nations, 11–14 September 2023');
        expect(text).toContain(
          'Convention on Cluster Munitions 11MSP Progress Report: Monitoring progress in implementing the Lausanne Action Plan',
        );
        // 11MSP: the calendar lists the Progress Report among its documents, with no symbol.
        expect(meetingHeading(meeting).symbol).toBeNull();
        expect(text).not.toMatch(/CCM\/MSP\/2023\/\d/);
        expect(text).toContain('It covers the period from 1 July 2022 to 30 June 2023.');
        expect(text).toContain('as they stood on 30 June 2023, the census date');
      });

      it('prints a symbol the calendar records for the Progress Report', async () => {
        const withSymbol = meetingHeading({
          ...meeting,
          documents: [
            ...meeting.documents,
            { symbol: 'CCM/MSP/2023/6', title: '11MSP Progress Report', href: null },
          ],
        });
        expect(withSymbol.symbol).toBe('CCM/MSP/2023/6');
        const doc = await renderProgressDocx({
          data: judged,
          paragraphs: [],
          meeting: withSymbol,
          t,
          locale: 'en',
          generatedOn: GENERATED_ON,
        });
        expect(wordText(doc)).toContain('CCM/MSP/2023/6');
      });

      it('has a results table per area, a row per action, and unknown figures as unknown with the reason', () => {
        const xml = partText(docx, 'word/document.xml') ?? '';
        expect(xml.match(/<w:tbl>/g)?.length).toBe(sections.length);
        const text = wordText(docx);
        const actions = new Set(data.indicators.map((i) => i.action));
        for (const a of actions) expect(text).toContain(`Action ${a}`);
        // The indicators in their tables, and the summary's figures under the Summary heading.
        expect(text).toContain(t('progressExports:docx.summary'));
        for (const ind of [...data.indicators, ...data.summary]) {
          expect(text).toContain(`(${ind.id})`);
          const words = indicatorText(t, ind.id);
          if (ind.computed.value === null) {
            expect(text).toContain(
              `${t('progressExports:unknown')} – ${words} (${ind.id})${noDataText(t, ind.computed)}`,
            );
            expect(text).not.toContain(`00 ${words} (${ind.id})`);
          }
        }
        const unknown = [...data.indicators, ...data.summary].filter((i) => i.computed.value === null).length;
        expect(unknown).toBeGreaterThan(0);
        expect(text.split(`${t('progressExports:unknown')} – `).length - 1).toBe(unknown);
      });

      it('names the States behind each counted figure in numbered paragraphs', () => {
        const text = wordText(docx);
        const counted = data.indicators.filter(
          (i) => i.computed.value !== null && i.computed.evidence.some((e) => e.counted),
        );
        expect(counted.length).toBeGreaterThan(0);
        for (const ind of counted) {
          const ref = t('progressExports:docx.figureRef', { action: ind.action, id: ind.id });
          expect(text).toContain(`${ref}:`);
          for (const name of countedList(
            'en',
            ind.computed.evidence.filter((e) => e.counted),
          ))
            expect(text).toContain(name);
        }
        // Numbered from the introduction on, as the UN numbers paragraphs: 4 of the introduction, then one per figure.
        const xml = partText(docx, 'word/document.xml');
        expect(xml).toContain(`<w:t xml:space="preserve">${4 + counted.length}.</w:t>`);
      });

      it('renders in French with the French words', async () => {
        const fr = translator('fr');
        const doc = await renderProgressDocx({
          data: judged,
          paragraphs: [],
          meeting: meetingHeading(meeting),
          t: fr,
          locale: 'fr',
          generatedOn: GENERATED_ON,
        });
        const text = wordText(doc);
        expect(text).toContain('Original : français');
        expect(text).toContain('du 1 juillet 2022 au 30 juin 2023');
        expect(text).toContain(fr('progressExports:docx.colResults'));
      });

      it('writes the generated lists in French: the States by their French names, in French order', async () => {
        const fr = translator('fr');
        const doc = await renderProgressDocx({
          data: judged,
          paragraphs: assembleContent(judged, []).paragraphs,
          meeting: meetingHeading(meeting),
          t: fr,
          locale: 'fr',
          generatedOn: GENERATED_ON,
        });
        const text = wordText(doc);
        const providers = judged.indicators
          .find((i) => i.id === 'LAP40')!
          .computed.evidence.filter(
            (e) =>
              e.iso3 && e.bases.some((b) => b.kind === 'report' && b.table === 'assistanceProvided' && b.row),
          )
          .map((e) => e.iso3!);
        const from = text.indexOf('ont indiqué avoir fourni une assistance');
        expect(from).toBeGreaterThan(0);
        const sentence = text.slice(from, text.indexOf('.', text.indexOf(':', from)) + 1);
        const names = providers.map((iso3) => stateName('fr', iso3)).sort(compareText('fr'));
        expect(sentence).toContain(new Intl.ListFormat('fr', { type: 'conjunction' }).format(names));
        for (const iso3 of providers)
          if (stateName('en', iso3) !== stateName('fr', iso3))
            expect(sentence).not.toContain(stateName('en', iso3));
      });

      // In CI the conversion is an acceptance check: a missing LibreOffice must fail the run, not skip it.
      it.skipIf(skipOfficeCheck)(
        'converts to PDF with LibreOffice, with every area, its table and the demonstration notice',
        async () => {
          const { pdfs, cleanup: done } = await convertToPdf([{ name: 'progress', body: docx }]);
          cleanup.push(done);
          const pdf = pdfs[0]!;
          expect(statSync(pdf).size).toBeGreaterThan(20 * 1024);
          expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

          const words = (await pdfText(pdf)).replace(/\s+/g, ' ');
          for (const section of sections)
            expect(words).toContain(
              t('progressExports:docx.section', { letter: section, title: sectionTitle(t, section) }),
            );
          expect(words.split(t('progressExports:docx.colAction')).length - 1).toBeGreaterThanOrEqual(
            sections.length,
          );
          expect(words).toContain(t('progressExports:docx.colResults'));
          for (const a of new Set(data.indicators.map((i) => i.action)))
            expect(words).toContain(`Action ${a}`);
          // Every row of every table made it onto a page.
          for (const ind of data.indicators) expect(words).toContain(`(${ind.id})`);
          expect(words).toContain(t('common:demo.badge'));
          expect(words).toContain(t('progressExports:docx.introduction'));
          // Page numbers exist only once the pages are laid out: in the PDF, not in the text LibreOffice reads back.
          expect(words).toMatch(/Page 1 of \d+/);
        },
        150_000,
      );
    });

    describe('the workbook', () => {
      let workbook: ExcelJS.Workbook;
      beforeAll(async () => {
        workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(
          (await renderProgressXlsx({ data, t, generatedOn: GENERATED_ON })) as unknown as ArrayBuffer,
        );
      });

      const header = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);

      it('titles every column in words from the catalogue', () => {
        for (const name of [FIGURES_SHEET, EVIDENCE_SHEET]) {
          const titles = header(workbook.getWorksheet(name)!).map(String);
          expect(titles.length).toBeGreaterThan(10);
          // A missing key would come back as the key itself.
          expect(titles.filter((h) => h.startsWith('xlsx.'))).toEqual([]);
        }
      });
      const column = (sheet: ExcelJS.Worksheet, key: string, ns: 'figures' | 'evidence') => {
        const at = header(sheet).indexOf(t(`progressExports:xlsx.${ns}.${key}`));
        expect(at, key).toBeGreaterThanOrEqual(0);
        return at + 1;
      };

      it('has one typed row per indicator on Figures: a number, or empty with the reason', () => {
        const sheet = workbook.getWorksheet(FIGURES_SHEET)!;
        expect(sheet.rowCount).toBe(1 + 82);
        const id = column(sheet, 'id', 'figures');
        const value = column(sheet, 'value', 'figures');
        const reason = column(sheet, 'reason', 'figures');
        const denominator = column(sheet, 'denominator', 'figures');
        const action = column(sheet, 'action', 'figures');
        data.indicators.forEach((ind, i) => {
          const row = sheet.getRow(i + 2);
          expect(row.getCell(id).value).toBe(ind.id);
          expect(row.getCell(action).value).toBe(ind.action);
          const v = row.getCell(value);
          if (ind.computed.value === null) {
            expect(v.value).toBeNull();
            expect(row.getCell(reason).value).toBe(noDataText(t, ind.computed));
            expect(String(row.getCell(reason).value)).not.toBe('');
          } else {
            expect(v.type).toBe(ExcelJS.ValueType.Number);
            expect(v.value).toBe(ind.computed.value);
          }
          // The reason is given wherever the figure names one (a value resting on no answers names one too).
          expect(row.getCell(reason).value).toBe(ind.computed.noData ? noDataText(t, ind.computed) : null);
          expect(row.getCell(denominator).value).toBe(ind.computed.denominator);
        });
      });

      it('has one row per indicator, State and basis on Evidence, with booleans, numbers and dates', () => {
        const sheet = workbook.getWorksheet(EVIDENCE_SHEET)!;
        const expected = data.indicators.reduce(
          (n, ind) => n + ind.computed.evidence.reduce((m, e) => m + Math.max(1, e.bases.length), 0),
          0,
        );
        expect(expected).toBeGreaterThan(100);
        expect(sheet.rowCount).toBe(1 + expected);
        const counted = column(sheet, 'counted', 'evidence');
        const demo = column(sheet, 'demonstration', 'evidence');
        const reportId = column(sheet, 'reportId', 'evidence');
        const factOn = column(sheet, 'factOn', 'evidence');
        const receivedOn = column(sheet, 'receivedOn', 'evidence');
        let demonstrationRows = 0;
        let dates = 0;
        for (let r = 2; r <= sheet.rowCount; r++) {
          const row = sheet.getRow(r);
          expect(typeof row.getCell(counted).value).toBe('boolean');
          expect(typeof row.getCell(demo).value).toBe('boolean');
          if (row.getCell(demo).value === true) demonstrationRows++;
          const id = row.getCell(reportId).value;
          if (id !== null) {
            expect(typeof id).toBe('number');
            // Every report of the demonstration data is one: its assumed day of receipt is not given.
            expect(row.getCell(demo).value).toBe(true);
            expect(row.getCell(receivedOn).value).toBeNull();
          }
          const on = row.getCell(factOn).value;
          if (on instanceof Date) dates++;
          else if (on !== null) expect(String(on)).toMatch(/^\d{4}(-\d{2})?$/);
        }
        expect(demonstrationRows).toBeGreaterThan(0);
        expect(dates).toBeGreaterThan(0);
      });

      it('says on its first sheet what it covers and that it holds demonstration data', () => {
        const about = workbook.worksheets[0]!;
        const values = new Map<string, unknown>();
        about.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
        expect(values.get(t('progressExports:xlsx.about.meeting'))).toBe('11MSP');
        expect(values.get(t('progressExports:xlsx.about.census'))).toEqual(new Date('2023-06-30T00:00:00Z'));
        expect(values.get(t('progressExports:xlsx.about.demonstration'))).toBe(true);
        expect([...values.keys()].some((k) => k.startsWith(t('common:demo.badge')))).toBe(true);
        expect(workbook.subject).toBe(t('common:demo.badge'));
      });
    });

    describe('the routes', () => {
      const app = () => {
        const config = loadConfig({ NODE_ENV: 'test', BASE_URL: 'http://localhost:3000' });
        const outer = testApp(database);
        // Mounted as the progress module's page routes will mount it, behind the app's middleware and error pages.
        outer.route('/', progressExportRoutes({ database, config, now: () => TEST_NOW }));
        return outer;
      };

      it('send the Word document and the workbook with their types and file names', async () => {
        const a = app();
        const word = await a.request('/progress/11MSP/report.docx');
        expect(word.status).toBe(200);
        expect(word.headers.get('content-type')).toBe(DOCX_TYPE);
        expect(word.headers.get('content-disposition')).toBe(
          'attachment; filename="11MSP-progress-report-en.docx"',
        );
        const body = Buffer.from(await word.arrayBuffer());
        expect(wordText(body)).toContain(formatDate('en', isoDay(TEST_NOW)));

        const book = await a.request('/progress/11MSP/figures.xlsx', { headers: { cookie: 'lang=fr' } });
        expect(book.status).toBe(200);
        expect(book.headers.get('content-type')).toBe(XLSX_TYPE);
        expect(book.headers.get('content-disposition')).toBe(
          'attachment; filename="11MSP-progress-figures-fr.xlsx"',
        );
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await book.arrayBuffer()) as ArrayBuffer);
        expect(wb.getWorksheet(FIGURES_SHEET)!.getRow(1).getCell(1).value).toBe(
          translator('fr')('progressExports:xlsx.figures.id'),
        );
      });

      it('carry the agreed texts, the questions and an agreed figure with its reason; a draft text only to those who write it', async () => {
        const isu = await makeUser(db, { role: 'isu' });
        const ctx = ctxFor(db, isu);
        await writeParagraph(ctx, {
          meeting: '11MSP',
          section: 'C',
          key: 'outreach',
          text: 'Agreed outreach words.',
          revision: 0,
        });
        await agreeParagraph(ctx, { meeting: '11MSP', section: 'C', key: 'outreach', revision: 1 });
        await writeParagraph(ctx, {
          meeting: '11MSP',
          section: 'G',
          key: 'services',
          text: 'Unagreed services words.',
          revision: 0,
        });
        await writeQuestions(ctx, {
          meeting: '11MSP',
          section: 'H',
          text: 'First question?\nSecond question?',
          revision: 0,
        });
        await overrideFigure(ctx, {
          meeting: '11MSP',
          indicatorId: 'LAP40',
          value: 41,
          reason: 'Counted with the late reports',
        });

        const a = app();
        const publicText = wordText(
          Buffer.from(await (await a.request('/progress/11MSP/report.docx')).arrayBuffer()),
        );
        expect(publicText).toContain('Agreed outreach words.');
        expect(publicText).not.toContain('Unagreed services words.');
        expect(publicText).not.toContain('First question?');
        expect(publicText).toContain(
          t('progressExports:docx.agreed', { computed: '', reason: 'Counted with the late reports' }).split(
            '; ',
          )[0],
        );
        expect(publicText).toContain('Counted with the late reports');

        const cookie = await signIn(a, isu.email);
        const isuText = wordText(
          Buffer.from(
            await (await a.request('/progress/11MSP/report.docx', { headers: { cookie } })).arrayBuffer(),
          ),
        );
        expect(isuText).toContain(`${t('progressExports:docx.draftText')} Unagreed services words.`);
        expect(isuText).toContain(t('progressExports:docx.questions'));
        expect(isuText).toContain('Second question?');
        // Every page says the document is a draft.
        const word = Buffer.from(await (await a.request('/progress/11MSP/report.docx')).arrayBuffer());
        const headers = readZipParts(word)
          .filter((p) => /^word\/header\d*\.xml$/.test(p.name))
          .map((p) => contentOf(p).toString('utf8'))
          .join('');
        expect(headers).toContain(t('progressExports:docx.draftMark'));
      });

      it('answer 404, never 5xx, for a meeting that does not exist or has no reporting window', async () => {
        const a = app();
        for (const path of [
          '/progress/NOPE/report.docx',
          '/progress/NOPE/figures.xlsx',
          '/progress/ICA-2017-11-24/report.docx',
          '/progress/ICA-2017-11-24/figures.xlsx',
          `/progress/${'X'.repeat(500)}/report.docx`,
          '/progress/11MSP%27--/report.docx',
        ]) {
          const res = await a.request(path);
          expect(res.status, path).toBe(404);
        }
        // Not a meeting code at all: refused before any route runs.
        const res = await a.request('/progress/%00/figures.xlsx');
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      });
    });
  });
}
