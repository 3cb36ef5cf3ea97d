import type { Population, Section, Unit } from '../model.js';

/*
 * A published Progress Report's figures, entered once as printed, so the platform can hold them
 * against the data. A printed figure is never corrected here: the comparison shows where print and
 * data part, and why.
 */

/** Why a computed figure differs from the printed one: a small vocabulary, each shown with its detail. */
export const reasonKinds = [
  /** The demonstration data does not hold what the figure is counted from. */
  'notInDemonstrationData',
  /** The registry holds fewer or more States (or requests) than the document counts. */
  'registryCount',
  /** The document disagrees with itself (two figures from one answer, a list shorter than its figure). */
  'insideSeed',
  /** The figure is defined otherwise than the document counted it. */
  'definition',
  /** The platform keeps no data the figure could be counted from. */
  'noData',
] as const;
export type ReasonKind = (typeof reasonKinds)[number];

/** A reason that is a judgement about one indicator, written as data with a short explanation (a catalogue key). */
export interface WrittenReason {
  kind: ReasonKind;
  note: string;
  /** Applies only while the report rests on demonstration data. */
  whileDemonstration?: boolean;
}

/** A printed figure: a number; "not given" (the indicator is printed without one); no figure defined; N/A. */
export type PublishedStatus = 'figure' | 'notGiven' | 'noFigure' | 'notApplicable';

export interface PublishedFigure {
  id: string;
  status: PublishedStatus;
  value: number | null;
  /** Printed "x of y": y. */
  denominator: number | null;
  unit: Unit;
  /** A figure printed as two quantities ("199 … 15,539"). */
  parts?: Array<{ unit: Unit; value: number }>;
  /** Where printed: always the action's table of its section; also the summary, and paragraphs. */
  where: { section: Section; action: number; summary: boolean; paragraphs: number[] };
  /** The States the document names for this figure: the ones counted, or its population. */
  named?: { of: 'counted' | 'population'; paragraphs: number[]; iso3: string[] };
  /**
   * A figure printed elsewhere that this one must agree with: the same count ("same"), or a set
   * this figure counts a part of ("set").
   */
  related?: Array<{ paragraphs: number[]; value: number; relation: 'same' | 'set'; named?: string[] }>;
  why?: WrittenReason[];
}

/** A population as the document counts it: its size, and the States it names where it names them. */
export interface PublishedPopulation {
  size: number;
  paragraphs: number[];
  iso3?: string[];
}

export interface PublishedReport {
  meeting: string;
  /** The document, cited as the table of source documents names it. */
  document: string;
  populations: Partial<Record<Population, PublishedPopulation>>;
  figures: PublishedFigure[];
}
