import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { escapeXml, itemsNotOnMap, type MapItem, renderWorldMap } from './render-map.js';
import { getWorldGeometry, MAP_HEIGHT, MAP_WIDTH, NOT_DRAWN_AT_110M } from './world.js';

// Read the CSV directly rather than through the states module, so this test only depends on data.
type StateRow = {
  state: string;
  iso3: string;
  ccm_status_2026_02_03: string;
  art3_obligation_reported: string;
  art4_obligation_reported: string;
};
const referenceStates: StateRow[] = parse(
  readFileSync(new URL('../states/reference/states.csv', import.meta.url), 'utf8'),
  { columns: true, skip_empty_lines: true },
);

const categories = [
  { key: 'party-open', label: 'State Party with open obligations' },
  { key: 'party', label: 'State Party' },
  { key: 'signatory', label: 'Signatory' },
  { key: 'not-party', label: 'Not party' },
  { key: 'withdrawn', label: 'Withdrawn' },
];

// A rough stand-in for the real status logic: enough to exercise every category.
function categoryOf(row: StateRow): string {
  switch (row.ccm_status_2026_02_03) {
    case 'state_party':
      return row.art3_obligation_reported === 'yes' || row.art4_obligation_reported === 'yes'
        ? 'party-open'
        : 'party';
    case 'signatory':
      return 'signatory';
    case 'withdrawn':
      return 'withdrawn';
    default:
      return 'not-party';
  }
}

const allItems: MapItem[] = referenceStates.map((row) => ({
  iso3: row.iso3,
  category: categoryOf(row),
  label: `${row.state}: ${categoryOf(row)}`,
  href: `/states/${row.iso3.toLowerCase()}`,
}));

function render(items: MapItem[], extra: { title?: string; description?: string } = {}): string {
  return renderWorldMap({
    items,
    categories,
    title: extra.title ?? 'Status of the Convention',
    description: extra.description ?? 'States coloured by treaty status.',
  });
}

