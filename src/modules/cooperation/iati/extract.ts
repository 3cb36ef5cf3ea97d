import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import type { Area, LedgerStatus } from '../shared/vocabulary.js';
import type { XmlNode } from './parse.js';

/**
 * From parsed IATI activities to proposed ledger entries. Pure: the States registry comes in as a
 * lookup, so every rule here is table-tested without a database. The rules are in README.md.
 */

/** Mine clearance: DAC 5-digit purpose code 15250, "Removal of land mines and ERW". */
export const MINE_ACTION_SECTOR = '15250';

/** Outgoing commitment and disbursement count; incoming funds (1), incoming commitments (11) and expenditure do not. */
const transactionStatus: Record<string, LedgerStatus> = { '2': 'committed', '3': 'disbursed' };

export interface Share {
  code: string;
  /** As written, 0–100; null when the file gives none. */
  percentage: number | null;
}

export interface IatiTransaction {
  type: '2' | '3';
  ref: string | null;
  date: string | null;
  year: number | null;
  value: number | null;
  currency: string | null;
  receiverRef: string | null;
  /** The transaction's own recipient countries and DAC sectors, which replace the activity's. */
  countries: Share[];
  sectors: Share[];
}

export interface IatiActivity {
  identifier: string;
  reportingOrg: { ref: string | null; type: string | null; name: string | null };
  defaultCurrency: string | null;
  countries: Share[];
  /** DAC 5-digit sectors only (vocabulary 1, the default); other vocabularies are ignored. */
  sectors: Share[];
  transactions: IatiTransaction[];
}

// ---- Reading the XML tree ----

const children = (n: XmlNode | undefined, name: string): XmlNode[] => {
  const v = n?.[name];
  return Array.isArray(v) ? v : [];
};
const attr = (n: XmlNode | undefined, name: string): string | null => {
  const v = n?.[`@_${name}`];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
};
/** The text of an element that may be a bare string or an object with `#text`. */
const textOf = (n: XmlNode | string | undefined): string | null => {
  if (typeof n === 'string') return n.trim() || null;
  const t = n?.['#text'];
  return typeof t === 'string' && t.trim() !== '' ? t.trim() : null;
};
const firstText = (n: XmlNode | undefined, name: string): string | null => {
  const v = n?.[name];
  return Array.isArray(v) ? textOf(v[0] as XmlNode | string) : null;
};
/** The first narrative in English or without a language, else the first narrative at all. */
function narrativeOf(n: XmlNode | undefined): string | null {
  const list = (n?.narrative ?? []) as Array<XmlNode | string>;
  const plain = list.find((x) => typeof x === 'string' || attr(x, 'xml:lang') === null);
  const english = list.find((x) => typeof x !== 'string' && attr(x, 'xml:lang')?.toLowerCase() === 'en');
  return textOf(english ?? plain ?? list[0]) ?? textOf(n);
}

const percentageOf = (n: XmlNode): number | null => {
  const p = attr(n, 'percentage');
  if (p === null) return null;
  const v = Number(p);
  return Number.isFinite(v) && v >= 0 ? v : null;
};

const countriesOf = (n: XmlNode): Share[] =>
  children(n, 'recipient-country')
    .map((c) => ({ code: (attr(c, 'code') ?? '').toUpperCase(), percentage: percentageOf(c) }))
    .filter((c) => /^[A-Z]{2}$/.test(c.code));

const dacSectorsOf = (n: XmlNode): Share[] =>
  children(n, 'sector')
    .filter((s) => ['1', 'DAC'].includes(attr(s, 'vocabulary') ?? '1'))
    .map((s) => ({ code: attr(s, 'code') ?? '', percentage: percentageOf(s) }))
    .filter((s) => /^\d{5}$/.test(s.code));

const yearOf = (isoDate: string | null): number | null => {
  const m = /^(\d{4})-\d{2}-\d{2}/.exec(isoDate ?? '');
  return m ? Number(m[1]) : null;
};

