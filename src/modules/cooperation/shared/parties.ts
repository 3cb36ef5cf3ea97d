import { isIso3 } from '../../../kernel/ids.js';
/**
 * Reports name the other party in free text ("Norway", "the Netherlands", "NPA"). This finds the
 * State meant, where one is: by ISO code, by registry name, or by the common short forms below.
 * Anything else (organisations, funds) stays a name.
 */

export interface StateName {
  iso3: string;
  name: string;
}

const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^the /, '')
    .trim();

/** Short forms a report writer uses for a registry name that reads otherwise. */
const shortForms: Record<string, string> = {
  uk: 'GBR',
  'united kingdom': 'GBR',
  'great britain': 'GBR',
  'lao pdr': 'LAO',
  laos: 'LAO',
  bolivia: 'BOL',
  moldova: 'MDA',
  tanzania: 'TZA',
  'holy see': 'VAT',
  vatican: 'VAT',
  usa: 'USA',
  us: 'USA',
  'united states': 'USA',
  drc: 'COD',
  'dr congo': 'COD',
  bih: 'BIH',
  'cote d ivoire': 'CIV',
  'ivory coast': 'CIV',
  iran: 'IRN',
  syria: 'SYR',
  russia: 'RUS',
  vietnam: 'VNM',
  'viet nam': 'VNM',
  'south korea': 'KOR',
  'republic of korea': 'KOR',
  palestine: 'PSE',
};

export class PartyResolver {
  private readonly byName = new Map<string, string>();
  private readonly codes = new Set<string>();

  constructor(names: readonly StateName[]) {
    for (const { iso3, name } of names) {
      this.codes.add(iso3);
      this.byName.set(normalise(name), iso3);
    }
    for (const [short, iso3] of Object.entries(shortForms)) {
      if (this.codes.has(iso3) && !this.byName.has(short)) this.byName.set(short, iso3);
    }
  }

  /** The ISO3 code of the State a text names, or null for an organisation or an unknown name. */
  resolve(text: string | null | undefined): string | null {
    if (!text) return null;
    const trimmed = text.trim();
    if (isIso3(trimmed.toUpperCase()) && this.codes.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
    return this.byName.get(normalise(trimmed)) ?? null;
  }
}
