import { addYears } from '../../kernel/dates.js';
import type { CoalitionStatus } from './vocabulary.js';

export interface ShownStatus {
  /** The status shown today. */
  status: CoalitionStatus;
  /** True when `dormant` is computed (an active coalition whose confirmation is over a year old), not stored. */
  lapsed: boolean;
  /** The last day it counts as confirmed: a year after its last confirmation. */
  confirmedUntil: string;
}

/**
 * Pure: the status a coalition shows on `today`. An active coalition whose last confirmed update is
 * more than a year before today shows as dormant; a proposed, dormant or closed one keeps its stored
 * status. Nothing is written: confirming it again brings it back.
 */
export function shownStatus(stored: CoalitionStatus, lastConfirmedOn: string, today: string): ShownStatus {
  const confirmedUntil = addYears(lastConfirmedOn, 1);
  const lapsed = stored === 'active' && today > confirmedUntil;
  return { status: lapsed ? 'dormant' : stored, lapsed, confirmedUntil };
}
