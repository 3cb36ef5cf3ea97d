import { readFileSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { convertToPdf, findCommand, run, skipOfficeCheck } from '../../../../test/office.js';
import { partsText, partText } from '../../../../test/zip.js';
import { translator } from '../../../kernel/i18n/index.js';
import { channels, reportKinds, versionStatuses } from '../lifecycle.js';
import { emptyContent } from '../template/content.js';
import { templateText } from '../template/labels.js';
import { templates } from '../template/registry.js';
import { template2010 } from '../template/template-2010.js';
import { template2010Lap } from '../template/template-2010-lap.js';
import type { ReportContent, TemplateDef } from '../template/types.js';
import { renderReportDocx } from './docx.js';

const t = translator('en');
const template = template2010;

/** Some forms filled (every kind of value), the others left empty so "No entries" shows. */
function someContent(def: TemplateDef = template): ReportContent {
  const content = emptyContent(def);
  const forms = content.forms;
  Object.assign(forms.cover!.values, {
    reportingPeriodFrom: '2024-01-01',
    reportingPeriodTo: '2024-12-31',
    submissionDate: '2025-04-30',
    contacts: [
      {
        name: 'Ana Pérez',
        organisation: 'Ministry of Foreign Affairs',
        position: 'Desk officer',
        phone: '+961 1 000 000',
        email: 'focal.point@example.org',
      },
    ],
    remarks: 'First line\nSecond line',
  });
  forms.A!.status = 'changed';
  Object.assign(forms.A!.values, { disseminatedToArmedForces: 'partly', allMeasuresAdopted: 'yes' });
  forms.B!.status = 'not_applicable';
  forms.F!.status = 'changed';
  Object.assign(forms.F!.values, {
    totalRemainingArea: 1234567.5,
    contaminatedAreas: [
      {
        location: 'South',
        area: 25000,
        remnantTypes: 'M42, M77',
        estimatedQuantity: 1200,
        dateOfUse: '2006',
      },
    ],
  });
  forms.I!.status = 'unchanged';
  forms.I!.values.assistanceProvided = [
    {
      recipient: 'LBN',
      area: 'art4',
      type: 'financial',
      amount: 150000,
      currency: 'EUR',
      channel: 'Through an NGO',
      year: 2024,
      inResponseToRequest: 'yes',
    },
  ];
  // The supplement's own questions, and one of the 2010 questions it words more narrowly.
  if (def.supplement) {
    forms.J!.status = 'changed';
    Object.assign(forms.J!.values, {
      implementationInNationalPlans: 'yes',
      genderDiversityInPlans: 'partly',
    });
    Object.assign(forms.F!.values, { comprehensiveStrategy: 'no', genderDiversityIntegrated: 'yes' });
  }
  return content;
}

const options = {
  template,
  content: someContent(),
  t,
  locale: 'en' as const,
  stateName: 'Lebanon',
  iso3: 'LBN',
  year: 2024,
  kind: 'annual',
  versionNumber: 2,
  status: 'submitted',
  submittedAt: new Date(Date.UTC(2025, 3, 30, 9, 30)),
  channel: 'online',
};

describe('the reportExports catalogue', () => {
  // The kernel's catalogue test scans a fixed list of namespaces; this one checks ours.
  it('has every key the exports use', () => {
    const used = new Set<string>();
    for (const file of ['docx.ts', 'xlsx.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      for (const m of source.matchAll(/reportExports:[\w.]+/g)) if (!m[0].endsWith('.')) used.add(m[0]);
    }
    for (const k of reportKinds) used.add(`reportExports:kind.${k}`);
    for (const s of versionStatuses) used.add(`reportExports:versionStatus.${s}`);
    for (const c of channels) used.add(`reportExports:channel.${c}`);
    for (const step of ['offline', 'sheets', 'keys', 'answers', 'tables', 'upload'])
      used.add(`reportExports:xlsx.instructions.${step}`);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => t(k) === k.slice(k.indexOf(':') + 1))).toEqual([]);
  });
});

const cleanup: Array<() => void> = [];
afterAll(() => {
  for (const done of cleanup) done();
});

