import { citationOf, progressReport11MSP } from '../../states/index.js';
import type { Section, Unit } from '../model.js';
import type { PublishedFigure, PublishedReport, PublishedStatus, WrittenReason } from './published.js';

/*
 * The 82 indicator figures of the 11MSP Progress Report (seed 004, CCM/MSP/2023/…, 17 July 2023) as
 * it prints them in the "Action N | results in numbers" tables, with the summary bullets and
 * paragraphs that print them too, and the States it names. Facts of the document, entered once.
 */

interface Opts {
  of?: number;
  unit?: Unit;
  summary?: boolean;
  at?: number[];
  named?: PublishedFigure['named'];
  related?: PublishedFigure['related'];
  why?: WrittenReason[];
  parts?: PublishedFigure['parts'];
}

function printed(
  id: string,
  section: Section,
  action: number,
  status: PublishedStatus,
  value: number | null,
  o: Opts = {},
): PublishedFigure {
  return {
    id,
    status,
    value,
    denominator: o.of ?? null,
    unit: o.unit ?? 'states',
    ...(o.parts ? { parts: o.parts } : {}),
    where: { section, action, summary: o.summary ?? false, paragraphs: o.at ?? [] },
    ...(o.named ? { named: o.named } : {}),
    ...(o.related ? { related: o.related } : {}),
    ...(o.why ? { why: o.why } : {}),
  };
}
const fig = (id: string, section: Section, action: number, value: number, o: Opts = {}) =>
  printed(id, section, action, 'figure', value, o);

const counted = (paragraphs: number[], iso3: string[]): PublishedFigure['named'] => ({
  of: 'counted',
  paragraphs,
  iso3,
});
const demo = (id: string): WrittenReason => ({
  kind: 'notInDemonstrationData',
  note: `progressJudgement:why.${id}`,
  whileDemonstration: true,
});
const written = (kind: WrittenReason['kind'], id: string): WrittenReason => ({
  kind,
  note: `progressJudgement:why.${id}`,
});

// The populations as the document counts and names them.
const AFF4 = ['AFG', 'BIH', 'TCD', 'CHL', 'DEU', 'IRQ', 'LAO', 'LBN', 'MRT', 'SOM']; // §30
const ART3 = ['BGR', 'PER', 'SVK', 'ZAF']; // §19
const VA = ['AFG', 'ALB', 'BIH', 'TCD', 'HRV', 'IRQ', 'LAO', 'LBN', 'MRT', 'MNE', 'SOM']; // §42
const RET = ['BEL', 'BIH', 'BGR', 'CMR', 'FRA', 'DEU', 'NLD', 'SVK', 'ESP', 'SWE', 'CHE', 'DNK']; // §26
const union = (...lists: string[][]) => [...new Set(lists.flat())].sort();

// §51: the providers by Article (its "20" names 18); §52: the recipients.
const PROVIDERS_51 = union(
  ['AUS', 'CAN', 'IRL', 'ITA'],
  ['AUS', 'BEL', 'CAN', 'FRA', 'DEU', 'IRL', 'ITA', 'JPN', 'LIE', 'MCO', 'NLD', 'NZL', 'NOR', 'ESP', 'SWE'],
  ['CHE', 'GBR'],
  ['AND', 'AUS', 'BEL', 'DEU', 'IRL', 'ITA', 'JPN', 'LIE', 'MCO', 'NLD', 'SWE', 'CHE'],
);
const RECIPIENTS_52 = ['AFG', 'BIH', 'BGR', 'TCD', 'HRV', 'IRQ', 'LAO', 'LBN', 'MNE', 'PER', 'SVK'];
// §53–55: the States that requested assistance for Articles 3, 4 and 5.
const REQUESTERS_53_55 = union(
  ['PER'],
  ['AFG', 'BIH', 'TCD', 'IRQ', 'LAO', 'LBN', 'MRT', 'SOM'],
  ['AFG', 'BIH', 'TCD', 'IRQ', 'LAO', 'LBN', 'MRT', 'MNE', 'SOM'],
);
// §78: 12 States in the window and 10 that had reported before.
const DISSEMINATED_78 = [
  ...['AUS', 'BIH', 'CAN', 'CHL', 'HRV', 'CUB', 'FRA', 'IRQ', 'LAO', 'PER', 'ESP', 'CHE'],
  ...['BEL', 'BOL', 'CMR', 'COL', 'DNK', 'DOM', 'IRL', 'MDA', 'NOR', 'SWE'],
];

