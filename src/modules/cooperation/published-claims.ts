import { citationOf, progressReport11MSP } from '../states/index.js';

/**
 * Figures printed in published documents, kept as data so the platform can check them against the
 * reports behind them. A claim is never corrected here: the page shows where print and data part.
 */

export const summaryAreas = ['art3', 'art4', 'art5'] as const;
export type SummaryArea = (typeof summaryAreas)[number];
export const roles = ['providers', 'recipients', 'requesters'] as const;
export type Role = (typeof roles)[number];

/** `providersAny` / `recipientsAny`, or one role in one area (`art4.requesters`). */
export type Measure = 'providersAny' | 'recipientsAny' | `${SummaryArea}.${Role}`;

export interface PublishedClaim {
  id: string;
  document: string;
  year: number;
  measure: Measure;
  claimed: number;
  /** The States the document names for this figure (ISO3). */
  namedStates: string[];
}

// The 11MSP Progress Report, cited as the table of source documents names it.
const DOC = citationOf(progressReport11MSP);
const ART3_PROVIDERS = ['AUS', 'CAN', 'IRL', 'ITA'];
const ART4_PROVIDERS = [
  ...['AUS', 'BEL', 'CAN', 'FRA', 'DEU', 'IRL', 'ITA', 'JPN', 'LIE'],
  ...['MCO', 'NLD', 'NZL', 'NOR', 'ESP', 'SWE', 'CHE', 'GBR'],
];
const ART5_PROVIDERS = ['AND', 'AUS', 'BEL', 'DEU', 'IRL', 'ITA', 'JPN', 'LIE', 'MCO', 'NLD', 'SWE', 'CHE'];

export const publishedClaims: PublishedClaim[] = [
  {
    id: '11MSP-51-providers',
    document: `${DOC} §51`,
    year: 2022,
    measure: 'providersAny',
    // "Of the 20 States Parties that informed to have provided assistance": its three lists name 18.
    claimed: 20,
    namedStates: [...new Set([...ART3_PROVIDERS, ...ART4_PROVIDERS, ...ART5_PROVIDERS])].sort(),
  },
  {
    id: '11MSP-51-art3-providers',
    document: `${DOC} §51`,
    year: 2022,
    measure: 'art3.providers',
    claimed: 4,
    namedStates: ART3_PROVIDERS,
  },
  {
    id: '11MSP-51-art4-providers',
    document: `${DOC} §51`,
    year: 2022,
    measure: 'art4.providers',
    claimed: 17,
    namedStates: ART4_PROVIDERS,
  },
  {
    id: '11MSP-51-art5-providers',
    document: `${DOC} §51`,
    year: 2022,
    measure: 'art5.providers',
    claimed: 12,
    namedStates: ART5_PROVIDERS,
  },
  {
    id: '11MSP-52-recipients',
    document: `${DOC} §52`,
    year: 2022,
    measure: 'recipientsAny',
    claimed: 11,
    namedStates: ['AFG', 'BIH', 'BGR', 'TCD', 'HRV', 'IRQ', 'LAO', 'LBN', 'MNE', 'PER', 'SVK'],
  },
  {
    id: '11MSP-53-art3-recipients',
    document: `${DOC} §53`,
    year: 2022,
    measure: 'art3.recipients',
    claimed: 3,
    namedStates: ['BGR', 'PER', 'SVK'],
  },
  {
    id: '11MSP-53-art3-requesters',
    document: `${DOC} §53`,
    year: 2022,
    measure: 'art3.requesters',
    claimed: 1,
    namedStates: ['PER'],
  },
  {
    id: '11MSP-54-art4-requesters',
    document: `${DOC} §54`,
    year: 2022,
    measure: 'art4.requesters',
    claimed: 8,
    namedStates: ['AFG', 'BIH', 'TCD', 'IRQ', 'LAO', 'LBN', 'MRT', 'SOM'],
  },
  {
    id: '11MSP-54-art4-recipients',
    document: `${DOC} §54`,
    year: 2022,
    measure: 'art4.recipients',
    claimed: 6,
    namedStates: ['AFG', 'BIH', 'TCD', 'IRQ', 'LAO', 'LBN'],
  },
  {
    id: '11MSP-55-art5-requesters',
    document: `${DOC} §55`,
    year: 2022,
    measure: 'art5.requesters',
    claimed: 9,
    namedStates: ['AFG', 'BIH', 'TCD', 'IRQ', 'LAO', 'LBN', 'MRT', 'MNE', 'SOM'],
  },
  {
    id: '11MSP-55-art5-recipients',
    document: `${DOC} §55`,
    year: 2022,
    measure: 'art5.recipients',
    claimed: 6,
    namedStates: ['AFG', 'TCD', 'HRV', 'IRQ', 'LAO', 'LBN'],
  },
];
