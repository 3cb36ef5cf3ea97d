import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { FieldErrors } from '../../kernel/errors.js';
import { editableRows } from '../../kernel/verb-helpers.js';
import { findMeeting } from '../calendar/index.js';
import { states } from '../states/schema.js';
import type { CreatePracticeInput } from './inputs.js';
import { PracticeNotFoundError } from './inputs.js';
import { goodPractices } from './schema.js';

/** The three writes of a practice (one file each) share these helpers. */

export type PracticeRow = typeof goodPractices.$inferSelect;

/**
 * A lone UTF-16 surrogate cannot be written into a jsonb value (PostgreSQL refuses its escape), and
 * no person means one: it becomes the replacement character, as it would in a text column.
 */
const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const textsOf = (texts: CreatePracticeInput['texts']) =>
  Object.fromEntries(
    Object.entries(texts).flatMap(([lang, t]) =>
      t
        ? [
            [
              lang,
              {
                title: wellFormed(t.title),
                done: wellFormed(t.done),
                achieved: t.achieved === null ? null : wellFormed(t.achieved),
              },
            ],
          ]
        : [],
    ),
  ) as CreatePracticeInput['texts'];

/** What a practice says, as stored: the columns the form fills. */
export const described = (i: Omit<CreatePracticeInput, 'referenceKey'>) => ({
  area: i.area,
  language: i.language,
  texts: textsOf(i.texts),
  stateIso3s: i.states,
  partners: i.partners.map(wellFormed),
  sourceKind: i.sourceKind,
  sourceReference: i.sourceReference,
  sourceTitle: i.sourceTitle,
  lapAction: i.lapAction,
  practiceOn: i.practiceOn,
});

const auditView = (p: PracticeRow) => ({
  status: p.status,
  area: p.area,
  language: p.language,
  texts: p.texts,
  stateIso3s: p.stateIso3s,
  partners: p.partners,
  source: { kind: p.sourceKind, reference: p.sourceReference, title: p.sourceTitle },
  lapAction: p.lapAction,
  practiceOn: p.practiceOn,
});

export const audit = (before: PracticeRow | null, after: PracticeRow) => [
  {
    subjectType: 'good_practice',
    subjectId: String(after.id),
    stateIso3: after.stateIso3s.length === 1 ? after.stateIso3s[0] : null,
    before: before ? auditView(before) : null,
    after: auditView(after),
  },
];

/** How the writes of a practice change its row. */
export const practiceRows = editableRows(goodPractices, (id) => new PracticeNotFoundError(id), audit);

/** The practice a write changes, locked until the transaction ends: writers to one practice queue. */
export const lockPractice = practiceRows.lock;

/** The States must be in the registry; a meeting statement's reference must be a known meeting's code. */
export async function checkReferences(
  db: Executor,
  input: { states: string[]; sourceKind: string; sourceReference: string },
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (input.states.length) {
    const rows = await db
      .select({ iso3: states.iso3 })
      .from(states)
      .where(inArray(states.iso3, input.states));
    if (rows.length !== input.states.length) errors.states = ['practices:errors.states'];
  }
  if (input.sourceKind === 'meeting_statement' && !(await findMeeting(db, input.sourceReference)))
    errors.sourceReference = ['practices:errors.meeting'];
  return errors;
}
