import type { ObligationEventKind } from '../rules.js';

/** Where the ISU records a new fact of an obligation. */
export function eventFormHref(iso3: string, article: number, kind: ObligationEventKind) {
  return `/states/${iso3}/obligations/${article}/events/new?kind=${kind}`;
}

/** Where the ISU corrects or withdraws a recorded fact. */
export const correctionHref = (iso3: string, article: number, eventId: number) =>
  `/states/${iso3}/obligations/${article}/events/${eventId}/correct`;
