import { bodyLimit } from 'hono/body-limit';
import { AppError, type FieldErrors, ValidationError } from '../../../kernel/errors.js';
import { redirectWithSuccess } from '../../../kernel/form-post.js';
import { readBody, translateErrors } from '../../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../../kernel/http.js';
import { ROW_ID_PATTERN, rowIdParam } from '../../../kernel/ids.js';
import { renderPage } from '../../../kernel/page.js';
import { errorPage } from '../../../kernel/views/error-page.js';
import { render } from '../../../kernel/views/render.js';
import { mayImportIati, partnerKeyOf } from '../shared/policy.js';
import { type Area, areas } from '../shared/vocabulary.js';
import { MINE_ACTION_SECTOR } from './extract.js';
import { importIatiFile, mayAttribute } from './import-iati-file.js';
import { IatiFileRefused, type ImportOutcome } from './inputs.js';
import { IATI_MAX_BYTES } from './parse.js';
import { pairWithLedger, readIatiFile } from './preview.js';
import { entriesOfImport, getImport, listImports } from './queries.js';
import { canReviewIatiEntry, reviewIatiEntry } from './review-iati-entry.js';
import { ImportPage } from './views/import-page.js';
import { PreviewPage } from './views/preview-page.js';
import { IatiPage, type UploadFormValues } from './views/upload-page.js';

/** Multipart framing around the file: a 2 MiB file must not be refused for its envelope. */
const ENVELOPE = 64 * 1024;
/** The largest body: the file as base64 (the preview's confirm form sends it back so) and its envelope. */
const UPLOAD_LIMIT = Math.ceil(IATI_MAX_BYTES / 3) * 4 + ENVELOPE;
const ID = ROW_ID_PATTERN;

const blank: UploadFormValues = {
  sectors: [MINE_ACTION_SECTOR],
  moreSectors: '',
  otherArea: 'other',
  byWords: true,
};

