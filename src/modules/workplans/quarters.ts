import { QUARTER_PATTERN } from './vocabulary.js';

/*
 * Quarters of the timeline: `2022-Q4`. Pure functions, so the page, the export and the report
 * lay the timeline out the same way.
 */

const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
const quarterAt = (i: number) => `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;

/** Distinct quarters in time order. */
export function sortQuarters(quarters: readonly string[]): string[] {
  return [...new Set(quarters)].sort((a, b) => index(a) - index(b));
}

/** Every quarter from the first to the last given, with none skipped (the timeline's columns). */
export function quarterSpan(quarters: readonly string[]): string[] {
  const sorted = sortQuarters(quarters);
  if (!sorted.length) return [];
  const out: string[] = [];
  for (let i = index(sorted[0]!); i <= index(sorted[sorted.length - 1]!); i++) out.push(quarterAt(i));
  return out;
}

/**
 * The quarters a person typed: items separated by commas or spaces, each a quarter (`2023-Q1`) or a
 * range (`2022-Q4..2023-Q3`). An item that is neither is kept as typed, for the verb to refuse.
 */
export function parseQuarters(text: string): string[] {
  const items = text
    .split(/[\s,;]+/)
    .map((s) =>
      s
        .trim()
        .toUpperCase()
        .replace(/^(\d{4})Q/, '$1-Q'),
    )
    .filter(Boolean);
  return items.flatMap((item) => {
    const range = /^(.+?)(?:\.\.|–|—)(.+)$/.exec(item);
    if (range && QUARTER_PATTERN.test(range[1]!) && QUARTER_PATTERN.test(range[2]!)) {
      const [from, to] = [index(range[1]!), index(range[2]!)];
      if (to < from || to - from > 40) return [item];
      const out: string[] = [];
      for (let i = from; i <= to; i++) out.push(quarterAt(i));
      return out;
    }
    return [item];
  });
}

/** "2022-Q4..2023-Q3" for a run of quarters, "2022-Q4, 2023-Q2" for scattered ones. */
export function quartersText(quarters: readonly string[]): string {
  const sorted = sortQuarters(quarters);
  const runs: string[][] = [];
  for (const q of sorted) {
    const last = runs[runs.length - 1];
    if (last && index(q) === index(last[last.length - 1]!) + 1) last.push(q);
    else runs.push([q]);
  }
  return runs.map((r) => (r.length > 2 ? `${r[0]}..${r[r.length - 1]}` : r.join(', '))).join(', ');
}