/** A minimal XML check: every tag closes in order and attribute values are quoted. */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|>/g;
  let match: RegExpExecArray | null = tag.exec(xml);
  while (match) {
    const [whole, closing, name, , selfClosing] = match;
    if (whole === '<') throw new Error(`stray "<" at ${match.index}`);
    if (whole === '>') throw new Error(`stray ">" at ${match.index}`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}> at ${match.index}`);
    } else if (!selfClosing) {
      stack.push(name!);
    }
    match = tag.exec(xml);
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('world geometry', () => {
  const world = getWorldGeometry();

  it('is built once per process', () => {
    expect(getWorldGeometry()).toBe(world);
  });

  it('draws every world-atlas country but Antarctica, with integer coordinates', () => {
    expect(world.countries).toHaveLength(176);
    expect(world.byIso3.has('ATA')).toBe(false);
    for (const { name, d } of world.countries) {
      expect(d, name).toMatch(/^(M\d+ \d+l[-\d ]+z)+$/);
    }
  });

  it('stays inside the viewBox', () => {
    for (const { name, d } of world.countries) {
      for (const ring of d.split('z').filter(Boolean)) {
        const numbers = ring.replace(/[Ml]/g, ' ').match(/-?\d+/g)!.map(Number);
        let [x, y] = [numbers[0]!, numbers[1]!];
        for (let i = 2; i < numbers.length; i += 2) {
          x += numbers[i]!;
          y += numbers[i + 1]!;
          expect(x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT, name).toBe(true);
        }
      }
    }
  });

  it('keys every feature with an ISO code, and Kosovo as XKX', () => {
    const unkeyed = world.countries.filter((c) => c.iso3 === null).map((c) => c.name);
    expect(unkeyed.sort()).toEqual(['N. Cyprus', 'Somaliland']);
    expect(world.byIso3.get('XKX')?.name).toBe('Kosovo');
    expect(world.byIso3.get('FRA')?.name).toBe('France');
  });

  it('draws every reference State except the listed ones too small for 110m', () => {
    const referenceIso3 = referenceStates.map((s) => s.iso3);
    const missing = referenceIso3.filter((iso3) => !world.byIso3.has(iso3));
    expect(missing.sort()).toEqual([...NOT_DRAWN_AT_110M].sort());
  });
});

describe('renderWorldMap', () => {
  const world = getWorldGeometry();

  it('renders a well-formed SVG with one path per country and a title and description', () => {
    const svg = render(allItems);
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).toContain('viewBox="0 0 960 500"');
    expect(svg).toContain('aria-labelledby="world-map-title"');
    expect(svg).toContain('<title id="world-map-title">Status of the Convention</title>');
    expect(svg).toContain('<desc id="world-map-desc">States coloured by treaty status.</desc>');
    expect(count(svg, '<path ')).toBe(world.countries.length);
    expect(svg).not.toMatch(/fill=|style=/);
    assertWellFormed(svg);
  });

  it('classes each State by category and every other country as c-none', () => {
    const svg = render([
      { iso3: 'FRA', category: 'party', label: 'France' },
      { iso3: 'USA', category: 'not-party', label: 'United States' },
    ]);
    expect(count(svg, 'class="c-party"')).toBe(1);
    expect(count(svg, 'class="c-not-party"')).toBe(1);
    expect(count(svg, 'class="c-none"')).toBe(world.countries.length - 2);
    expect(svg).toContain(
      `<path class="c-party" d="${world.byIso3.get('FRA')!.d}"><title>France</title></path>`,
    );
  });

  it('wraps States that have an href in a named link, and only those', () => {
    const svg = render([
      { iso3: 'LAO', category: 'party-open', label: 'Lao PDR', href: '/states/lao?tab=art4&x=1' },
      { iso3: 'DEU', category: 'party', label: 'Germany' },
    ]);
    expect(count(svg, '<a ')).toBe(1);
    expect(svg).toContain(
      `<a href="/states/lao?tab=art4&amp;x=1"><title>Lao PDR</title><path class="c-party-open" d="${world.byIso3.get('LAO')!.d}"/></a>`,
    );
    // Links must stay reachable by assistive technology, which role="img" would prevent.
    expect(svg).toContain('role="group"');
    expect(render([{ iso3: 'DEU', category: 'party', label: 'Germany' }])).toContain('role="img"');
    assertWellFormed(svg);
  });

  it('escapes every interpolated text', () => {
    const nasty = `<script>alert("x" & 'y')</script>`;
    const svg = render([{ iso3: 'CIV', category: 'party', label: nasty, href: `/s?a="><script>` }], {
      title: nasty,
      description: nasty,
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('"x"');
    expect(count(svg, escapeXml(nasty))).toBe(3);
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    assertWellFormed(svg);
  });

  it('rejects unknown categories, duplicate States and unsafe links', () => {
    expect(() => render([{ iso3: 'FRA', category: 'unknown', label: 'France' }])).toThrow(/category/);
    expect(() =>
      render([
        { iso3: 'FRA', category: 'party', label: 'France' },
        { iso3: 'FRA', category: 'party', label: 'France' },
      ]),
    ).toThrow(/twice/);
    expect(() =>
      render([{ iso3: 'FRA', category: 'party', label: 'France', href: 'javascript:alert(1)' }]),
    ).toThrow(/href/);
  });

  it('reports the States it cannot draw, so the page can list them', () => {
    const notOnMap = itemsNotOnMap(allItems).map((item) => item.iso3);
    expect(notOnMap.sort()).toEqual([...NOT_DRAWN_AT_110M].sort());
    expect(notOnMap).toContain('MLT');
  });

  it('stays well under the page budget with every reference State coloured and linked', () => {
    const svg = render(allItems);
    const raw = Buffer.byteLength(svg);
    const gzip = gzipSync(svg).length;
    console.log(`world map, ${allItems.length} States linked: ${raw} B raw, ${gzip} B gzip`);
    expect(gzip).toBeLessThan(40 * 1024);
  });
});
