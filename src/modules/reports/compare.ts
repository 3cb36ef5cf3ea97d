import { diffContent } from './template/content.js';
import type { TemplateDef } from './template/types.js';

/**
 * Between two years only the answers are compared. Each year's form status says whether the form
 * changed since the report before it, and the cover's dates (period, submission) name the year
 * itself: neither is comparable across years, and both would bury the real changes.
 */
export function yearChanges(
  a: Parameters<typeof diffContent>[0],
  b: Parameters<typeof diffContent>[1],
  template: TemplateDef,
) {
  const coverDates = new Set(
    template.forms
      .find((f) => f.code === 'cover')
      ?.fields.filter((f) => f.kind === 'date')
      .map((f) => f.key),
  );
  return diffContent(a, b, template).filter(
    (c) => c.field !== '_status' && !(c.form === 'cover' && coverDates.has(c.field)),
  );
}