export function readActivity(a: XmlNode): IatiActivity {
  const reporting = children(a, 'reporting-org')[0];
  const defaultCurrency = attr(a, 'default-currency')?.toUpperCase() ?? null;
  const transactions: IatiTransaction[] = [];
  for (const t of children(a, 'transaction')) {
    const type = attr(children(t, 'transaction-type')[0], 'code');
    if (type !== '2' && type !== '3') continue;
    const valueNode = children(t, 'value')[0];
    const raw = textOf(valueNode);
    const value = raw !== null && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : null;
    const date = attr(children(t, 'transaction-date')[0], 'iso-date');
    const valueDate = attr(valueNode, 'value-date');
    transactions.push({
      type,
      ref: attr(t, 'ref'),
      date: date ?? valueDate,
      year: yearOf(date) ?? yearOf(valueDate),
      value,
      currency: attr(valueNode, 'currency')?.toUpperCase() ?? defaultCurrency,
      receiverRef: attr(children(t, 'receiver-org')[0], 'ref'),
      countries: countriesOf(t),
      sectors: dacSectorsOf(t),
    });
  }
  return {
    identifier: firstText(a, 'iati-identifier') ?? '',
    reportingOrg: {
      ref: attr(reporting, 'ref'),
      type: attr(reporting, 'type'),
      name: narrativeOf(reporting),
    },
    defaultCurrency,
    countries: countriesOf(a),
    sectors: dacSectorsOf(a),
    transactions,
  };
}

// ---- Rules ----

/**
 * Each item's share of the whole, 0–1. Percentages as given; a single item without one is 100 %;
 * several without any are equal shares; when only some have one, the rest of 100 % is split
 * equally among the others (never below 0).
 */
export function shares(items: Share[]): Map<string, number> {
  const out = new Map<string, number>();
  if (items.length === 0) return out;
  const given = items.filter((i) => i.percentage !== null);
  const missing = items.length - given.length;
  const rest = Math.max(0, 100 - given.reduce((s, i) => s + (i.percentage ?? 0), 0));
  for (const i of items) {
    const p = i.percentage ?? (given.length === 0 ? 100 / items.length : rest / missing);
    out.set(i.code, (out.get(i.code) ?? 0) + p / 100);
  }
  return out;
}

export interface PublisherState {
  iso3: string;
}

const dacDonors = (
  JSON.parse(readFileSync(new URL('./dac-donors.json', import.meta.url), 'utf8')) as {
    donors: Record<string, string>;
  }
).donors;

/**
 * The State behind a publisher, when the publisher is a State: an OECD DAC donor code (`XM-DAC-7`,
 * `XM-DAC-301-2`) from the sourced table, or a government identifier under a country's own
 * registration agency (`GB-GOV-1`, `NL-1`, or any ref with a country prefix published with
 * organisation type 10, Government). Null for everyone else.
 */
export function publisherIso3(ref: string | null, orgType: string | null): string | null {
  if (!ref) return null;
  const r = ref.trim().toUpperCase();
  const dac = /^XM-DAC-(\d+)(?:-|$)/.exec(r);
  if (dac) return dacDonors[dac[1] ?? ''] ?? null;
  const prefix = /^([A-Z]{2})-/.exec(r)?.[1];
  if (!prefix || !countries.isValid(prefix)) return null;
  const government = orgType === '10' || /^[A-Z]{2}-GOV-/.test(r) || /^[A-Z]{2}-\d+$/.test(r);
  return government ? (countries.alpha2ToAlpha3(prefix) ?? null) : null;
}

export const iso3Of = (iso2: string): string | null => countries.alpha2ToAlpha3(iso2) ?? null;

/** What the States registry tells the rules. */
export interface Registry {
  /** A CCM State: state party or signatory. */
  isCcmState(iso3: string): boolean;
  /** The registry's name of a State, or null when the registry does not hold it. */
  nameOf(iso3: string): string | null;
}

export interface ExtractOptions {
  /** DAC 5-digit codes the uploader asked for. */
  sectors: string[];
  /** The area of every sector but 15250 (which is always Article 4). */
  otherArea: Area;
}

export interface ProposedEntry {
  iatiActivityId: string;
  iatiTransactionKey: string;
  providerIso3: string | null;
  providerName: string;
  recipientIso3: string;
  year: number;
  area: Area;
  amount: number;
  currency: string | null;
  status: LedgerStatus;
  sector: string;
}

