import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ValidationError } from '../../../kernel/errors.js';
import { readBody, redirectToOutcome } from '../../../kernel/forms.js';
import { createGate } from '../../../kernel/gate.js';
import { type AppContext, type AppEnv, requireThat } from '../../../kernel/http.js';
import { renderReportDocx } from '../exports/docx.js';
import { type ImportError, parseReportXlsx, renderReportXlsx } from '../exports/xlsx.js';
import { importWorkbook, workbookOrigin } from '../import-workbook.js';
import { canWriteReport } from '../policy.js';
import { getReportVersionForActor } from '../queries.js';
import { getTemplate } from '../template/registry.js';
import { FILE, REPORT, type ReportsKit, VERSION } from './kit.js';

/** The largest workbook accepted: a full report is a few hundred kB. */
export const UPLOAD_MAX_BYTES = 2 * 1024 * 1024;
/** Multipart framing around the file: a 2 MiB file must not be refused for its envelope. */
const UPLOAD_ENVELOPE = 64 * 1024;
/** Workbooks read at once by one process; a further upload is told to try again shortly. */
const IMPORTS_AT_ONCE = 2;
const BUSY_RETRY_SECONDS = 10;

const mediaTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A version as a Word or Excel file, and the offline workbook back in. */
export function filesRoutes(app: Hono<AppEnv>, kit: ReportsKit) {
  const { db, ctxOf, stateOf, reportOf, summaryOf, conflictMessage, overviewPage } = kit;

  app.get(`${REPORT}/versions/:file${FILE}`, async (c) => {
    const [n, ext] = c.req.param('file').split('.') as [string, 'docx' | 'xlsx'];
    const report = await reportOf(c);
    const { version } = await getReportVersionForActor(db, c.get('actor'), summaryOf(report, n).id);
    const template = getTemplate(version.templateId);
    const common = {
      template,
      content: version.content,
      t: c.get('t'),
      iso3: report.stateIso3,
      year: report.year,
      versionNumber: version.number,
      demonstration: report.demonstration,
      // A draft's workbook says what it was made from, so its upload can tell offline edits from a stale copy.
      ...(version.status === 'draft' ? { generatedFrom: workbookOrigin(version) } : {}),
    };
    const body =
      ext === 'docx'
        ? await renderReportDocx({
            ...common,
            locale: c.get('locale'),
            stateName: (await stateOf(report.stateIso3, c.get('locale'))).name,
            kind: report.kind,
            status: version.status,
            submittedAt: version.submittedAt,
            channel: version.channel,
            receivedOn: version.receivedOn,
          })
        : await renderReportXlsx(common);
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': mediaTypes[ext],
      'Content-Disposition': `attachment; filename="${report.stateIso3}-${report.year}-article7-v${version.number}.${ext}"`,
      // A draft changes with every save: never serve a stale copy from a cache.
      'Cache-Control': 'private, no-cache',
    });
  });

  const importErrorText = (c: AppContext, e: ImportError) => {
    const t = c.get('t');
    const message = t(e.key, e.params ?? {});
    if (!e.sheet) return message;
    if (!e.row) return t('reports:upload.errorSheet', { sheet: e.sheet, message });
    if (!e.column) return t('reports:upload.errorRow', { sheet: e.sheet, row: e.row, message });
    return t('reports:upload.errorCell', { sheet: e.sheet, row: e.row, column: e.column, message });
  };
  const tooLarge = (c: AppContext) =>
    overviewPage(c, { importErrors: [c.get('t')('reports:upload.tooLarge')] }, 413);
  // Reading a workbook can take a few hundred MB even within the guard's limits: a few at a time.
  const imports = createGate(IMPORTS_AT_ONCE);

  app.post(
    `${VERSION}/upload`,
    bodyLimit({ maxSize: UPLOAD_MAX_BYTES + UPLOAD_ENVELOPE, onError: (c) => tooLarge(c as AppContext) }),
    async (c) => {
      const t = c.get('t');
      const report = await reportOf(c);
      requireThat(c, canWriteReport(c.get('actor'), report.stateIso3));
      const summary = summaryOf(report, c.req.param('n'));
      const body = await readBody(c);
      const file = body.workbook;
      const lockVersion = typeof body.lockVersion === 'string' ? body.lockVersion : '';
      if (!(file instanceof File) || file.size === 0)
        return overviewPage(c, { importErrors: [t('reports:upload.noFile')] }, 422);
      if (file.size > UPLOAD_MAX_BYTES) return tooLarge(c);
      const buffer = Buffer.from(await file.arrayBuffer());
      const run = await imports.tryRun(() =>
        parseReportXlsx({
          template: getTemplate(summary.templateId),
          buffer,
          maxBytes: UPLOAD_MAX_BYTES,
          locale: c.get('locale'),
        }),
      );
      if (!run.ok) {
        c.header('Retry-After', String(BUSY_RETRY_SECONDS));
        return overviewPage(c, { importErrors: [t('reports:upload.busy')] }, 429);
      }
      const parsed = run.value;
      // All or nothing: a workbook with any mistake changes nothing, and every mistake is listed.
      if (!parsed.ok)
        return overviewPage(c, { importErrors: parsed.errors.map((e) => importErrorText(c, e)) }, 422);
      let done: Awaited<ReturnType<typeof importWorkbook>>;
      // The version the workbook was downloaded at decides, not the page's: the page may be newer.
      const origin = parsed.origin?.versionId === summary.id ? parsed.origin : null;
      try {
        done = await importWorkbook(ctxOf(c), {
          reportId: report.id,
          versionId: summary.id,
          lockVersion: origin ? origin.lockVersion : lockVersion,
          content: parsed.content,
          ...(origin ? { fingerprints: origin.forms } : {}),
        });
      } catch (err) {
        if (err instanceof ValidationError) {
          const list = Object.entries(err.fieldErrors).map(
            ([k, msgs]) => `${k}: ${msgs.map((m) => t(m)).join(' ')}`,
          );
          return overviewPage(c, { importErrors: list }, 422);
        }
        const notice = conflictMessage(c, err);
        if (notice) return overviewPage(c, { notice }, 409);
        throw err;
      }
      const count = done.changedForms.length;
      return redirectToOutcome(
        c,
        done.keptForms.length
          ? {
              kind: 'success',
              key: 'reports:flash.importedKept',
              params: { count, forms: done.keptForms.join(', ') },
            }
          : { kind: 'success', key: 'reports:flash.imported', params: { count } },
        `/reports/${report.id}`,
      );
    },
  );
}
