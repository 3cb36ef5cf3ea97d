import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeUser, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { contentOf, readZipParts } from '../../../test/zip.js';
import type { Database } from '../../db/client.js';
import { reports } from './schema.js';
import { demonstrationReportWithNeed, reportWithNeeds } from './testing.js';

/**
 * Lebanon's own report for 2025 and Afghanistan's demonstration report, with the app over them;
 * `download` fetches a State's version 1 in a format, which must be served.
 */
async function lebanonAndDemonstration(database: Database) {
  const { db } = database;
  const isu = await makeUser(db, { role: 'isu' });
  await reportWithNeeds(db, isu, { iso3: 'LBN', year: 2025, receivedOn: '2026-04-30' });
  await demonstrationReportWithNeed(db, 'AFG', '2026-06-01');
  const app = testApp(database);
  const download = async (iso3: string, format: 'docx' | 'xlsx') => {
    const [r] = await db.select().from(reports).where(eq(reports.stateIso3, iso3));
    const res = await app.request(`/reports/${r?.id}/versions/1.${format}`);
    expect(res.status).toBe(200);
    return res.arrayBuffer();
  };
  return { app, download };
}

describe.each(engines)('a State’s reports page with demonstration reports on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('says so, badges the report and gives no assumed received date; a State’s own list says nothing', async () => {
    const { app } = await lebanonAndDemonstration(database());

    const lbn = await (await app.request('/states/LBN/reports')).text();
    expect(lbn).not.toContain('data-demonstration');
    expect(lbn).toContain('30 April 2026');

    const afg = await (await app.request('/states/AFG/reports')).text();
    expect(afg).toContain('data-demonstration="true"');
    expect(afg).toContain('<span class="badge muted">Demonstration data</span>');
    expect(afg).toContain('not known (demonstration report)');
    expect(afg).not.toContain('June 2026');
  });

  it('the Word copy of a demonstration report says so and gives no submission date; a State’s own does not', async () => {
    const { download } = await lebanonAndDemonstration(database());
    const documentOf = async (iso3: string) => {
      const parts = readZipParts(Buffer.from(await download(iso3, 'docx')));
      const doc = parts.find((p) => p.name === 'word/document.xml');
      return doc ? contentOf(doc).toString() : '';
    };
    const lbn = await documentOf('LBN');
    expect(lbn).toContain('Lebanon');
    expect(lbn).not.toContain('Demonstration data');
    const afg = await documentOf('AFG');
    expect(afg).toContain('Demonstration data');
    expect(afg).toContain('not known (demonstration report)');
  });
});

describe.each(engines)('the workbook of a demonstration report on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('says so on its Instructions sheet; a State’s own workbook does not', async () => {
    const { download } = await lebanonAndDemonstration(database());
    const instructionsOf = async (iso3: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await download(iso3, 'xlsx'));
      return String(workbook.getWorksheet('Instructions')?.getCell('A2').value ?? '');
    };
    expect(await instructionsOf('LBN')).toBe('');
    expect(await instructionsOf('AFG')).toContain(
      'Demonstration data: This page includes demonstration data',
    );
  });
});