/** Why activities were left out: shown with the result, so "0 kept" always comes with a reason. */
export interface Skipped {
  noSelectedSector: number;
  noCcmRecipient: number;
  noCountedTransaction: number;
  transactionsWithoutValueOrYear: number;
}

export interface Extraction {
  activitiesRead: number;
  activitiesKept: number;
  entries: ProposedEntry[];
  skipped: Skipped;
}

export const areaOfSector = (sector: string, otherArea: Area): Area =>
  sector === MINE_ACTION_SECTOR ? 'art4' : otherArea;

const cents = (n: number) => Math.round(n * 100) / 100;

/** The key of one (transaction, recipient, sector) inside its activity: stable from one upload to the next. */
export function transactionKey(t: IatiTransaction, recipientIso3: string, sector: string): string {
  const base = t.ref
    ? `${t.type}:ref=${t.ref}`
    : `${t.type}:${t.date ?? ''}|${t.value ?? ''}|${t.currency ?? ''}|${t.receiverRef ?? ''}`;
  return `${base}@${recipientIso3}/${sector}`;
}

export function extractEntries(activities: XmlNode[], registry: Registry, opts: ExtractOptions): Extraction {
  const wanted = new Set(opts.sectors);
  const skipped: Skipped = {
    noSelectedSector: 0,
    noCcmRecipient: 0,
    noCountedTransaction: 0,
    transactionsWithoutValueOrYear: 0,
  };
  const entries: ProposedEntry[] = [];
  let kept = 0;
  for (const node of activities) {
    const a = readActivity(node);
    // Without an identifier a transaction cannot be recognised on the next upload: never proposed.
    if (!a.identifier) {
      skipped.noCountedTransaction++;
      continue;
    }
    const providerIso3 = publisherIso3(a.reportingOrg.ref, a.reportingOrg.type);
    const providerName =
      (providerIso3 && registry.nameOf(providerIso3)) ?? a.reportingOrg.name ?? a.reportingOrg.ref ?? '?';
    const provider = providerIso3 && registry.nameOf(providerIso3) ? providerIso3 : null;

    const anySector = [...a.sectors, ...a.transactions.flatMap((t) => t.sectors)].some((s) =>
      wanted.has(s.code),
    );
    if (!anySector) {
      skipped.noSelectedSector++;
      continue;
    }
    const anyRecipient = [...a.countries, ...a.transactions.flatMap((t) => t.countries)].some((c) => {
      const iso3 = iso3Of(c.code);
      return iso3 !== null && registry.isCcmState(iso3);
    });
    if (!anyRecipient) {
      skipped.noCcmRecipient++;
      continue;
    }
    const before = entries.length;
    for (const t of a.transactions) {
      if (t.value === null || t.value === 0 || t.year === null || t.year < 1990 || t.year > 2100) {
        skipped.transactionsWithoutValueOrYear++;
        continue;
      }
      const countryShares = shares(t.countries.length ? t.countries : a.countries);
      const sectorShares = shares(t.sectors.length ? t.sectors : a.sectors);
      for (const [iso2, countryShare] of countryShares) {
        const recipientIso3 = iso3Of(iso2);
        if (!recipientIso3 || !registry.isCcmState(recipientIso3)) continue;
        for (const [sector, sectorShare] of sectorShares) {
          if (!wanted.has(sector)) continue;
          const amount = cents(t.value * countryShare * sectorShare);
          if (amount === 0) continue;
          entries.push({
            iatiActivityId: a.identifier,
            iatiTransactionKey: transactionKey(t, recipientIso3, sector),
            providerIso3: provider,
            providerName,
            recipientIso3,
            year: t.year,
            area: areaOfSector(sector, opts.otherArea),
            amount,
            currency: t.currency,
            status: transactionStatus[t.type] as LedgerStatus,
            sector,
          });
        }
      }
    }
    if (entries.length > before) kept++;
    else skipped.noCountedTransaction++;
  }
  return { activitiesRead: activities.length, activitiesKept: kept, entries, skipped };
}
