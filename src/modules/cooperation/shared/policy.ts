import { type Actor, isIsu } from '../../../kernel/actor.js';

/**
 * Who may do what in cooperation. A State speaks for itself through its focal points and the ISU
 * may act for any State; a partner (a donor State or an organisation) speaks for itself only.
 */

const isFocalPointOf = (a: Actor, iso3: string) =>
  a.kind === 'user' && a.role === 'focal_point' && a.stateIso3 === iso3;

/**
 * The partner an actor speaks for: `state:DEU` or `org:<organisation>`. People of one partner share
 * its offers and responses; nobody else may touch them. Null for anyone who is not a partner.
 */
export function partnerKeyOf(a: Actor): string | null {
  if (a.kind !== 'user' || a.role !== 'partner') return null;
  if (a.stateIso3) return `state:${a.stateIso3}`;
  if (a.organisation) return `org:${a.organisation}`;
  return null;
}

/** The owner key of a party named by State or by organisation. */
export const partnerKey = (iso3: string | null, organisation: string | null): string =>
  iso3 ? `state:${iso3}` : `org:${organisation ?? ''}`;

export const isPartner = (a: Actor) => partnerKeyOf(a) !== null;

/** Coarse gate for need verbs: the ISU and focal points. */
export const mayWriteSomeNeed = (a: Actor) =>
  isIsu(a) || (a.kind === 'user' && a.role === 'focal_point' && a.stateIso3 !== null);

/** Add, update, reconfirm, withdraw a need, or give consent to publish it. */
export const canWriteNeedsOf = (a: Actor, iso3: string) => isIsu(a) || isFocalPointOf(a, iso3);

/** Signed-in people (States, partners, Coordinators, ISU) see every need; the public only consented ones. */
export const canSeeUnpublishedNeeds = (a: Actor) => a.kind === 'user' || a.kind === 'system';

/** Coarse gate for offers and responses: partners, and the ISU on their behalf. */
export const mayActAsPartner = (a: Actor) => isIsu(a) || isPartner(a);

/** Edit or withdraw an offer or a response: its own partner, or the ISU. */
export const canWritePartnerItem = (a: Actor, ownerKey: string) => isIsu(a) || partnerKeyOf(a) === ownerKey;

/** The recipient State confirms that assistance arrived (the ISU may record it on its behalf). */
export const canConfirmDeliveryTo = (a: Actor, recipientIso3: string) => canWriteNeedsOf(a, recipientIso3);

/** The rates table and ledger entries keyed in by hand are the secretariat's. */
export const canKeepLedger = (a: Actor) => isIsu(a);

/** Upload an IATI file: the ISU or a partner (a donor importing its own publication). */
export const mayImportIati = (a: Actor) => isIsu(a) || isPartner(a);
