import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { MarkFormUnchangedInput } from './inputs.js';
import { mayWriteSomeReport } from './policy.js';
import { permitDraftWrite, writeDraftForm } from './save-form.js';
import { emptyContent } from './template/content.js';

/**
 * "Unchanged since last year" in one click: the form keeps the values it was pre-filled with and is
 * confirmed. Same guards as a save (a draft, the lock version the person saw).
 */
export const markFormUnchanged = defineVerb({
  name: 'reports.markFormUnchanged',
  input: MarkFormUnchangedInput,
  allow: mayWriteSomeReport,
  permit: permitDraftWrite,
  run: (ctx, input) =>
    writeDraftForm(ctx, input, input.form, (form, current, template) => {
      if (!form.hasStatus) throw new ValidationError({ form: ['reports:errors.formHasNoStatus'] });
      const values = current?.values ?? emptyContent(template).forms[input.form]?.values ?? {};
      return { status: 'unchanged', values };
    }),
});
