import { type Section, sections } from '../model.js';
import type { NarrativeAuthorRole } from '../schema.js';

/*
 * The written parts of each section of the Progress Report, after seed 004 and PROGRESS-REPORT.md §2
 * (the paragraphs marked H): who writes each. Every section also has its questions for discussion,
 * written by the same author role as the section's paragraphs. Each text's words are in the
 * catalogue (progressNarrative:slots.<key>).
 */

export interface WrittenSlot {
  section: Section;
  /** Unique within the section; `questions` is the section's questions for discussion. */
  key: string;
  kind: 'paragraph' | 'questions';
  authorRole: NarrativeAuthorRole;
}

const paragraphs: Array<[Section, string, NarrativeAuthorRole]> = [
  ['A', 'presidentOverview', 'president'],
  ['B', 'genderWork', 'coordinator'],
  ['C', 'outreach', 'coordinator'],
  ['D', 'retentionPlans', 'coordinator'],
  ['E', 'clearanceProgress', 'coordinator'],
  ['F', 'riskEducation', 'coordinator'],
  ['G', 'services', 'coordinator'],
  ['G', 'challenges', 'coordinator'],
  ['H', 'partnerships', 'coordinator'],
  ['I', 'reminders', 'coordinator'],
  ['J', 'measures', 'coordinator'],
  ['K', 'presidentCompliance', 'president'],
];

/** Sections whose questions the President writes (no Coordinator holds their area). */
const presidentSections = new Set<Section>(['A', 'K']);

export const writtenSlots: WrittenSlot[] = sections.flatMap((section) => [
  ...paragraphs
    .filter(([s]) => s === section)
    .map(([, key, authorRole]) => ({ section, key, kind: 'paragraph' as const, authorRole })),
  {
    section,
    key: 'questions',
    kind: 'questions' as const,
    authorRole: presidentSections.has(section) ? ('president' as const) : ('coordinator' as const),
  },
]);

export const slotsOf = (section: Section) => writtenSlots.filter((s) => s.section === section);

export const findSlot = (section: string, key: string): WrittenSlot | undefined =>
  writtenSlots.find((s) => s.section === section && s.key === key);

export const isSection = (s: string): s is Section => (sections as readonly string[]).includes(s);
