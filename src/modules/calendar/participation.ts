/*
 * Participation, pure: reading a list of participants (CSV) row by row, and the figures the
 * Progress Report counts from it (Lausanne Action Plan actions 4, 5 and 10).
 */
import { parse } from 'csv-parse/sync';
import type { DelegationStatus, Gender } from './vocabulary.js';

export interface ParticipantRow {
  /** The line of the file the row came from (the header is line 1). */
  line: number;
  /** A State's three-letter code (upper case), or null for an organisation. */
  stateIso3: string | null;
  organisation: string | null;
  name: string;
  gender: Gender;
  head: boolean;
  survivor: boolean;
  role: string | null;
}

export interface RowError {
  line: number;
  field: string;
  key: string;
}

export const participantColumns = ['delegation', 'name', 'gender', 'head', 'survivor', 'role'] as const;
const requiredColumns = ['delegation', 'name', 'gender', 'head', 'survivor'];

const GENDER: Record<string, Gender> = {
  f: 'woman',
  female: 'woman',
  woman: 'woman',
  w: 'woman',
  femme: 'woman',
  mujer: 'woman',
  m: 'man',
  male: 'man',
  man: 'man',
  homme: 'man',
  hombre: 'man',
  other: 'other',
  x: 'other',
  autre: 'other',
  otro: 'other',
  '': 'not_known',
};

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'oui', 'sí', 'si']);
const NO = new Set(['', 'no', 'n', 'false', '0', 'non']);

function yesNo(v: string): boolean | null {
  const s = v.trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return null;
}

export const MAX_PARTICIPANT_ROWS = 5000;

/**
 * Reads a list of participants: one row per person, columns `delegation` (a State's three-letter
 * code or an organisation's name), `name`, `gender`, `head`, `survivor` and optionally `role`.
 * Every problem is reported with its line; rows are returned only when there is none.
 */
export function readParticipantsCsv(text: string): { rows: ParticipantRow[]; errors: RowError[] } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch {
    return { rows: [], errors: [{ line: 0, field: 'file', key: 'calendar:participants.errors.unreadable' }] };
  }
  return readParticipantRecords(records);
}

/**
 * Reads a list of participants already split into cells, whatever file it came from: the first
 * record is the header. `lines` gives the line (or sheet row) of each record, when not 1, 2, 3…
 */
export function readParticipantRecords(
  records: readonly string[][],
  lines?: readonly number[],
): { rows: ParticipantRow[]; errors: RowError[] } {
  const [header, ...body] = records;
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const missing = requiredColumns.filter((c) => !columns.includes(c));
  if (!header || missing.length)
    return {
      rows: [],
      errors: [
        {
          line: lines?.[0] ?? 1,
          field: missing.join(', ') || 'file',
          key: 'calendar:participants.errors.columns',
        },
      ],
    };
  if (body.length === 0)
    return { rows: [], errors: [{ line: 0, field: 'file', key: 'calendar:participants.errors.empty' }] };
  if (body.length > MAX_PARTICIPANT_ROWS)
    return { rows: [], errors: [{ line: 0, field: 'file', key: 'calendar:participants.errors.tooMany' }] };
  const at = (r: string[], c: string) => (r[columns.indexOf(c)] ?? '').trim();
  const rows: ParticipantRow[] = [];
  const errors: RowError[] = [];
  body.forEach((r, i) => {
    const line = lines?.[i + 1] ?? i + 2;
    const delegation = at(r, 'delegation');
    const name = at(r, 'name');
    const gender = GENDER[at(r, 'gender').toLowerCase()];
    const head = yesNo(at(r, 'head'));
    const survivor = yesNo(at(r, 'survivor'));
    const role = at(r, 'role');
    const fail = (field: string, key: string) => errors.push({ line, field, key });
    if (!delegation) fail('delegation', 'calendar:participants.errors.delegation');
    else if (delegation.length > 200) fail('delegation', 'errors:tooLong');
    if (!name) fail('name', 'calendar:participants.errors.name');
    else if (name.length > 200) fail('name', 'errors:tooLong');
    if (!gender) fail('gender', 'calendar:participants.errors.gender');
    if (head === null) fail('head', 'calendar:participants.errors.yesNo');
    if (survivor === null) fail('survivor', 'calendar:participants.errors.yesNo');
    if (role.length > 200) fail('role', 'errors:tooLong');
    const state = /^[A-Za-z]{3}$/.test(delegation) ? delegation.toUpperCase() : null;
    rows.push({
      line,
      stateIso3: state,
      organisation: state ? null : delegation,
      name,
      gender: gender ?? 'not_known',
      head: head ?? false,
      survivor: survivor ?? false,
      role: role || null,
    });
  });
  // One head per delegation.
  const heads = new Map<string, number>();
  for (const r of rows) {
    if (!r.head) continue;
    const key = r.stateIso3 ?? `org:${r.organisation}`;
    if (heads.has(key))
      errors.push({ line: r.line, field: 'head', key: 'calendar:participants.errors.twoHeads' });
    else heads.set(key, r.line);
  }
  return errors.length ? { rows: [], errors } : { rows, errors };
}

