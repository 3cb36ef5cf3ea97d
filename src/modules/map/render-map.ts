import { getWorldGeometry } from './world.js';

/*
 * Renders the world map as an SVG string for server-side pages: one <path> per country, coloured
 * only through `c-<category>` classes so the shared stylesheet owns the palette, and no script.
 * The legend is the page's job (HTML), as is listing the States the map cannot show.
 */

export type MapItem = {
  iso3: string;
  /** A category key; becomes the class `c-<category>`. */
  category: string;
  /** Tooltip and accessible name, e.g. "France: State Party". */
  label: string;
  href?: string;
};

export type MapCategory = { key: string; label: string };

export type WorldMapOptions = {
  items: readonly MapItem[];
  categories: readonly MapCategory[];
  title: string;
  description: string;
  /** Prefix for the title/desc element ids; set it when a page shows more than one map. */
  id?: string;
};

/** The class of every country no item is given for. */
export const MAP_NONE_CLASS = 'c-none';

// Category keys and the id end up in class and id attributes, so they are kept to a safe token.
const TOKEN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Escaping stops attribute break-out but not a `javascript:` URL, so only page-like hrefs pass.
const SAFE_HREF = /^(?:\/(?!\/)|#|\?|https?:\/\/)/i;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for both element content and quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The items the map cannot draw (micro-States, typos), so the page can name them in text. */
export function itemsNotOnMap<T extends { iso3: string }>(items: readonly T[]): T[] {
  const { byIso3 } = getWorldGeometry();
  return items.filter((item) => !byIso3.has(item.iso3));
}

function checkedItems(opts: WorldMapOptions): Map<string, MapItem> {
  const keys = new Set<string>();
  for (const { key } of opts.categories) {
    if (!TOKEN.test(key)) throw new Error(`map category key "${key}" is not a lower-case token`);
    if (key === 'none') throw new Error('map category key "none" is reserved for countries without data');
    keys.add(key);
  }
  const byIso3 = new Map<string, MapItem>();
  for (const item of opts.items) {
    if (!keys.has(item.category))
      throw new Error(`map item ${item.iso3}: unknown category "${item.category}"`);
    if (item.href !== undefined && !SAFE_HREF.test(item.href)) {
      throw new Error(`map item ${item.iso3}: href must be a relative path or http(s) URL`);
    }
    if (byIso3.has(item.iso3)) throw new Error(`map item ${item.iso3} is given twice`);
    byIso3.set(item.iso3, item);
  }
  return byIso3;
}

export function renderWorldMap(opts: WorldMapOptions): string {
  const id = opts.id ?? 'world-map';
  if (!TOKEN.test(id)) throw new Error(`map id "${id}" is not a lower-case token`);
  const items = checkedItems(opts);
  const world = getWorldGeometry();

  const shapes: string[] = [];
  let hasLinks = false;
  for (const country of world.countries) {
    const item = country.iso3 ? items.get(country.iso3) : undefined;
    if (!item) {
      shapes.push(`<path class="${MAP_NONE_CLASS}" d="${country.d}"/>`);
      continue;
    }
    const title = `<title>${escapeXml(item.label)}</title>`;
    const path = `<path class="c-${item.category}" d="${country.d}"`;
    if (item.href === undefined) {
      shapes.push(`${path}>${title}</path>`);
    } else {
      hasLinks = true;
      // The <title> on the <a> names the link; on the path it would name only the shape.
      shapes.push(`<a href="${escapeXml(item.href)}">${title}${path}/></a>`);
    }
  }

  // role="img" makes every child presentational, which would leave keyboard users tabbing onto
  // nameless links; a map with links is therefore a labelled group instead.
  const role = hasLinks ? 'group' : 'img';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${world.width} ${world.height}" class="world-map"` +
    ` role="${role}" aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
    `<title id="${id}-title">${escapeXml(opts.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(opts.description)}</desc>` +
    `${shapes.join('')}</svg>`
  );
}
