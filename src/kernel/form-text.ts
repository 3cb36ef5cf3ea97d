/*
 * A form's plain text as a verb takes it: only the form's own fields, blank as "not given", a text
 * area as its lines, a one-line list as its items.
 */

/** Only the form's own fields, each as typed (a missing one is empty). */
export function pickFields(form: Record<string, string>, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, form[f] ?? '']));
}

/** Text as typed, or null when nothing (or only blanks) was typed. */
export const blankToNull = (text: string | undefined): string | null => (text?.trim() ? text : null);

/** One item per non-empty line of a text area, trimmed. */
export function linesOf(text: string | undefined | null): string[] {
  return itemsOf(text, /\r?\n/);
}

/** A list typed on one line, split at `separators` (commas and semicolons unless given), trimmed, blanks dropped. */
export function itemsOf(text: string | undefined | null, separators: RegExp = /[;,]/): string[] {
  return (text ?? '')
    .split(separators)
    .map((item) => item.trim())
    .filter(Boolean);
}