export interface DelegationForFigures {
  /** Null when the meeting's first day is not known, so neither party nor not party can be said. */
  status: DelegationStatus | null;
  delegates: Array<{ gender: Gender; head: boolean; survivor: boolean }>;
}

export interface ParticipationFigures {
  delegations: number;
  delegates: number;
  statePartyDelegations: number;
  statePartyDelegates: number;
  womenStatePartyDelegates: number;
  /** Delegates of States Parties whose gender the list does not give: never counted as men. */
  genderNotKnownStatePartyDelegates: number;
  delegationsHeadedByWomen: number;
  /** Delegations whose head the list names. */
  delegationsWithHead: number;
  /** States present whose status on the day was not party (signatories, States not party, withdrawn). */
  statesNotPartyPresent: number;
  delegationsWithSurvivors: number;
  statePartyDelegationsWithSurvivors: number;
}

/** The figures of a meeting's participation, counted from its delegations. */
export function participationFigures(delegations: readonly DelegationForFigures[]): ParticipationFigures {
  const sp = delegations.filter((d) => d.status === 'state_party');
  const spDelegates = sp.flatMap((d) => d.delegates);
  const headOf = (d: DelegationForFigures) => d.delegates.find((p) => p.head);
  return {
    delegations: delegations.length,
    delegates: delegations.reduce((n, d) => n + d.delegates.length, 0),
    statePartyDelegations: sp.length,
    statePartyDelegates: spDelegates.length,
    womenStatePartyDelegates: spDelegates.filter((p) => p.gender === 'woman').length,
    genderNotKnownStatePartyDelegates: spDelegates.filter((p) => p.gender === 'not_known').length,
    delegationsHeadedByWomen: delegations.filter((d) => headOf(d)?.gender === 'woman').length,
    delegationsWithHead: delegations.filter((d) => headOf(d)).length,
    statesNotPartyPresent: delegations.filter(
      (d) => d.status === 'signatory' || d.status === 'not_party' || d.status === 'withdrawn',
    ).length,
    delegationsWithSurvivors: delegations.filter((d) => d.delegates.some((p) => p.survivor)).length,
    statePartyDelegationsWithSurvivors: sp.filter((d) => d.delegates.some((p) => p.survivor)).length,
  };
}

/** Rows grouped into delegations, in the order each first appears. */
export function groupDelegations<R extends { stateIso3: string | null; organisation: string | null }>(
  rows: readonly R[],
): Array<{ stateIso3: string | null; organisation: string | null; members: R[] }> {
  const out = new Map<string, { stateIso3: string | null; organisation: string | null; members: R[] }>();
  for (const r of rows) {
    const key = r.stateIso3 ?? `org:${r.organisation}`;
    const group = out.get(key) ?? { stateIso3: r.stateIso3, organisation: r.organisation, members: [] };
    group.members.push(r);
    out.set(key, group);
  }
  return [...out.values()];
}