describe('renderReportDocx', () => {
  it('makes a Word document (a zip package)', async () => {
    const buffer = await renderReportDocx(options);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(buffer.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(buffer.length).toBeGreaterThan(5000);
  });

  it('writes answers as the report page does: options and yes/no in words, years ungrouped, dates in the reader’s style', async () => {
    const words = [
      ...partText(await renderReportDocx(options), 'word/document.xml').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g),
    ].map((m) => m[1]);
    const text = templateText(t, template);
    const option = (form: string, table: string, column: string, value: string) =>
      text.label('forms', form, 'fields', table, 'columns', column, 'options', value);
    // Form A's answers "partly" and "yes", and Form I's row: its area and type by name, in response to a request.
    expect(words).toEqual(expect.arrayContaining(['Partly', 'Yes']));
    expect(words).toContain(option('I', 'assistanceProvided', 'area', 'art4'));
    expect(words).toContain(option('I', 'assistanceProvided', 'type', 'financial'));
    expect(words).toContain('2024');
    expect(words).toContain('30 April 2025');
    expect(words).not.toContain('art4');
    expect(words).not.toContain('partly');
  });

  it('lays an Arabic report out right to left: every table starts on the right, dates in Arabic', async () => {
    const ar = await renderReportDocx({ ...options, t: translator('ar'), locale: 'ar' });
    const xml = partText(ar, 'word/document.xml');
    const tables = xml.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(3);
    expect(xml.match(/<w:bidiVisual\/>/g)?.length).toBe(tables);
    expect(xml).toContain('30 أبريل 2025');
    expect(partText(ar, 'word/styles.xml')).toContain('<w:lang w:val="ar" w:bidi="ar"/>');
    expect(partText(await renderReportDocx(options), 'word/document.xml')).not.toContain('<w:bidiVisual/>');
  });

  it('renders an empty report and an unsubmitted draft without failing', async () => {
    const buffer = await renderReportDocx({
      ...options,
      content: emptyContent(template),
      status: 'draft',
      submittedAt: null,
      channel: null,
    });
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('marks a draft on every page, and gives the day a report keyed in by the ISU was received', async () => {
    const draft = await renderReportDocx({ ...options, status: 'draft', submittedAt: null, channel: null });
    expect(partsText(draft, /^word\/header\d*\.xml$/)).toContain('DRAFT — not submitted');
    const keyed = await renderReportDocx({ ...options, channel: 'email', receivedOn: '2025-05-12' });
    expect(partsText(keyed, /^word\/header\d*\.xml$/)).not.toContain('DRAFT');
    const body = partText(keyed, 'word/document.xml') ?? '';
    expect(body).toContain('Received by the Convention on');
    expect(body).toContain('12 May 2025');
    // A demonstration report's received date is assumed: the document does not state it.
    const demo = partText(
      await renderReportDocx({ ...options, channel: 'email', receivedOn: '2025-05-12', demonstration: true }),
      'word/document.xml',
    );
    expect(demo).not.toContain('12 May 2025');
  });

  // In CI the conversion is an acceptance check: a missing LibreOffice must fail the run, not skip it.
  it.skipIf(skipOfficeCheck)(
    'converts to PDF with LibreOffice, with every form in it, for every template version',
    async () => {
      const { pdfs, cleanup: done } = await convertToPdf(
        await Promise.all(
          templates.map(async (def) => ({
            name: `report-${def.id}`,
            body: await renderReportDocx({ ...options, template: def, content: someContent(def) }),
          })),
        ),
      );
      cleanup.push(() => done());
      const pdftotext = findCommand('pdftotext');
      for (const [i, def] of templates.entries()) {
        const pdf = pdfs[i]!;
        expect(statSync(pdf).size).toBeGreaterThan(5 * 1024);
        expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        if (!pdftotext) continue;
        const { stdout } = await run(pdftotext, [pdf, '-'], { timeout: 60_000 });
        const words = stdout.replace(/\s+/g, ' ');
        const text = templateText(t, def);
        for (const form of def.forms) expect(words).toContain(text.label('forms', form.code, 'title'));
        expect(words).toContain(text.reference());
        expect(words).toContain(t('reportExports:docx.noEntries'));
        expect(words).toContain('Ana Pérez');
        expect(words).toContain('1,234,567.5 m²');
        expect(words).toContain('30 April 2025');
        expect(words).toMatch(/Page 1 of \d+/);
        // The platform's questions say whose they are; the 2010 formats have none.
        const marked = words.includes('Lausanne Action Plan question added by this platform');
        expect(marked, def.id).toBe(def.id === template2010Lap.id);
      }
    },
    150_000,
  );
});
