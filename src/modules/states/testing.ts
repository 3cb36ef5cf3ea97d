// Test helpers for the States module's tests (not imported by application code).
import type { ObligationEvent } from './rules.js';

/** An obligation event of that kind: confirmed, every other field empty unless given. */
export function obligationEvent(
  kind: ObligationEvent['kind'],
  fields: Partial<ObligationEvent> = {},
): ObligationEvent {
  return {
    kind,
    occurredOn: null,
    meeting: null,
    requestedDeadline: null,
    outcome: null,
    newDeadline: null,
    confirmed: true,
    note: null,
    source: null,
    ...fields,
  };
}
