import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type GeoContext, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/*
 * The world geometry behind the server-rendered map: world-atlas 110m countries, projected once
 * per process into compact SVG path strings keyed by ISO 3166-1 alpha-3 code. Server-side only;
 * see README.md for the size budget this is tuned for.
 */

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export type WorldCountry = {
  /** ISO 3166-1 alpha-3, or null for features world-atlas does not code (N. Cyprus, Somaliland). */
  iso3: string | null;
  /** world-atlas's short English name; for debugging, not for display (it is not the UN name). */
  name: string;
  /** SVG path data in the MAP_WIDTH × MAP_HEIGHT viewBox. */
  d: string;
};

export type WorldGeometry = {
  width: number;
  height: number;
  countries: readonly WorldCountry[];
  byIso3: ReadonlyMap<string, WorldCountry>;
};

/**
 * Reference States (states/reference/states.csv) that world-atlas 110m does not contain at all:
 * micro-States and small island States. Pages must name them in text, since the map cannot show
 * them. The map test keeps this list in step with the reference data.
 */
export const NOT_DRAWN_AT_110M: readonly string[] = [
  'AND', // Andorra
  'ATG', // Antigua and Barbuda
  'BRB', // Barbados
  'COK', // Cook Islands
  'COM', // Comoros
  'CPV', // Cabo Verde
  'DMA', // Dominica
  'GRD', // Grenada
  'KIR', // Kiribati
  'KNA', // Saint Kitts and Nevis
  'LCA', // Saint Lucia
  'LIE', // Liechtenstein
  'MCO', // Monaco
  'MDV', // Maldives
  'MHL', // Marshall Islands
  'MLT', // Malta
  'MUS', // Mauritius
  'NIU', // Niue
  'NRU', // Nauru
  'PLW', // Palau
  'SMR', // San Marino
  'STP', // Sao Tome and Principe
  'SYC', // Seychelles
  'TON', // Tonga
  'TUV', // Tuvalu
  'VAT', // Holy See
  'VCT', // Saint Vincent and the Grenadines
  'WSM', // Samoa
];

// world-atlas gives these features no numeric id (they have no ISO numeric code), so they are
// matched by name. XKX is a user-assigned code in common use, not an official ISO one.
const CODES_BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XKX' };

const ANTARCTICA = '010';

// Whole pixels: at the sizes the map is shown (≤ 960 CSS px wide) they look the same as one
// decimal, at half the bytes (≈10 KB gzip instead of ≈22 KB for all paths). Rings under
// MIN_RING_AREA px² are dropped (specks no reader can see or click), except that every country
// keeps at least its largest ring so it stays drawn and keyed.
const DECIMALS = 0;
const SCALE = 10 ** DECIMALS;
const MIN_RING_AREA = 2;
const PADDING = 4;

type Point = [number, number];

/** Collects projected rings, since geoPath only emits moveTo/lineTo/closePath calls. */
class RingCollector implements GeoContext {
  readonly rings: Point[][] = [];
  private current: Point[] | null = null;
  beginPath(): void {}
  moveTo(x: number, y: number): void {
    this.current = [[x, y]];
    this.rings.push(this.current);
  }
  lineTo(x: number, y: number): void {
    this.current?.push([x, y]);
  }
  closePath(): void {
    this.current = null;
  }
  arc(): void {
    // Only reached for Point geometries, which country outlines never contain.
  }
}

/** Shoelace area, absolute, in the units of the points. */
function ringArea(ring: readonly Point[]): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    twice += x0 * y1 - x1 * y0;
  }
  return Math.abs(twice) / 2;
}

/**
 * Snaps a ring to the output grid (integers in SCALE units), then removes the points the snap made
 * redundant: repeats, the closing copy of the first point, and exactly collinear middles.
 */
function snapRing(ring: readonly Point[]): Point[] {
  const snapped: Point[] = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x * SCALE), Math.round(y * SCALE)];
    const last = snapped[snapped.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) snapped.push(p);
  }
  const first = snapped[0];
  const last = snapped[snapped.length - 1];
  if (snapped.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) snapped.pop();
  const kept: Point[] = [];
  for (let i = 0; i < snapped.length; i++) {
    const prev = kept[kept.length - 1] ?? snapped[snapped.length - 1]!;
    const here = snapped[i]!;
    const next = snapped[(i + 1) % snapped.length]!;
    const cross = (here[0] - prev[0]) * (next[1] - here[1]) - (here[1] - prev[1]) * (next[0] - here[0]);
    if (cross !== 0) kept.push(here);
  }
  return kept;
}

