import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';

/**
 * The registry's rows of the permission table (decision 017). A focal point speaks only for its
 * own State: it may record that its State requested an extension; decisions, completions and the
 * registry itself are the ISU's.
 */
export const statesPermissions = definePermissions({
  'states.editRegistry': { grants: { isu: 'any', system: 'any' } },
  'states.recordExtensionRequest': { grants: { isu: 'any', system: 'any', focal_point: 'own-state' } },
  /** Every other obligation event: decisions on extensions, completions. */
  'states.recordObligationDecision': { grants: { isu: 'any', system: 'any' } },
  /** The language a State corresponds in (reminders are written in it): the secretariat keeps it. */
  'states.setWorkingLanguage': { grants: { isu: 'any', system: 'any' } },
  /** Correcting or withdrawing a recorded fact: the ISU's alone, whoever recorded the fact. */
  'states.correctObligationEvent': { grants: { isu: 'any', system: 'any' } },
});

const p = statesPermissions;

export const canEditStateRegistry = (a: Actor) => p.may(a, 'states.editRegistry');

export const canRecordExtensionRequest = (a: Actor, iso3: string) =>
  p.mayOn(a, 'states.recordExtensionRequest', iso3);

export const canRecordObligationEvent = (a: Actor, iso3: string, kind: string) =>
  kind === 'extension_requested'
    ? canRecordExtensionRequest(a, iso3)
    : p.mayOn(a, 'states.recordObligationDecision', iso3);

/** Coarse gate for event recording: anyone who could record at least something. */
export const mayRecordSomeEvent = (a: Actor) =>
  p.may(a, 'states.recordExtensionRequest') || p.may(a, 'states.recordObligationDecision');

export const canCorrectObligationEvent = (a: Actor) => p.may(a, 'states.correctObligationEvent');

export const canSetWorkingLanguage = (a: Actor) => p.may(a, 'states.setWorkingLanguage');
