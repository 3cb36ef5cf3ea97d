/** The areas a State names contacts for (seed 004 §50; the Article 7 cover page names one for reporting). */
export const directoryAreas = [
  'article7_reporting',
  'stockpiles',
  'clearance',
  'victim_assistance',
  'cooperation',
] as const;
export type DirectoryArea = (typeof directoryAreas)[number];

/** Languages of work a contact may name: the six UN languages and Portuguese (ISO 639-1). */
export const workLanguages = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'] as const;

/** A contact not confirmed for this many months is shown as due for confirmation (records decay). */
export const CONFIRMATION_VALID_MONTHS = 12;

/** The first day an entry confirmed on `day` is due for confirmation again. */
export function confirmationDueOn(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(y, m - 1 + CONFIRMATION_VALID_MONTHS, d));
  return due.toISOString().slice(0, 10);
}
