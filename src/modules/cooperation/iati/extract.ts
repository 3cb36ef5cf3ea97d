import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { PartyResolver } from '../shared/parties.js';
import type { Area, LedgerStatus } from '../shared/vocabulary.js';
import type { XmlNode } from './parse.js';
import { mineActionWordsIn } from './words.js';

/**
 * From parsed IATI activities to proposed ledger entries. Pure: the States registry comes in as a
 * lookup, so every rule here is table-tested without a database. The rules are in README.md.
 */

/** Mine clearance: DAC 5-digit purpose code 15250, "Removal of land mines and ERW". */
export const MINE_ACTION_SECTOR = '15250';

/**
 * Transaction types as the 2.0x codes; the 1.0x letter codes map onto them (IATI TransactionType
 * codelist, version 1 → version 2: C → 2, D → 3, E → 4, IF → 1, IR → 5, LR → 6, R → 7, QP → 8,
 * QS → 9, CG → 10).
 */
export const LETTER_TRANSACTION_TYPES: Readonly<Record<string, string>> = {
  C: '2',
  D: '3',
  E: '4',
  IF: '1',
  IR: '5',
  LR: '6',
  R: '7',
  QP: '8',
  QS: '9',
  CG: '10',
};

/** The types read: incoming funds (1), outgoing commitment (2), disbursement (3), expenditure (4), incoming commitment (11). */
export type TransactionType = '1' | '2' | '3' | '4' | '11';
const READ_TYPES: ReadonlySet<string> = new Set(['1', '2', '3', '4', '11']);

export interface Share {
  code: string;
  /** As written, 0–100; null when the file gives none. */
  percentage: number | null;
}

export interface Organisation {
  ref: string | null;
  type: string | null;
  name: string | null;
}

export interface IatiTransaction {
  type: TransactionType;
  ref: string | null;
  date: string | null;
  year: number | null;
  value: number | null;
  currency: string | null;
  receiverRef: string | null;
  /** Who the money came from, when the file says (funding chains: the donor behind a fund). */
  provider: Organisation | null;
  /**
   * The activity at the other end, when the file names it: the provider's activity the money came
   * from (`provider-org/@provider-activity-id`) and the receiver's activity it went to
   * (`receiver-org/@receiver-activity-id`). Same attributes in 1.0x and 2.0x.
   */
  providerActivityId: string | null;
  receiverActivityId: string | null;
  /** The transaction's own recipient countries and DAC sectors, which replace the activity's. */
  countries: Share[];
  sectors: Share[];
}

