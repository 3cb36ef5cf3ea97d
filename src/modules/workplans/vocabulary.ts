/** Where an activity stands. `not_known`: no source says, and none is guessed. */
export const activityStatuses = ['planned', 'in_progress', 'done', 'dropped', 'not_known'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** A quarter as the timeline names it: `2022-Q4`. */
export const QUARTER_PATTERN = /^(19|20)\d{2}-Q[1-4]$/;
export type Quarter = string;

/** One line of a work plan's lists (objectives, outputs, implementers, partners), with where it comes from. */
export interface SourcedLine {
  text: string;
  /** The seed § or document it was read from; null when a person typed it (the audit trail says who). */
  source: string | null;
}

/** A document that carries an activity out: its symbol when it has one, its address when known. */
export interface ActivityDocument {
  symbol: string | null;
  title: string;
  href: string | null;
}
