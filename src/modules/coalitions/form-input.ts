/*
 * The forms' plain-text fields and the verbs' structured input, both ways. Members are typed one per
 * line as `kind | who | role`: `state | FRA | donor`, `operator | Norwegian People’s Aid | technical expertise`.
 */

import type { FieldErrors } from '../../kernel/errors.js';
import { errorsAtFields } from '../../kernel/form-errors.js';
import { linesOf } from '../../kernel/form-text.js';
import { areas } from '../cooperation/index.js';
import type { CoalitionView } from './queries.js';

export const coalitionFields = [
  'stateIso3',
  'name',
  'members',
  ...areas.map((a) => `area_${a}`),
  'establishedOn',
  'status',
  'source',
  'published',
  'notes',
] as const;

export { pickFields as pick } from '../../kernel/form-text.js';

/** One member line: `kind | who | role`; the kind is checked by the verb. */
export function memberOfLine(line: string) {
  const [kind = '', who = '', role = ''] = line.split('|').map((s) => s.trim());
  const k = kind.toLowerCase();
  return k === 'state'
    ? { kind: k, stateIso3: who, name: null, role: role || null }
    : { kind: k, stateIso3: null, name: who, role: role || null };
}

export function coalitionInputFromForm(v: Record<string, string>) {
  return {
    stateIso3: v.stateIso3 ?? '',
    name: v.name ?? '',
    members: linesOf(v.members).map(memberOfLine),
    areas: areas.filter((a) => v[`area_${a}`] === 'yes'),
    establishedOn: v.establishedOn ?? '',
    status: v.status ?? '',
    source: v.source ?? '',
    published: v.published === 'yes',
    notes: v.notes ?? '',
  };
}

export function coalitionFormValues(c: CoalitionView): Record<string, string> {
  return {
    stateIso3: c.state.iso3,
    name: c.name,
    members: c.members
      .map((m) => [m.kind, m.stateIso3 ?? m.name, m.role ?? ''].join(' | ').replace(/ \| $/, ''))
      .join('\n'),
    ...Object.fromEntries(areas.map((a) => [`area_${a}`, c.areas.includes(a) ? 'yes' : ''])),
    establishedOn: c.establishedOn ?? '',
    status: c.storedStatus,
    source: c.source,
    published: c.published ? 'yes' : '',
    notes: c.notes ?? '',
  };
}

/** A verb's field errors at the form's fields: every member's error at the members box, every area's at the first area. */
export function errorsByField(errors: FieldErrors): FieldErrors {
  return errorsAtFields(errors, (key) =>
    key.startsWith('members')
      ? 'members'
      : key.startsWith('areas')
        ? `area_${areas[0]}`
        : (key.split('.')[0] ?? key),
  );
}