export interface IatiActivity {
  identifier: string;
  reportingOrg: Organisation;
  defaultCurrency: string | null;
  /** Title and description texts, every language. */
  texts: string[];
  countries: Share[];
  /** DAC 5-digit sectors only (vocabulary 1 / `DAC`, the default); other vocabularies are ignored. */
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

const orgOf = (n: XmlNode | undefined): Organisation | null =>
  n ? { ref: attr(n, 'ref'), type: attr(n, 'type'), name: narrativeOf(n) } : null;

/** Every narrative (2.0x) or the element's own text (1.0x) of each element of that name. */
const allTexts = (a: XmlNode, name: string): string[] =>
  children(a, name).flatMap((n) => {
    const list = (n.narrative ?? []) as Array<XmlNode | string>;
    const texts = list.length ? list.map(textOf) : [textOf(n)];
    return texts.filter((x): x is string => x !== null);
  });

/** A transaction's type as a 2.0x code, 1.0x letters mapped; null for types not read. */
function typeOf(t: XmlNode): TransactionType | null {
  const code = (attr(children(t, 'transaction-type')[0], 'code') ?? '').toUpperCase();
  const mapped = LETTER_TRANSACTION_TYPES[code] ?? code;
  return READ_TYPES.has(mapped) ? (mapped as TransactionType) : null;
}

export function readActivity(a: XmlNode): IatiActivity {
  const defaultCurrency = attr(a, 'default-currency')?.toUpperCase() ?? null;
  const transactions: IatiTransaction[] = [];
  for (const t of children(a, 'transaction')) {
    const type = typeOf(t);
    if (type === null) continue;
    const valueNode = children(t, 'value')[0];
    const raw = textOf(valueNode);
    const value = raw !== null && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : null;
    const date = attr(children(t, 'transaction-date')[0], 'iso-date');
    const valueDate = attr(valueNode, 'value-date');
    const providerNode = children(t, 'provider-org')[0];
    const receiverNode = children(t, 'receiver-org')[0];
    const provider = orgOf(providerNode);
    transactions.push({
      type,
      ref: attr(t, 'ref'),
      date: date ?? valueDate,
      year: yearOf(date) ?? yearOf(valueDate),
      value,
      currency: attr(valueNode, 'currency')?.toUpperCase() ?? defaultCurrency,
      receiverRef: attr(receiverNode, 'ref'),
      provider: provider && (provider.ref || provider.name) ? provider : null,
      providerActivityId: attr(providerNode, 'provider-activity-id'),
      receiverActivityId: attr(receiverNode, 'receiver-activity-id'),
      countries: countriesOf(t),
      sectors: dacSectorsOf(t),
    });
  }
  return {
    identifier: firstText(a, 'iati-identifier') ?? '',
    reportingOrg: orgOf(children(a, 'reporting-org')[0]) ?? { ref: null, type: null, name: null },
    defaultCurrency,
    texts: [...allTexts(a, 'title'), ...allTexts(a, 'description')],
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

/**
 * The State behind an organisation named in a transaction (a fund's donor): by its identifier
 * (`publisherIso3`), else by its name when the name is a State's, alone or as "Government of …"
 * ("Australia", "Government of the United Kingdom"), read as the ledger reads counterparts in reports
 * (registry names and their common short forms). Null for everyone else.
 */
export function organisationIso3(org: Organisation, registry: Registry): string | null {
  const byRef = publisherIso3(org.ref, org.type);
  if (byRef) return byRef;
  const name = (org.name ?? '').replace(/^\s*(the\s+)?(government|govt\.?)\s+of\s+/i, '').trim();
  return name ? registry.stateNamed(name) : null;
}

/** What the States registry tells the rules. */
export interface Registry {
  /** A CCM State: state party or signatory. */
  isCcmState(iso3: string): boolean;
  /** The registry's name of a State, or null when the registry does not hold it. */
  nameOf(iso3: string): string | null;
  /** The State a name means (registry name or a common short form), or null. */
  stateNamed(name: string): string | null;
}

/** The rules' registry from the States' rows: their names, and whether each is a CCM State. */
export function registryOf(rows: ReadonlyArray<{ iso3: string; name: string; ccm: boolean }>): Registry {
  const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
  const resolver = new PartyResolver(rows);
  return {
    isCcmState: (iso3) => byIso3.get(iso3)?.ccm === true,
    nameOf: (iso3) => byIso3.get(iso3)?.name ?? null,
    stateNamed: (name) => resolver.resolve(name),
  };
}

export interface ExtractOptions {
  /** DAC 5-digit codes the uploader asked for. */
  sectors: string[];
  /** The area of every sector but 15250 (which is always Article 4). */
  otherArea: Area;
  /** Also keep activities whose title or description speaks of mine action (`words.ts`). Default true. */
  byWords?: boolean;
}

export interface ProposedEntry {
  iatiActivityId: string;
  iatiTransactionKey: string;
  providerIso3: string | null;
  providerName: string;
  /** The fund or organisation the money went through (the publisher of a funding chain), else null. */
  channel: string | null;
  channelIso3: string | null;
  /**
   * The activity at the other end of the money, as the file names it: for a funding chain's flow the
   * donor's activity it came from (`provider-activity-id`), for the publisher's own commitment or
   * disbursement the activity it went to (`receiver-activity-id`); null when not named. Pairs the
   * two sides' reports of the same money (`pairing.ts`).
   */
  counterpartActivityId: string | null;
  recipientIso3: string;
  year: number;
  area: Area;
  amount: number;
  currency: string | null;
  status: LedgerStatus;
  /** The DAC sector the amount was taken for; '' when the activity (found by its words) names none. */
  sector: string;
  /** The part of the transaction's value in this entry: country share × sector share, 0–1. */
  share: number;
}

/** Why activities were left out: shown with the result, so "0 kept" always comes with a reason. */
export interface Skipped {
  noSelectedSector: number;
  noCcmRecipient: number;
  noCountedTransaction: number;
  transactionsWithoutValueOrYear: number;
  /** A fund's own outgoing transactions, not counted: the money is its donors' (funding chains). */
  passedOn: number;
  /**
   * Transactions whose provider is the recipient State itself (a government's own money in a fund's
   * activity in its country): national resources, not international cooperation, so not proposed.
   */
  recipientOwnFunds: number;
  /**
   * Entries not proposed because the other end of the same money (the donor's activity, or the
   * channel's) already has a live entry for it (`pairing.ts`). Counted against the ledger, not here.
   */
  reportedByOtherSide: number;
}

/** Why an activity is in or out, as shown in the preview before anything is proposed. */
export type ActivityReason =
  | 'sector'
  | 'words'
  | 'noIdentifier'
  | 'noSelectedSector'
  | 'noCcmRecipient'
  | 'noCountedTransaction';

export interface ActivityDecision {
  identifier: string;
  title: string | null;
  kept: boolean;
  reason: ActivityReason;
  /** The picked sectors the activity has, and every DAC sector it names. */
  pickedSectors: string[];
  sectors: string[];
  /** The mine action words found in its title or description. */
  words: string[];
  /** Organisations whose money came in (funding chain), by name: the entries are theirs. */
  funders: string[];
  entries: number;
}

export interface Extraction {
  activitiesRead: number;
  activitiesKept: number;
  entries: ProposedEntry[];
  skipped: Skipped;
  activities: ActivityDecision[];
}

export const areaOfSector = (sector: string, otherArea: Area): Area =>
  sector === MINE_ACTION_SECTOR ? 'art4' : otherArea;

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * The key of one (transaction, recipient, sector) inside its activity: stable from one upload to the
 * next. A transaction's ref identifies it only when no other transaction of the same type in the
 * activity carries it: publishers write one ref on many (UNICEF's "Incoming Funds" on every incoming
 * fund), and such a ref alone would make different money one entry. Then the key is the ref with the
 * transaction's date, value, currency, receiver and provider.
 */
export function transactionKey(
  t: IatiTransaction,
  recipientIso3: string,
  sector: string,
  refIsUnique = true,
): string {
  const content = `${t.date ?? ''}|${t.value ?? ''}|${t.currency ?? ''}|${t.receiverRef ?? ''}`;
  const base = !t.ref
    ? `${t.type}:${content}`
    : refIsUnique
      ? `${t.type}:ref=${t.ref}`
      : `${t.type}:ref=${t.ref}|${content}|${t.provider?.ref ?? t.provider?.name ?? ''}`;
  return `${base}@${recipientIso3}/${sector}`;
}

/** A party as the ledger names it: a State of the registry, else the organisation's words. */
interface Party {
  iso3: string | null;
  name: string;
}

function partyOf(org: Organisation, iso3: string | null, registry: Registry): Party {
  const stateName = iso3 ? registry.nameOf(iso3) : null;
  return stateName && iso3 ? { iso3, name: stateName } : { iso3: null, name: org.name ?? org.ref ?? '?' };
}

/** A flow to put in the ledger before its split by recipient and sector. */
interface Flow {
  t: IatiTransaction;
  status: LedgerStatus;
  provider: Party;
  channel: Party | null;
}

/**
 * The flows of one activity. **Funding chain**: when money came in from someone other than the
 * publisher (incoming funds, type 1; incoming commitments, type 11; or a commitment, type 2, whose
 * provider-org is another organisation), the publisher is a channel: each of those transactions is
 * a flow from its provider (the donor State behind it when known) through the publisher, incoming
 * funds as disbursed and commitments as committed; the publisher's own outgoing commitments,
 * disbursements and expenditure in that activity are **not** counted (`passedOn`): they spend the
 * same money, and counting them too would count it twice. **Otherwise** the publisher's own outgoing
 * commitments (2) are committed and disbursements (3) disbursed; expenditure (4) counts as disbursed
 * only in an activity that reports no disbursement, so the same money is never counted as both.
 */
function flowsOf(
  a: IatiActivity,
  registry: Registry,
): { flows: Flow[]; passedOn: number; funders: string[] } {
  const publisherIso3Code = publisherIso3(a.reportingOrg.ref, a.reportingOrg.type);
  const publisher = partyOf(a.reportingOrg, publisherIso3Code, registry);
  const sameRef = (x: string | null, y: string | null) =>
    x !== null && y !== null && x.trim().toUpperCase() === y.trim().toUpperCase();
  const isPublisher = (o: Organisation, iso3: string | null) =>
    sameRef(o.ref, a.reportingOrg.ref) ||
    (iso3 !== null && iso3 === publisherIso3Code) ||
    (o.ref === null && o.name !== null && o.name === a.reportingOrg.name);
  const fromOthers = a.transactions.filter((t) => {
    if (!t.provider || !['1', '11', '2'].includes(t.type)) return false;
    return !isPublisher(t.provider, organisationIso3(t.provider, registry));
  });
  if (fromOthers.length > 0) {
    const flows = fromOthers.map((t) => {
      const org = t.provider as Organisation;
      return {
        t,
        status: (t.type === '1' ? 'disbursed' : 'committed') as LedgerStatus,
        provider: partyOf(org, organisationIso3(org, registry), registry),
        channel: publisher,
      };
    });
    const own = a.transactions.filter((t) => ['2', '3', '4'].includes(t.type) && !fromOthers.includes(t));
    return { flows, passedOn: own.length, funders: [...new Set(flows.map((f) => f.provider.name))] };
  }
  const disburses = a.transactions.some((t) => t.type === '3');
  const flows: Flow[] = [];
  for (const t of a.transactions) {
    const status: LedgerStatus | null =
      t.type === '2' ? 'committed' : t.type === '3' || (t.type === '4' && !disburses) ? 'disbursed' : null;
    if (status) flows.push({ t, status, provider: publisher, channel: null });
  }
  return { flows, passedOn: 0, funders: [] };
}

export function extractEntries(activities: XmlNode[], registry: Registry, opts: ExtractOptions): Extraction {
  const wanted = new Set(opts.sectors);
  const byWords = opts.byWords ?? true;
  const skipped: Skipped = {
    noSelectedSector: 0,
    noCcmRecipient: 0,
    noCountedTransaction: 0,
    transactionsWithoutValueOrYear: 0,
    passedOn: 0,
    recipientOwnFunds: 0,
    reportedByOtherSide: 0,
  };
  const entries: ProposedEntry[] = [];
  const decisions: ActivityDecision[] = [];
  let kept = 0;
  for (const node of activities) {
    const a = readActivity(node);
    const allSectors = [...a.sectors, ...a.transactions.flatMap((t) => t.sectors)].map((s) => s.code);
    const decision: ActivityDecision = {
      identifier: a.identifier,
      title: a.texts[0] ?? null,
      kept: false,
      reason: 'noSelectedSector',
      pickedSectors: [...new Set(allSectors.filter((c) => wanted.has(c)))],
      sectors: [...new Set(allSectors)],
      words: byWords ? mineActionWordsIn(a.texts) : [],
      funders: [],
      entries: 0,
    };
    decisions.push(decision);
    // Without an identifier a transaction cannot be recognised on the next upload: never proposed.
    if (!a.identifier) {
      decision.reason = 'noIdentifier';
      skipped.noCountedTransaction++;
      continue;
    }
    // A picked sector decides alone; words find an activity that has none of them, which then
    // counts in full, over its own sectors (or whole, when it names none).
    const found = decision.pickedSectors.length ? 'sector' : decision.words.length ? 'words' : null;
    if (found === null) {
      skipped.noSelectedSector++;
      continue;
    }
    const counts = (sector: string) => (found === 'sector' ? wanted.has(sector) : true);
    const anyRecipient = [...a.countries, ...a.transactions.flatMap((t) => t.countries)].some((c) => {
      const iso3 = iso3Of(c.code);
      return iso3 !== null && registry.isCcmState(iso3);
    });
    if (!anyRecipient) {
      decision.reason = 'noCcmRecipient';
      skipped.noCcmRecipient++;
      continue;
    }
    const { flows, passedOn, funders } = flowsOf(a, registry);
    decision.funders = funders;
    skipped.passedOn += passedOn;
    const before = entries.length;
    const refUses = new Map<string, number>();
    for (const t of a.transactions)
      if (t.ref) refUses.set(`${t.type}\u0000${t.ref}`, (refUses.get(`${t.type}\u0000${t.ref}`) ?? 0) + 1);
    for (const { t, status, provider, channel } of flows) {
      if (t.value === null || t.value === 0 || t.year === null || t.year < 1990 || t.year > 2100) {
        skipped.transactionsWithoutValueOrYear++;
        continue;
      }
      const refIsUnique = t.ref === null || refUses.get(`${t.type}\u0000${t.ref}`) === 1;
      // A chain's flow came from the provider's activity; the publisher's own went to the receiver's.
      const named = channel ? t.providerActivityId : t.receiverActivityId;
      const counterpart = named !== null && named !== a.identifier ? named : null;
      let ownFunds = false;
      const countryShares = shares(t.countries.length ? t.countries : a.countries);
      const sectorList = t.sectors.length ? t.sectors : a.sectors;
      const sectorShares = shares(sectorList.length ? sectorList : [{ code: '', percentage: null }]);
      for (const [iso2, countryShare] of countryShares) {
        const recipientIso3 = iso3Of(iso2);
        if (!recipientIso3 || !registry.isCcmState(recipientIso3)) continue;
        // A State's own money in its own country is national, not international cooperation.
        if (provider.iso3 === recipientIso3) {
          ownFunds = true;
          continue;
        }
        for (const [sector, sectorShare] of sectorShares) {
          if (!counts(sector)) continue;
          const amount = cents(t.value * countryShare * sectorShare);
          if (amount === 0) continue;
          entries.push({
            iatiActivityId: a.identifier,
            iatiTransactionKey: transactionKey(t, recipientIso3, sector, refIsUnique),
            providerIso3: provider.iso3,
            providerName: provider.name,
            channel: channel?.name ?? null,
            channelIso3: channel?.iso3 ?? null,
            counterpartActivityId: counterpart,
            recipientIso3,
            year: t.year,
            area: areaOfSector(sector, opts.otherArea),
            amount,
            currency: t.currency,
            status,
            sector,
            share: countryShare * sectorShare,
          });
        }
      }
      if (ownFunds) skipped.recipientOwnFunds++;
    }
    decision.entries = entries.length - before;
    if (decision.entries > 0) {
      kept++;
      decision.kept = true;
      decision.reason = found;
    } else {
      decision.reason = 'noCountedTransaction';
      skipped.noCountedTransaction++;
    }
  }
  return { activitiesRead: activities.length, activitiesKept: kept, entries, skipped, activities: decisions };
}
