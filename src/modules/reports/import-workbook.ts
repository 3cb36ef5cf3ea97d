import { isDeepStrictEqual } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ValidationError } from '../../kernel/errors.js';
import { rowId } from '../../kernel/ids.js';
import { defineVerb } from '../../kernel/verb.js';
import { assertDraftEditable } from './lifecycle.js';
import { mayWriteSomeReport } from './policy.js';
import { lockReport, pickVersion } from './queries.js';
import { permitDraftWrite } from './save-form.js';
import { reportVersions } from './schema.js';
import { contentErrors, contentSchema } from './template/content.js';
import { templates } from './template/registry.js';
import type { FormCode, FormContent, ReportContent } from './template/types.js';

const id = rowId;

/**
 * Whole content, checked by the schema of the template it names. Which template the draft uses is
 * only known inside the transaction, so the fit is checked there; the values are checked here, before
 * anything is opened.
 */
const importedContent = z.unknown().transform((raw, ctx): ReportContent => {
  const named =
    typeof raw === 'object' && raw !== null ? (raw as { template?: unknown }).template : undefined;
  const template = templates.find((t) => t.id === named);
  if (!template) {
    ctx.addIssue({ code: 'custom', message: contentErrors.choice, path: ['template'] });
    return z.NEVER;
  }
  const parsed = contentSchema(template).safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

export const ImportWorkbookInput = z.object({
  reportId: id,
  versionId: id,
  lockVersion: z.coerce.number().int().min(0),
  content: importedContent,
});
export type ImportWorkbookInput = z.infer<typeof ImportWorkbookInput>;

export interface WorkbookImported {
  reportId: number;
  versionId: number;
  /** The token for the next save. */
  lockVersion: number;
  /** The forms whose values or status the upload changed, in template order. */
  changedForms: FormCode[];
}

/**
 * A workbook filled in offline replaces the whole draft at once: every form's values and status, in
 * one transaction, under the same guards as a form save (a draft, the lock version the person saw).
 * Only the forms that differ are written to the trail; an upload identical to the draft writes nothing.
 */
export const importWorkbook = defineVerb({
  name: 'reports.importWorkbook',
  input: ImportWorkbookInput,
  allow: mayWriteSomeReport,
  permit: permitDraftWrite,
  async run(ctx, input) {
    const locked = await lockReport(ctx.db, input.reportId);
    const version = pickVersion(locked, input.versionId);
    assertDraftEditable(version, input.lockVersion);
    const template = templates.find((t) => t.id === version.templateId);
    if (!template || input.content.template !== template.id)
      throw new ValidationError({ 'content.template': [contentErrors.choice] });

    // The stored draft read through the same schema, so a field the stored copy merely lacks (an
    // older draft) does not count as a change when the upload holds it empty.
    const stored = contentSchema(template).safeParse(version.content);
    const current = stored.success ? stored.data : version.content;
    const empty: FormContent = { status: null, values: {} };
    const changedForms = template.forms
      .map((f) => f.code)
      .filter((code) => !isDeepStrictEqual(current.forms[code], input.content.forms[code]));

    const ref = { reportId: input.reportId, versionId: version.id };
    if (changedForms.length === 0) {
      return { result: { ...ref, lockVersion: version.lockVersion, changedForms }, audit: [] };
    }
    await ctx.db
      .update(reportVersions)
      .set({ content: input.content, lockVersion: version.lockVersion + 1, updatedAt: ctx.now })
      .where(eq(reportVersions.id, version.id));
    const pick = (content: ReportContent) =>
      Object.fromEntries(changedForms.map((code) => [code, content.forms[code] ?? empty]));
    return {
      result: { ...ref, lockVersion: version.lockVersion + 1, changedForms },
      // The changed forms only, before and after: the trail says what the upload did, not all it held.
      audit: [
        {
          subjectType: 'report_version',
          subjectId: String(version.id),
          stateIso3: locked.report.stateIso3,
          before: { forms: pick(current) },
          after: { changedForms, forms: pick(input.content) },
        },
      ],
    };
  },
});