function formatNumber(n: number): string {
  if (DECIMALS === 0) return String(n);
  // Integers in SCALE units → shortest decimal text ("-0.5" → "-.5", "3.0" → "3").
  return String(n / SCALE)
    .replace(/^(-?)0\./, '$1.')
    .replace(/\.0+$/, '');
}

/** Joins numbers the way SVG path grammar allows: a minus sign already separates. */
function joinNumbers(numbers: readonly number[]): string {
  let out = '';
  for (const n of numbers) {
    const text = formatNumber(n);
    out += out === '' || text.startsWith('-') ? text : ` ${text}`;
  }
  return out;
}

/** Absolute move to each ring's start, then relative lines: short deltas compress best. */
function ringsToPath(rings: readonly Point[][]): string {
  let d = '';
  for (const ring of rings) {
    const [x0, y0] = ring[0]!;
    const deltas: number[] = [];
    for (let i = 1; i < ring.length; i++) {
      deltas.push(ring[i]![0] - ring[i - 1]![0], ring[i]![1] - ring[i - 1]![1]);
    }
    d += `M${joinNumbers([x0, y0])}l${joinNumbers(deltas)}z`;
  }
  return d;
}

function countryPath(rawRings: readonly Point[][]): string {
  const minArea = MIN_RING_AREA * SCALE * SCALE;
  const snapped = rawRings.map(snapRing).filter((ring) => ring.length >= 3);
  const visible = snapped.filter((ring) => ringArea(ring) >= minArea);
  if (visible.length > 0) return ringsToPath(visible);
  // A small country must still be drawn (and keyed), so it keeps its largest ring regardless.
  const largest = snapped.reduce<Point[] | null>(
    (best, ring) => (!best || ringArea(ring) > ringArea(best) ? ring : best),
    null,
  );
  return largest ? ringsToPath([largest]) : '';
}

function parseIsoNumeric(text: string): Map<string, string> {
  const codes = new Map<string, string>();
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines[0] !== 'numeric,iso3') throw new Error('iso-numeric.csv: expected header "numeric,iso3"');
  lines.slice(1).forEach((line, i) => {
    const match = /^(\d{3}),([A-Z]{3})$/.exec(line);
    if (!match) throw new Error(`iso-numeric.csv line ${i + 2}: expected "NNN,AAA", got "${line}"`);
    if (codes.has(match[1]!)) throw new Error(`iso-numeric.csv line ${i + 2}: duplicate ${match[1]}`);
    codes.set(match[1]!, match[2]!);
  });
  return codes;
}

type CountryProperties = { name: string };

function buildWorld(): WorldGeometry {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<CountryProperties> }>;
  const isoByNumeric = parseIsoNumeric(readFileSync(new URL('./iso-numeric.csv', import.meta.url), 'utf8'));

  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProperties>;
  // Antarctica would take a fifth of the height for no State; dropping it before fitting lets
  // the inhabited world fill the frame.
  const shown: Feature<Geometry, CountryProperties>[] = all.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
    ],
    { type: 'FeatureCollection', features: shown },
  );

  const countries: WorldCountry[] = [];
  const byIso3 = new Map<string, WorldCountry>();
  for (const f of shown) {
    const collector = new RingCollector();
    geoPath(projection, collector)(f);
    const d = countryPath(collector.rings);
    if (d === '') continue;
    const name = f.properties.name;
    const iso3 = (f.id === undefined ? CODES_BY_NAME[name] : isoByNumeric.get(String(f.id))) ?? null;
    if (f.id !== undefined && iso3 === null) {
      throw new Error(`iso-numeric.csv has no row for world-atlas id ${f.id} (${name})`);
    }
    const country: WorldCountry = { iso3, name, d };
    if (iso3) {
      if (byIso3.has(iso3)) throw new Error(`two world-atlas features map to ${iso3}`);
      byIso3.set(iso3, country);
    }
    countries.push(country);
  }
  return { width: MAP_WIDTH, height: MAP_HEIGHT, countries, byIso3 };
}

let cached: WorldGeometry | undefined;

/** The projected world, built on first use and then shared for the life of the process. */
export function getWorldGeometry(): WorldGeometry {
  cached ??= buildWorld();
  return cached;
}
