import { scaleBand, scaleLinear, scaleThreshold } from 'd3-scale';
import { stack } from 'd3-shape';
import type { YearSeries } from './summary.js';

/**
 * Charts drawn on the server as SVG strings: no script, colours from the stylesheet through
 * `k-<key>` classes, a <title> and <desc> for assistive technology. The page always shows the same
 * figures in a table next to the chart: the chart is never the only carrier.
 */

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c] as string);

const TOKEN = /^[a-z0-9_-]+$/;
const WIDTH = 720;
const HEIGHT = 320;
const M = { top: 16, right: 16, bottom: 36, left: 84 };

export interface StackedChart {
  id: string;
  title: string;
  description: string;
  series: YearSeries;
  /** The name of a key, for each bar segment's tooltip. */
  keyLabel: (key: string) => string;
  /** A dollar figure as the page writes it. */
  money: (usd: number) => string;
  /** What an empty chart says. */
  empty: string;
}

/** Stacked bars of US dollars per year: one bar per year, one segment per key. */
export function stackedBarChart(c: StackedChart): string {
  if (!TOKEN.test(c.id)) throw new Error(`chart id "${c.id}" is not a token`);
  const { years, keys, usd } = c.series;
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" class="chart" role="img"` +
    ` aria-labelledby="${c.id}-title" aria-describedby="${c.id}-desc">` +
    `<title id="${c.id}-title">${esc(c.title)}</title><desc id="${c.id}-desc">${esc(c.description)}</desc>`;
  if (years.length === 0 || keys.length === 0)
    return `${head}<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle">${esc(c.empty)}</text></svg>`;

  const data = years.map((year) => {
    const row: Record<string, number> = { year };
    for (const k of keys) row[k] = usd.get(year)?.get(k) ?? 0;
    return row;
  });
  const layers = stack<Record<string, number>>().keys(keys)(data);
  const top = Math.max(1, ...data.map((d) => keys.reduce((s, k) => s + (d[k] ?? 0), 0)));
  const x = scaleBand<number>()
    .domain(years)
    .range([M.left, WIDTH - M.right])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);

  const parts: string[] = [];
  for (const tick of y.ticks(5)) {
    const ty = Math.round(y(tick));
    parts.push(
      `<line class="grid" x1="${M.left}" x2="${WIDTH - M.right}" y1="${ty}" y2="${ty}"/>`,
      `<text class="tick" x="${M.left - 6}" y="${ty + 4}" text-anchor="end">${esc(c.money(tick))}</text>`,
    );
  }
  for (const layer of layers) {
    const key = layer.key;
    if (!TOKEN.test(key)) throw new Error(`chart key "${key}" is not a token`);
    for (const seg of layer) {
      const year = seg.data.year as number;
      const height = y(seg[0]) - y(seg[1]);
      if (height <= 0) continue;
      const label = `${year}, ${c.keyLabel(key)}: ${c.money(seg[1] - seg[0])}`;
      parts.push(
        `<rect class="k-${key}" x="${Math.round(x(year) ?? 0)}" y="${Math.round(y(seg[1]))}"` +
          ` width="${Math.round(x.bandwidth())}" height="${Math.max(1, Math.round(height))}"><title>${esc(label)}</title></rect>`,
      );
    }
  }
  for (const year of years) {
    parts.push(
      `<text class="tick" x="${Math.round((x(year) ?? 0) + x.bandwidth() / 2)}" y="${HEIGHT - M.bottom + 18}" text-anchor="middle">${year}</text>`,
    );
  }
  parts.push(
    `<line class="axis" x1="${M.left}" x2="${WIDTH - M.right}" y1="${HEIGHT - M.bottom}" y2="${HEIGHT - M.bottom}"/>`,
  );
  return `${head}${parts.join('')}</svg>`;
}

/** Map buckets of US dollars received; fixed bounds so a legend reads the same every year. */
export const receivedBounds = [100_000, 1_000_000, 10_000_000] as const;
export const receivedBuckets = ['ledger-1', 'ledger-2', 'ledger-3', 'ledger-4'] as const;
const bucketOf = scaleThreshold<number, (typeof receivedBuckets)[number]>()
  .domain([...receivedBounds])
  .range([...receivedBuckets]);

/** The map category of a State's counted assistance received: by dollars, or `ledger-unknown`. */
export function receivedCategory(usd: number, notConverted: number, withoutAmount: number): string {
  if (usd === 0 && (notConverted > 0 || withoutAmount > 0)) return 'ledger-unknown';
  return bucketOf(usd);
}

/** Shade class (0–4) of a matrix cell relative to the largest one; 0 means no known dollars. */
export function shadeOf(usd: number, max: number): number {
  if (usd <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((usd / max) * 4)));
}
