// Test helpers shared by the reports module's tests, and its face for other tests (not imported by
// application code).
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.js';
import { type Actor, systemActor } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { createContext } from '../../kernel/context.js';
import { type Locale, translator } from '../../kernel/i18n/index.js';
import { renderReportXlsx, TABLE_PREFIX } from './exports/xlsx.js';
import { type KeyedForm, keyInReport } from './key-in-report.js';
import { reports, reportVersions } from './schema.js';
import { emptyContent } from './template/content.js';
import type { NeedEntry } from './template/facts.js';
import { statedNeedParts } from './template/meanings.js';
import { template2010 } from './template/template-2010.js';
import type { ReportContent, TemplateDef } from './template/types.js';

export { emptyContent } from './template/content.js';
export { getTemplate } from './template/registry.js';

export async function versionsOf(db: Db, reportId: number) {
  return db
    .select()
    .from(reportVersions)
    .where(eq(reportVersions.reportId, reportId))
    .orderBy(asc(reportVersions.number));
}

/** Everything a refused write must leave as it was: compare a snapshot before and after. */
export async function snapshot(db: Db) {
  return {
    reports: await db.select().from(reports).orderBy(asc(reports.id)),
    versions: await db.select().from(reportVersions).orderBy(asc(reportVersions.id)),
    audit: (await db.select({ id: auditEntries.id }).from(auditEntries)).length,
  };
}

export const at = (db: Db, actor: Actor, day: string) =>
  createContext(db, actor, { now: new Date(`${day}T10:00:00Z`) });

/** A row of Form J as a test gives it: any of a stated need's parts, the rest empty. */
export type FormJRow = Partial<Pick<NeedEntry, (typeof statedNeedParts)[number]>>;

const blank = Object.fromEntries(statedNeedParts.map((part) => [part, null])) as Required<{
  [P in keyof FormJRow]: null;
}>;

/**
 * Creates the State's report for the year (pre-filled from last year's when there is one), replaces
 * Form J's rows when `rows` is given, and has the ISU submit it as received on `receivedOn`.
 */
export async function reportWithNeeds(
  db: Db,
  isu: Actor,
  r: { iso3: string; year: number; receivedOn: string; rows?: FormJRow[] },
) {
  const forms: KeyedForm[] = r.rows
    ? [{ form: 'J', status: 'changed', values: { needs: r.rows.map((row) => ({ ...blank, ...row })) } }]
    : [];
  return keyInReport(at(db, isu, r.receivedOn), { iso3: r.iso3, year: r.year }, forms, {
    channel: 'email',
    receivedOn: r.receivedOn,
  });
}

/** A demonstration report (as the start-up job makes them) whose Form J row becomes a need. */
export async function demonstrationReportWithNeed(db: Db, iso3: string, day: string) {
  // The description says nothing of being demonstration data: the report's stored mark does.
  const need = { ...blank, area: 'art4', description: 'Survey of the northern provinces' };
  await keyInReport(
    at(db, systemActor('test.demo'), day),
    { iso3, year: 2025, demonstration: true },
    [{ form: 'J', status: 'changed', values: { needs: [need] } }],
    { channel: 'other', receivedOn: day },
  );
}
export * as compliancePolicy from './compliance/policy.js';
export * as reportsPolicy from './policy.js';

/** A report workbook changed as a person would in Excel, saved again. */
export async function editWorkbook(buffer: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The row of a report sheet whose column A holds this key. */
export function rowOfKey(sheet: ExcelJS.Worksheet, key: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === key) return r;
  throw new Error(`no row ${key} in ${sheet.name}`);
}

/** Sheet row and column letter of a table cell: entry i sits three rows below the table's marker. */
export function tableCellOf(sheet: ExcelJS.Worksheet, table: string, column: string, i: number) {
  const marker = rowOfKey(sheet, `${TABLE_PREFIX}${table}`);
  let col = 0;
  sheet.getRow(marker + 1).eachCell((c, n) => {
    if (c.value === column) col = n;
  });
  if (!col) throw new Error(`no column ${column}`);
  const cell = sheet.getCell(marker + 3 + i, col);
  return { cell, row: marker + 3 + i, column: cell.address.replace(/\d+$/, '') };
}

/**
 * Lebanon's report workbook as the platform renders it for download: by default the 2010 template's
 * empty report for 2024, version 1, in English.
 */
export function lebanonWorkbook(
  opts: {
    content?: ReportContent;
    template?: TemplateDef;
    locale?: Locale;
    year?: number;
    versionNumber?: number;
  } = {},
) {
  const template = opts.template ?? template2010;
  return renderReportXlsx({
    template,
    content: opts.content ?? emptyContent(template),
    t: translator(opts.locale ?? 'en'),
    iso3: 'LBN',
    year: opts.year ?? 2024,
    versionNumber: opts.versionNumber ?? 1,
  });
}
