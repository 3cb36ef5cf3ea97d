import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { rowId } from '../../kernel/ids.js';
import { defineVerb } from '../../kernel/verb.js';
import { formChangedSince, notDraft, stale } from './lifecycle.js';
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
  /** The lockVersion the workbook was downloaded at (or, for a workbook that does not say, the page's). */
  lockVersion: z.coerce.number().int().min(0),
  content: importedContent,
  /** Per form, the fingerprint of what the workbook held when downloaded (formFingerprint). */
  fingerprints: z.record(z.string(), z.string().max(100)).optional(),
});
export type ImportWorkbookInput = z.infer<typeof ImportWorkbookInput>;

export interface WorkbookImported {
  reportId: number;
  versionId: number;
  /** The token for the next save. */
  lockVersion: number;
  /** The forms whose values or status the upload changed, in template order. */
  changedForms: FormCode[];
  /** Forms changed online since the download that the workbook left as it was: kept as online. */
  keptForms: FormCode[];
}

/** JSON with keys in order, so one content always prints one way. */
const stable = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(stable).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v ?? null);

/** A short fingerprint of one form's normalised content: equal content, equal fingerprint. */
export const formFingerprint = (form: FormContent | undefined): string =>
  createHash('sha256')
    .update(stable(form ?? null))
    .digest('base64url')
    .slice(0, 22);

/** What a draft's workbook records of it: the version, its lockVersion, and each form's fingerprint. */
export function workbookOrigin(version: {
  id: number;
  lockVersion: number;
  templateId: string;
  content: ReportContent;
}): { versionId: number; lockVersion: number; forms: Record<string, string> } {
  const template = templates.find((t) => t.id === version.templateId);
  const parsed = template ? contentSchema(template).safeParse(version.content) : undefined;
  const content = parsed?.success ? parsed.data : version.content;
  const forms: Record<string, string> = {};
  for (const f of template?.forms ?? []) forms[f.code] = formFingerprint(content.forms[f.code]);
  return { versionId: version.id, lockVersion: version.lockVersion, forms };
}

export const staleWorkbook = (forms: FormCode[], currentLockVersion: number) =>
  new ConflictError('REPORTS.STALE', 'reports:errors.staleWorkbook', {
    forms: forms.join(', '),
    currentLockVersion,
  });

/**
 * A workbook filled in offline is applied form by form, in one transaction, under the same guards
 * as a form save. A form is written when the upload differs from the draft and nobody changed it
 * online since the workbook was downloaded (its lockVersion). A form changed online since is kept
 * when the workbook still holds it as downloaded (its fingerprint), and is a collision when both
 * changed it: then nothing is written and the answer names the forms. Only the forms written go to
 * the trail; an upload identical to the draft writes nothing.
 */
export const importWorkbook = defineVerb({
  name: 'reports.importWorkbook',
  input: ImportWorkbookInput,
  allow: mayWriteSomeReport,
  permit: permitDraftWrite,
  async run(ctx, input) {
    const locked = await lockReport(ctx.db, input.reportId);
    const version = pickVersion(locked, input.versionId);
    if (version.status !== 'draft') throw notDraft(version.status);
    if (input.lockVersion > version.lockVersion) throw stale(version.lockVersion);
    const template = templates.find((t) => t.id === version.templateId);
    if (!template || input.content.template !== template.id)
      throw new ValidationError({ 'content.template': [contentErrors.choice] });

    // The stored draft read through the same schema, so a field the stored copy merely lacks (an
    // older draft) does not count as a change when the upload holds it empty.
    const stored = contentSchema(template).safeParse(version.content);
    const current = stored.success ? stored.data : version.content;
    const empty: FormContent = { status: null, values: {} };
    const differing = template.forms
      .map((f) => f.code)
      .filter((code) => !isDeepStrictEqual(current.forms[code], input.content.forms[code]));
    const keptForms: FormCode[] = [];
    const collisions: FormCode[] = [];
    const changedForms: FormCode[] = [];
    for (const code of differing) {
      if (!formChangedSince(version, input.lockVersion, code)) changedForms.push(code);
      else if (input.fingerprints?.[code] === formFingerprint(input.content.forms[code]))
        keptForms.push(code);
      else collisions.push(code);
    }
    if (collisions.length) throw staleWorkbook(collisions, version.lockVersion);

    const ref = { reportId: input.reportId, versionId: version.id };
    if (changedForms.length === 0) {
      return { result: { ...ref, lockVersion: version.lockVersion, changedForms, keptForms }, audit: [] };
    }
    const next = version.lockVersion + 1;
    const content: ReportContent = { ...current, forms: { ...current.forms } };
    for (const code of changedForms) content.forms[code] = input.content.forms[code] ?? empty;
    const revisions = version.formRevisions && {
      ...version.formRevisions,
      ...Object.fromEntries(changedForms.map((code) => [code, next])),
    };
    await ctx.db
      .update(reportVersions)
      .set({ content, lockVersion: next, formRevisions: revisions, updatedAt: ctx.now })
      .where(eq(reportVersions.id, version.id));
    const pick = (c: ReportContent) =>
      Object.fromEntries(changedForms.map((code) => [code, c.forms[code] ?? empty]));
    return {
      result: { ...ref, lockVersion: next, changedForms, keptForms },
      // The changed forms only, before and after: the trail says what the upload did, not all it held.
      audit: [
        {
          subjectType: 'report_version',
          subjectId: String(version.id),
          stateIso3: locked.report.stateIso3,
          before: { forms: pick(current) },
          after: { changedForms, ...(keptForms.length ? { keptForms } : {}), forms: pick(content) },
        },
      ],
    };
  },
});
