import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { AppEnv } from '../../../kernel/http.js';
import type { Source } from '../derive.js';
import type { NeedStatus } from '../shared/vocabulary.js';
import type { NeedFields } from './rows.js';

/** How complete a need's evidence is, and what the State could add (11MSP Progress Report §59). */
export interface Evidence {
  /** 0–5: one point per criterion met. */
  score: number;
  max: 5;
  met: EvidenceCriterion[];
  missing: EvidenceCriterion[];
}
export type EvidenceCriterion = 'plan' | 'activities' | 'timeframe' | 'cost' | 'nationalContribution';

/** A need as every cooperation page reads it. */
export interface NeedView extends NeedFields {
  id: number;
  stateIso3: string;
  stateName: string;
  /** The State's UN M49 region, as in the States registry (for matching by priority region). */
  region: string | null;
  origin: 'report' | 'direct';
  /** The status as stored (never `lapsed`). */
  storedStatus: Exclude<NeedStatus, 'lapsed'>;
  /** The status today: `lapsed` when the confirmation has run out. */
  status: NeedStatus;
  isPublic: boolean;
  lastConfirmedOn: string;
  /** The day it lapses unless reconfirmed (12 months after the last confirmation). */
  lapsesOn: string;
  /** Why it is lapsed today (`status` is `lapsed`): its confirmation ran out, or the next annual report left it out. */
  lapseReason: 'expired' | 'left_out' | null;
  /** The report row it was last read from, for report origins. */
  source: Source | null;
  evidence: Evidence;
  /** ISO instants of creation and of the last change. */
  createdAt: string;
  updatedAt: string;
  /** The row's version: the edit form carries it, so a save made from an older one is refused. */
  version: number;
  /** Demonstration data: read from a demonstration report, or its description carries the mark. */
  demonstration: boolean;
}

/**
 * A part of a need's page that another cooperation feature renders (matching, responses): it gets
 * the request and the need, and returns its section, or null to show nothing.
 */
export type NeedSection = (c: Context<AppEnv>, need: NeedView) => Promise<JSX.Element | null>;