/** The IATI import pages: upload a file, see what each upload proposed, confirm or reject entries. */
export function iatiRoutes(deps: RouteDeps) {
  const { app, db, ctxOf } = moduleRoutes(deps);

  const page = async (
    c: AppContext,
    p: { values?: UploadFormValues; errors?: FieldErrors; fileProblem?: string; outcome?: ImportOutcome },
    status: 200 | 413 | 422 = 200,
  ) => {
    const t = c.get('t');
    return render(
      c,
      t('iati:title'),
      <IatiPage
        t={t}
        locale={c.get('locale')}
        imports={await listImports(db)}
        values={p.values ?? blank}
        errors={translateErrors(t, p.errors)}
        fileProblem={p.fileProblem}
        outcome={p.outcome}
      />,
      status,
    );
  };

  app.get('/cooperation/iati', async (c) => {
    requireThat(c, mayImportIati(c.get('actor')));
    return page(c, {});
  });

  const tooLarge = (c: AppContext) =>
    page(c, { fileProblem: c.get('t')('iati:parse.tooLarge', { max: IATI_MAX_BYTES / 1024 / 1024 }) }, 413);

  /**
   * The upload form as posted, from the page (a `file`) or from the preview's confirm form (the same
   * bytes as `fileData`, base64): its choices and bytes, or the page again with the problem.
   */
  const readUpload = async (
    c: AppContext,
  ): Promise<
    { values: UploadFormValues; sectors: string[]; fileName: string; bytes: Uint8Array } | Response
  > => {
    const t = c.get('t');
    const body = await readBody(c, { all: true });
    const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const values: UploadFormValues = {
      sectors: list(body.sectors).map(str).filter(Boolean),
      moreSectors: str(list(body.moreSectors)[0]),
      otherArea: str(list(body.otherArea)[0]) || 'other',
      byWords: list(body.byWords).length > 0,
    };
    const typed = values.moreSectors.split(/[\s,;]+/).filter(Boolean);
    if (typed.some((s) => !/^\d{5}$/.test(s)))
      return page(c, { values, errors: { moreSectors: ['iati:form.badSector'] } }, 422);
    const sectors = [...new Set([...values.sectors, ...typed])];
    if (sectors.length === 0)
      return page(c, { values, errors: { moreSectors: ['iati:form.noSector'] } }, 422);
    const file = list(body.file)[0];
    const data = str(list(body.fileData)[0]);
    if (file instanceof File && file.size > 0) {
      if (file.size > IATI_MAX_BYTES) return tooLarge(c);
      return {
        values,
        sectors,
        fileName: file.name || 'iati.xml',
        bytes: new Uint8Array(await file.arrayBuffer()),
      };
    }
    if (data !== '' && /^[A-Za-z0-9+/]+={0,2}$/.test(data)) {
      const bytes = new Uint8Array(Buffer.from(data, 'base64'));
      if (bytes.byteLength > IATI_MAX_BYTES) return tooLarge(c);
      const fileName = str(list(body.fileName)[0]).slice(0, 255) || 'iati.xml';
      return { values, sectors, fileName, bytes };
    }
    return page(c, { values, fileProblem: t('iati:form.noFile') }, 422);
  };

  const refused = (c: AppContext, values: UploadFormValues, err: unknown) => {
    if (err instanceof IatiFileRefused)
      return page(c, { values, fileProblem: c.get('t')(err.messageKey, err.params) }, 422);
    if (err instanceof ValidationError) return page(c, { values, errors: err.fieldErrors }, 422);
    throw err;
  };

  const limit = bodyLimit({ maxSize: UPLOAD_LIMIT, onError: (c) => tooLarge(c as AppContext) });

  // Step 1: read the file and show, activity by activity, what is in or out and why. Writes nothing.
  app.post('/cooperation/iati/preview', limit, async (c) => {
    requireThat(c, mayImportIati(c.get('actor')));
    const form = await readUpload(c);
    if (form instanceof Response) return form;
    const otherArea = (areas as readonly string[]).includes(form.values.otherArea)
      ? (form.values.otherArea as Area)
      : null;
    if (!otherArea)
      return page(c, { values: form.values, errors: { otherArea: ['iati:form.badArea'] } }, 422);
    try {
      const reading = await readIatiFile(db, {
        bytes: form.bytes,
        sectors: form.sectors,
        otherArea,
        byWords: form.values.byWords,
      });
      const own = partnerKeyOf(c.get('actor'));
      const notTheirs = new Set(reading.entries.flatMap((e, i) => (mayAttribute(own, e) ? [] : [i])));
      const pairing = await pairWithLedger(db, reading.entries, (e) => mayAttribute(own, e));
      return renderPage(c, (t) => t('iati:preview.title', { file: form.fileName }), PreviewPage, {
        reading,
        notTheirs,
        pairing,
        form: {
          fileName: form.fileName,
          fileData: Buffer.from(form.bytes).toString('base64'),
          sectors: form.sectors,
          otherArea,
          byWords: form.values.byWords,
        },
      });
    } catch (err) {
      return refused(c, form.values, err);
    }
  });

  // Step 2: propose the entries (from the preview's confirm form, or a file posted directly).
  app.post('/cooperation/iati/upload', limit, async (c) => {
    requireThat(c, mayImportIati(c.get('actor')));
    const form = await readUpload(c);
    if (form instanceof Response) return form;
    try {
      const outcome = await importIatiFile(ctxOf(c), {
        fileName: form.fileName,
        bytes: form.bytes,
        sectors: form.sectors,
        otherArea: form.values.otherArea,
        byWords: form.values.byWords,
      });
      return page(c, { outcome }, 200);
    } catch (err) {
      return refused(c, form.values, err);
    }
  });

  app.get(`/cooperation/iati/:id${ID}`, async (c) => {
    const actor = c.get('actor');
    requireThat(c, mayImportIati(actor));
    const t = c.get('t');
    const item = await getImport(db, rowIdParam(c));
    if (!item) return errorPage(c, 404, t('iati:importNotFound'));
    const entries = (await entriesOfImport(db, item.id)).map((e) => ({
      ...e,
      mayReview: canReviewIatiEntry(actor, e),
    }));
    return renderPage(c, (t) => t('iati:import.title', { file: item.fileName }), ImportPage, {
      item,
      entries,
    });
  });

  app.post(`/cooperation/iati/entries/:id${ID}/review`, async (c) => {
    const t = c.get('t');
    const form = await readBody(c);
    const entryId = rowIdParam(c);
    let importId: number | null = null;
    try {
      ({ importId } = await reviewIatiEntry(ctxOf(c), { entryId, decision: form.decision }));
    } catch (err) {
      if (err instanceof ValidationError) return errorPage(c, 422, t('iati:review.badDecision'));
      if (err instanceof AppError && err.status === 409) return errorPage(c, 409, t(err.messageKey));
      throw err;
    }
    return redirectWithSuccess(
      c,
      form.decision === 'confirm' ? 'iati:flash.confirmed' : 'iati:flash.rejected',
      importId ? `/cooperation/iati/${importId}` : '/cooperation/iati',
    );
  });

  return app;
}
