/** Today's date (UTC) as YYYY-MM-DD: treaty deadlines are calendar days, not instants. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
