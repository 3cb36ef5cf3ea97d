import { isDeepStrictEqual } from 'node:util';
import { eq } from 'drizzle-orm';
import type { TxContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import type { VerbOutcome } from '../../kernel/verb.js';
import { defineVerb } from '../../kernel/verb.js';
import { SaveFormInput } from './inputs.js';
import { assertFormEditable, replaceForm } from './lifecycle.js';
import { canWriteReport, mayWriteSomeReport } from './policy.js';
import { lockReport, pickVersion, stateOfReport } from './queries.js';
import { reportVersions } from './schema.js';
import { contentSchema } from './template/content.js';
import { getTemplate } from './template/registry.js';
import type { FormCode, FormContent, FormDef, TemplateDef } from './template/types.js';

export interface DraftRef {
  reportId: number;
  versionId: number;
  lockVersion: number;
}

export interface FormSaved {
  reportId: number;
  versionId: number;
  /** The token for the next save. */
  lockVersion: number;
}

/** Both form verbs act on a report the actor's State owns, or any report for the ISU. */
export const permitDraftWrite = async (ctx: TxContext, input: { reportId: number }) =>
  canWriteReport(ctx.actor, await stateOfReport(ctx.db, input.reportId));

/**
 * Replaces one form of a draft and leaves every other form as it was, so a partial save never loses
 * another form's work. The guards run on the locked rows: a submit, or another editor's save of the
 * same form, that got there first makes this one fail (NOT_DRAFT, STALE) with nothing written; a
 * save of another form in between is no conflict (per-form revisions).
 */
export async function writeDraftForm(
  ctx: TxContext,
  ref: DraftRef,
  code: FormCode,
  build: (form: FormDef, current: FormContent | undefined, template: TemplateDef) => FormContent,
): Promise<VerbOutcome<FormSaved>> {
  const locked = await lockReport(ctx.db, ref.reportId);
  const version = pickVersion(locked, ref.versionId);
  assertFormEditable(version, ref.lockVersion, code);
  const template = getTemplate(version.templateId);
  const form = template.forms.find((f) => f.code === code);
  if (!form) throw new ValidationError({ form: ['reports:errors.unknownForm'] });
  const current = version.content.forms[code];
  const next = build(form, current, template);
  // The token returned is the version's latest: another form saved meanwhile is no conflict.
  const unchanged = { result: { ...ref, lockVersion: version.lockVersion }, audit: [] };
  // Saving what is already there writes nothing: no new lock version to race on, no audit noise.
  if (isDeepStrictEqual(current, next)) return unchanged;
  const content = replaceForm(version.content, code, next);
  await ctx.db
    .update(reportVersions)
    .set({
      content,
      lockVersion: version.lockVersion + 1,
      formRevisions: version.formRevisions && { ...version.formRevisions, [code]: version.lockVersion + 1 },
      updatedAt: ctx.now,
    })
    .where(eq(reportVersions.id, version.id));
  return {
    result: { ...ref, lockVersion: version.lockVersion + 1 },
    // Only the form that changed: the trail of a forty-table report would otherwise repeat it all.
    audit: [
      {
        subjectType: 'report_version',
        subjectId: String(version.id),
        stateIso3: locked.report.stateIso3,
        before: { form: code, ...(current ?? { status: null, values: {} }) },
        after: { form: code, ...next },
      },
    ],
  };
}

/**
 * One form's content checked against the template's schema (the only judge of values) and returned
 * as that schema normalises it (text trimmed, blank rows dropped). Drafts may be incomplete, so
 * required fields wait for later; errors name paths of the verb's input (`values.areas.0.size`).
 */
export function checkForm(template: TemplateDef, code: FormCode, form: FormContent): FormContent {
  const parsed = contentSchema(template).safeParse({ template: template.id, forms: { [code]: form } });
  const checked = parsed.success ? parsed.data.forms[code] : undefined;
  if (checked) return checked;
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const path = issue.path.map(String);
    const key = (path[0] === 'forms' && path[1] === code ? path.slice(2) : path).join('.') || '_';
    fields[key] ??= [];
    fields[key].push(/^[a-z0-9]+:[\w.]+$/i.test(issue.message) ? issue.message : `errors:zod.${issue.code}`);
  }
  throw new ValidationError(fields);
}

export const saveForm = defineVerb({
  name: 'reports.saveForm',
  input: SaveFormInput,
  allow: mayWriteSomeReport,
  permit: permitDraftWrite,
  run: (ctx, input) =>
    writeDraftForm(ctx, input, input.form, (form, _current, template) => {
      // The cover has no status: it is the report's front page, not a form that can be "unchanged".
      if (!form.hasStatus && input.status !== null)
        throw new ValidationError({ status: ['reports:errors.formHasNoStatus'] });
      return checkForm(template, input.form, { status: input.status, values: input.values });
    }),
});
