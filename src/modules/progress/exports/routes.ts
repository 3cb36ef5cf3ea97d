import { type AppContext, moduleRoutes, type RouteDeps } from '../../../kernel/http.js';
import { getMeeting } from '../../calendar/index.js';
import { judgedProgressReport } from '../judgement/queries.js';
import { assembleContent, readableWritten } from '../narrative/content.js';
import { canWriteAs } from '../narrative/policy.js';
import { inOfficeFor } from '../policy.js';
import { progressReportFor } from '../queries.js';
import { meetingHeading, renderProgressDocx } from './docx.js';
import { renderProgressXlsx } from './xlsx.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// A meeting code as the calendar stores them (Hono reads `{…}` as the end of a pattern: no `{n}`).
const MEETING = '{[A-Za-z0-9][A-Za-z0-9-]*}';

/**
 * The Progress Report of a meeting as files: `/progress/{meeting}/report.docx` (the report in the
 * layout of seed 004, in the reader's language) and `/progress/{meeting}/figures.xlsx` (every
 * figure and what it rests on). A meeting the calendar does not know, or whose reporting window it
 * does not record, is a 404 (MeetingNotFoundError, WindowNotRecordedError). The progress module's
 * page routes mount this sub-app.
 */
export function progressExportRoutes(deps: RouteDeps) {
  const { app, db, today } = moduleRoutes(deps);

  const download = (c: AppContext, body: Buffer, type: string, name: string) =>
    c.body(new Uint8Array(body), 200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${name}"`,
      // The figures change with every write anywhere: never serve a stale copy from a cache.
      'Cache-Control': 'no-store',
    });

  app.get(`/progress/:meeting${MEETING}/report.docx`, async (c) => {
    const meeting = await getMeeting(db, c.req.param('meeting'));
    // Agreed texts are the report's; a draft text only reaches those who may write it.
    const actor = await inOfficeFor(db, c.get('actor'), meeting.code, today());
    const [data, readable] = await Promise.all([
      judgedProgressReport(db, meeting.code),
      readableWritten(db, meeting.code, (w) => canWriteAs(actor, w.authorRole, w.section)),
    ]);
    const locale = c.get('locale');
    const body = await renderProgressDocx({
      data,
      paragraphs: assembleContent(data, readable).paragraphs,
      meeting: meetingHeading(meeting),
      t: c.get('t'),
      locale,
      generatedOn: today(),
    });
    return download(c, body, DOCX_TYPE, `${meeting.code}-progress-report-${locale}.docx`);
  });

  app.get(`/progress/:meeting${MEETING}/figures.xlsx`, async (c) => {
    const meeting = await getMeeting(db, c.req.param('meeting'));
    const data = await progressReportFor(db, meeting.code);
    const body = await renderProgressXlsx({
      data,
      t: c.get('t'),
      locale: c.get('locale'),
      generatedOn: today(),
    });
    return download(c, body, XLSX_TYPE, `${meeting.code}-progress-figures-${c.get('locale')}.xlsx`);
  });

  return app;
}
