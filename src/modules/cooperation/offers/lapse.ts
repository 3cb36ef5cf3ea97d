import { lapsesOnOf } from '../needs/status.js';

/**
 * An offer's status today. `lapsed` is never stored: an active offer decays exactly like a need
 * (the same rule, `needs/status.ts`): its confirmation holds CONFIRMATION_VALID_MONTHS calendar
 * months, and from the day after it is shown as lapsed and leaves matching until reconfirmed.
 */
export type OfferStatus = 'active' | 'lapsed' | 'withdrawn';

/** The first day the offer is lapsed unless reconfirmed. */
export const offerLapsesOn = (lastConfirmedOn: string): string => lapsesOnOf(lastConfirmedOn);

/** Withdrawn stays withdrawn; an active offer is lapsed from its lapse day on (ISO days compare as strings). */
export function offerStatusOn(
  stored: 'active' | 'withdrawn',
  lastConfirmedOn: string,
  today: string,
): OfferStatus {
  if (stored === 'withdrawn') return 'withdrawn';
  return today >= offerLapsesOn(lastConfirmedOn) ? 'lapsed' : 'active';
}
