import type { JudgedIndicator, JudgedReport } from '../judgement/apply.js';
import type { Section } from '../model.js';

/*
 * The generated paragraphs of the Progress Report: fixed text (progressNarrative:generated.<key>)
 * with figures and lists taken from the judged figures, never typed. Pure: the judged report goes
 * in, the paragraphs come out with the indicators they rest on (their evidence pages). The values
 * are kept apart from the words, as tagged parameters, so that a frozen version can be shown in
 * any language and two versions compared value by value. States are kept by ISO-3 code (`units`),
 * named and sorted in the reader's language when the paragraph is written out; `list` (labels as
 * they were) is read only in versions frozen before that.
 */

/** One value of a paragraph, tagged with how it is written out. */
export type Param =
  | { n: number }
  | { figure: { value: number; denominator: number | null } }
  | { date: string }
  /** Labels as frozen by the first versions (English): shown as they are. */
  | { list: string[] }
  /** What is counted: a State by its ISO-3 code (named in the reader's language), else by its label. */
  | { units: Unit[] }
  | { ordinal: number }
  | { key: string };

/** A State by its code (its label, the registry's name, only a fallback), or another unit by its label. */
export interface Unit {
  iso3: string | null;
  label: string;
}

export interface GeneratedParagraph {
  section: Section;
  key: string;
  /** The catalogue key of the text. */
  textKey: string;
  /** The number the text agrees with in the plural (i18next `count`), when it has one. */
  count: number | null;
  params: Record<string, Param>;
  /** The indicators the figures and lists come from, each with its evidence page. */
  indicators: string[];
}

const counted = (i: JudgedIndicator) =>
  (i.assessed?.evidence ?? i.computed.evidence).filter((e) => e.counted);
const unitOf = (e: { iso3: string | null; label: string }): Unit => ({ iso3: e.iso3, label: e.label });
const units = (i: JudgedIndicator) => counted(i).map(unitOf);

/** An unknown figure is said to be unknown, with its reason: never written as 0. */
const unknown = (section: Section, key: string, i: JudgedIndicator): GeneratedParagraph => ({
  section,
  key,
  textKey: 'progressNarrative:generated.unknown',
  count: null,
  params: {
    indicator: { key: `progress:indicators.${i.id}` },
    reason: { key: `progress:noData.${i.shown.noData ?? i.computed.noData ?? 'noRecordKept'}` },
  },
  indicators: [i.id],
});

/** "n States …: A, B and C." (or "n of m"), from one indicator. */
function listed(section: Section, key: string, i: JudgedIndicator | undefined): GeneratedParagraph | null {
  if (!i) return null;
  if (i.shown.value === null) return unknown(section, key, i);
  return {
    section,
    key,
    textKey: `progressNarrative:generated.${key}`,
    count: i.shown.value,
    params: {
      figure: { figure: { value: i.shown.value, denominator: i.shown.denominator } },
      states: { units: units(i) },
    },
    indicators: [i.id],
  };
}

/** §12: who joined in the window, on which day, and how many States Parties that makes. */
function newParties(joined: JudgedIndicator | undefined, parties: JudgedIndicator | undefined) {
  if (!joined) return null;
  const key = 'newParties';
  if (joined.shown.value === null) return unknown('C', key, joined);
  const total = parties?.computed.denominator ?? null;
  const states = counted(joined);
  const indicators = [joined.id, ...(parties && total !== null ? [parties.id] : [])];
  const deposited = states[0]?.bases.find((b) => b.kind === 'registry' && b.fact === 'instrument_deposited');
  if (states.length === 1 && total !== null && deposited?.kind === 'registry' && deposited.on)
    return {
      section: 'C' as const,
      key,
      textKey: 'progressNarrative:generated.newPartiesOne',
      count: 1,
      params: {
        state: { units: [unitOf(states[0]!)] },
        date: { date: deposited.on },
        ordinal: { ordinal: total },
      },
      indicators,
    };
  return {
    section: 'C' as const,
    key,
    textKey:
      total === null
        ? 'progressNarrative:generated.newParties'
        : 'progressNarrative:generated.newPartiesTotal',
    count: joined.shown.value,
    params: {
      figure: { figure: { value: joined.shown.value, denominator: null } },
      states: { units: states.map(unitOf) },
      ...(total === null ? {} : { total: { n: total } }),
    },
    indicators,
  };
}

/** §51–52: the States that reported giving, and those that reported receiving, assistance (Form I). */
function byTable(key: 'providers' | 'recipients', i: JudgedIndicator | undefined): GeneratedParagraph | null {
  if (!i) return null;
  if (i.computed.value === null) return unknown('H', key, i);
  const table = key === 'providers' ? 'assistanceProvided' : 'assistanceReceived';
  const states = i.computed.evidence
    .filter((e) => e.counted && e.bases.some((b) => b.kind === 'report' && b.table === table && b.row))
    .map(unitOf);
  return {
    section: 'H',
    key,
    textKey: `progressNarrative:generated.${key}`,
    count: states.length,
    params: { figure: { figure: { value: states.length, denominator: null } }, states: { units: states } },
    indicators: [i.id],
  };
}

/**
 * The generated paragraphs of every section, in the order they are printed. A few per section,
 * chosen where seed 004's sentence can be built from a figure and its list (this module's README).
 */
export function generatedParagraphs(report: JudgedReport): GeneratedParagraph[] {
  const by = new Map(report.indicators.map((i) => [i.id, i]));
  const at = (id: string) => by.get(id);
  const all: Array<GeneratedParagraph | null> = [
    listed('A', 'supportGiven', at('LAP3a')),
    listed('B', 'womenPresidents', at('LAP4b')),
    newParties(at('LAP10a'), at('LAP47a')),
    listed('C', 'voluntaryReports', at('LAP10c')),
    listed('D', 'stockpilesDeclared', at('LAP13')),
    listed('D', 'retention', at('LAP17a')),
    listed('E', 'detailedProgress', at('LAP19b')),
    listed('E', 'disaggregated', at('LAP24')),
    listed('F', 'residualRisk', at('LAP30')),
    listed('G', 'victimData', at('LAP31')),
    byTable('providers', at('LAP40')),
    byTable('recipients', at('LAP40')),
    listed('H', 'requesters', at('LAP41b')),
    listed('I', 'onTime', at('LAP43')),
    listed('I', 'obligationReports', at('LAP44')),
    listed('J', 'legislationDifficulties', at('LAP48a')),
    listed('K', 'extensionRequests', at('LAP50')),
  ];
  return all.filter((p): p is GeneratedParagraph => p !== null);
}