export const published11MSP: PublishedReport = {
  meeting: '11MSP',
  document: citationOf(progressReport11MSP),
  populations: {
    affected_art4: { size: 10, paragraphs: [30], iso3: AFF4 },
    art3: { size: 4, paragraphs: [19], iso3: ART3 },
    victims: { size: 11, paragraphs: [42], iso3: VA },
    retaining: { size: 12, paragraphs: [26], iso3: RET },
    art3_art4_art5: { size: 17, paragraphs: [19, 30, 42], iso3: union(ART3, AFF4, VA) },
    art3_art4_retaining: { size: 22, paragraphs: [19, 26, 30], iso3: union(ART3, AFF4, RET) },
    parties_by_deposit: { size: 111, paragraphs: [12] },
    annual_reports_owed: { size: 102, paragraphs: [63] },
  },
  figures: [
    // ---- A. Guiding principles ----
    fig('LAP1a', 'A', 1, 2),
    fig('LAP1b', 'A', 1, 14, { summary: true, why: [demo('LAP1b')] }),
    fig('LAP2a', 'A', 2, 7),
    fig('LAP2b', 'A', 2, 2),
    fig('LAP3a', 'A', 3, 22, {
      at: [51],
      related: [{ paragraphs: [51], value: 20, relation: 'same', named: PROVIDERS_51 }],
      why: [demo('LAP3a')],
    }),
    fig('LAP3b', 'A', 3, 10),
    fig('LAP5a', 'A', 5, 8),
    fig('LAP5b', 'A', 5, 1, { unit: 'delegations' }),
    fig('LAP6', 'A', 6, 4),
    fig('LAP7', 'A', 7, 10),
    fig('LAP8', 'A', 8, 0),
    fig('LAP9a', 'A', 9, 28),
    fig('LAP9b', 'A', 9, 44),
    // ---- B. Gender mainstreaming ----
    fig('LAP4a', 'B', 4, 2, { summary: true }),
    fig('LAP4b', 'B', 4, 4, { unit: 'persons' }),
    fig('LAP4c', 'B', 4, 7, { unit: 'persons' }),
    fig('LAP4d', 'B', 4, 81, { of: 237, unit: 'persons' }),
    fig('LAP4e', 'B', 4, 24, { of: 73, unit: 'delegations' }),
    // ---- C. Universalization ----
    fig('LAP10a', 'C', 10, 1, { summary: true, at: [12], named: counted([12], ['NGA']) }),
    fig('LAP10b', 'C', 10, 14),
    fig('LAP10c', 'C', 10, 1, { summary: true, at: [32, 66], named: counted([32, 66], ['SSD']) }),
    fig('LAP11a', 'C', 11, 1, { unit: 'cases', summary: true }),
    fig('LAP11b', 'C', 11, 32),
    fig('LAP11c', 'C', 11, 0),
    fig('LAP11d', 'C', 11, 0, { unit: 'cases' }),
    // ---- D. Stockpile destruction and retention ----
    fig('LAP12a', 'D', 12, 3),
    fig('LAP12b', 'D', 12, 4, { at: [20], named: counted([20], ART3) }),
    fig('LAP13', 'D', 13, 1, {
      summary: true,
      at: [22],
      named: counted([22], ['GNB']),
      why: [written('definition', 'LAP13')],
    }),
    fig('LAP14', 'D', 14, 0),
    fig('LAP15', 'D', 15, 2, {
      unit: 'requests',
      related: [{ paragraphs: [25], value: 1, relation: 'set', named: ['ZAF'] }],
    }),
    fig('LAP16', 'D', 16, 3),
    fig('LAP17a', 'D', 17, 12, { at: [26], named: counted([26], RET), why: [demo('LAP17a')] }),
    printed('LAP17b', 'D', 17, 'notGiven', null, { unit: 'munitions' }),
    fig('LAP17c', 'D', 17, 199, {
      unit: 'munitions',
      parts: [
        { unit: 'munitions', value: 199 },
        { unit: 'submunitions', value: 15_539 },
      ],
      why: [written('definition', 'LAP17c')],
    }),
    // ---- E. Survey and clearance ----
    fig('LAP18a', 'E', 18, 8),
    fig('LAP18b', 'E', 18, 9),
    fig('LAP19a', 'E', 19, 8),
    fig('LAP19b', 'E', 19, 8, {
      summary: true,
      at: [31],
      named: counted([31], ['AFG', 'BIH', 'TCD', 'CHL', 'IRQ', 'DEU', 'LAO', 'LBN']),
      why: [demo('LAP19b')],
    }),
    fig('LAP20', 'E', 20, 1, {
      of: 2,
      unit: 'requests',
      summary: true,
      at: [35, 62],
      named: { of: 'population', paragraphs: [35], iso3: ['IRQ', 'MRT'] },
    }),
    fig('LAP21a', 'E', 21, 2),
    fig('LAP21b', 'E', 21, 8),
    fig('LAP22', 'E', 22, 5),
    fig('LAP23a', 'E', 23, 2),
    fig('LAP23b', 'E', 23, 3, { summary: true }),
    fig('LAP24', 'E', 24, 8, { why: [demo('LAP24')] }),
    fig('LAP25', 'E', 25, 0, { at: [30] }),
    fig('LAP26', 'E', 26, 2),
    // ---- F. Risk education ----
    fig('LAP27', 'F', 27, 8),
    fig('LAP28', 'F', 28, 6, { summary: true }),
    fig('LAP29a', 'F', 29, 5),
    fig('LAP29b', 'F', 29, 4),
    fig('LAP30', 'F', 30, 6, { why: [demo('LAP30')] }),
    // ---- G. Victim assistance ----
    fig('LAP31', 'G', 31, 7, { summary: true }),
    fig('LAP32', 'G', 32, 3),
    fig('LAP33a', 'G', 33, 8),
    fig('LAP33b', 'G', 33, 11),
    fig('LAP34a', 'G', 34, 7),
    fig('LAP34b', 'G', 34, 7, { summary: true }),
    fig('LAP35', 'G', 35, 7),
    fig('LAP36a', 'G', 36, 6, { why: [written('definition', 'LAP36a')] }),
    fig('LAP36b', 'G', 36, 1, { unit: 'delegations' }),
    fig('LAP37a', 'G', 37, 5),
    fig('LAP37b', 'G', 37, 9),
    // ---- H. International cooperation and assistance ----
    fig('LAP38a', 'H', 38, 14, { summary: true, why: [demo('LAP38a')] }),
    fig('LAP38b', 'H', 38, 0),
    fig('LAP39a', 'H', 39, 0),
    fig('LAP39b', 'H', 39, 31, {
      named: counted([51, 52], union(PROVIDERS_51, RECIPIENTS_52)),
      why: [written('definition', 'LAP39b')],
    }),
    fig('LAP40', 'H', 40, 31, {
      summary: true,
      at: [51, 52],
      named: counted([51, 52], union(PROVIDERS_51, RECIPIENTS_52)),
    }),
    fig('LAP41a', 'H', 41, 0),
    fig('LAP41b', 'H', 41, 10, {
      summary: true,
      at: [53, 54, 55],
      named: counted([53, 54, 55], REQUESTERS_53_55),
    }),
    fig('LAP42', 'H', 42, 2, { at: [39, 57], named: counted([39, 57], ['BIH', 'LBN']) }),
    // ---- I. Transparency ----
    fig('LAP43', 'I', 43, 33),
    fig('LAP44', 'I', 44, 22, { why: [demo('LAP44')] }),
    printed('LAP45', 'I', 45, 'notApplicable', null),
    fig('LAP46', 'I', 46, 0),
    // ---- J. National implementation measures ----
    fig('LAP47a', 'J', 47, 64, { of: 111, summary: true }),
    fig('LAP47b', 'J', 47, 22, { summary: true, at: [78], named: counted([78], DISSEMINATED_78) }),
    fig('LAP48a', 'J', 48, 6, {
      at: [79],
      named: counted([79], ['BWA', 'TCD', 'LBN', 'SOM', 'NGA', 'ZMB']),
      why: [demo('LAP48a')],
    }),
    fig('LAP48b', 'J', 48, 1, { summary: true, at: [80], named: counted([80], ['NGA']) }),
    printed('LAP48c', 'J', 48, 'noFigure', null),
    // ---- K. Compliance ----
    fig('LAP49', 'K', 49, 0, { summary: true, at: [85] }),
    fig('LAP50', 'K', 50, 1, {
      of: 3,
      unit: 'requests',
      summary: true,
      at: [86],
      named: { of: 'population', paragraphs: [25, 35, 86], iso3: ['ZAF', 'IRQ', 'MRT'] },
    }),
  ],
};

/** The published reports the platform holds, by meeting. */
export const publishedReports: readonly PublishedReport[] = [published11MSP];
