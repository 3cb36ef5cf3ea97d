import type { Actor } from '../../../kernel/actor.js';
import { definePermissions, defineScope } from '../../../kernel/permissions.js';

/**
 * Who may do what in cooperation (decision 017: the rows of the permission table). A State speaks
 * for itself through its focal points and the ISU may act for any State; a partner (a donor State
 * or an organisation) speaks for itself only.
 */

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

/** The scope of a partner's own items: the subject is an owner key (`state:DEU`, `org:…`). */
defineScope('own-partner', {
  holds: isPartner,
  covers: (a, ownerKey) => partnerKeyOf(a) === ownerKey,
});

const asState = { isu: 'any', system: 'any', focal_point: 'own-state' } as const;
const asPartner = { isu: 'any', system: 'any', partner: 'own-partner' } as const;
const secretariat = { isu: 'any', system: 'any' } as const;

export const cooperationPermissions = definePermissions({
  /** Add, update, reconfirm, withdraw a need, or give consent to publish it. */
  'cooperation.writeNeeds': { grants: asState },
  /** The recipient State confirms that assistance arrived (the ISU may record it on its behalf). */
  'cooperation.confirmDelivery': { grants: asState },
  /** Signed-in people (States, partners, Coordinators, ISU) see every need; the public only consented ones. */
  'cooperation.seeUnpublishedNeeds': {
    grants: {
      isu: 'any',
      coordinator: 'any',
      focal_point: 'any',
      partner: 'any',
      signed_in: 'any',
      system: 'any',
    },
  },
  /** Create, edit, reconfirm or withdraw an offer; respond to a need: its own partner, or the ISU. */
  'cooperation.writePartnerItem': { grants: asPartner },
  /** The responses one works on: a partner its own, a State those to its needs, the ISU and Coordinators all. */
  'cooperation.listResponses': {
    grants: {
      isu: 'any',
      system: 'any',
      coordinator: 'any',
      focal_point: 'own-state',
      partner: 'own-partner',
    },
  },
  /** The rates table and ledger entries keyed in by hand are the secretariat's. */
  'cooperation.keepLedger': { grants: secretariat },
  /** Needs follow the reports: written by the report events' subscriber, or the system directly. */
  'cooperation.syncNeedsFromReports': { grants: { system: 'any' } },
  /** Link a meeting's action item to the needs it concerns: the secretariat keeps the meetings' record. */
  'cooperation.linkActionItems': { grants: secretariat },
  /** Upload an IATI file and review its entries: the ISU, or a partner for its own publication. */
  'cooperation.importIati': { grants: asPartner },
});

const p = cooperationPermissions;

export const canLinkActionItems = (a: Actor) => p.may(a, 'cooperation.linkActionItems');

/** Coarse gate for need verbs: the ISU and focal points. */
export const mayWriteSomeNeed = (a: Actor) => p.may(a, 'cooperation.writeNeeds');

/** The needs sync's own gate; a subscriber to a report event passes it on the event's behalf. */
export const maySyncNeeds = (a: Actor) => p.may(a, 'cooperation.syncNeedsFromReports');

export const canWriteNeedsOf = (a: Actor, iso3: string) => p.mayOn(a, 'cooperation.writeNeeds', iso3);

/** Whether the actor may write every State's needs, or only its own (`own-state`). */
export const needsScopeOf = (a: Actor) => p.scopeOf(a, 'cooperation.writeNeeds');

export const canSeeUnpublishedNeeds = (a: Actor) => p.may(a, 'cooperation.seeUnpublishedNeeds');

/** Coarse gate for offers and responses: partners, and the ISU on their behalf. */
export const mayActAsPartner = (a: Actor) => p.may(a, 'cooperation.writePartnerItem');

/** Whether the actor may name any partner (the ISU acting on a partner's behalf), not only itself. */
export const mayActForAnyPartner = (a: Actor) => p.scopeOf(a, 'cooperation.writePartnerItem') === 'any';

/** Edit or withdraw an offer or a response: its own partner, or the ISU. */
export const canWritePartnerItem = (a: Actor, ownerKey: string) =>
  p.mayOn(a, 'cooperation.writePartnerItem', ownerKey);

export const canConfirmDeliveryTo = (a: Actor, recipientIso3: string) =>
  p.mayOn(a, 'cooperation.confirmDelivery', recipientIso3);

/** Whether the actor confirms deliveries to its own State only (a focal point; the ISU records them for any). */
export const confirmsForOwnState = (a: Actor) => p.scopeOf(a, 'cooperation.confirmDelivery') === 'own-state';

/** Which responses the actor works on: `any`, `own-state`, `own-partner`, or none (null). */
export const responsesScopeOf = (a: Actor) => p.scopeOf(a, 'cooperation.listResponses');

export const canKeepLedger = (a: Actor) => p.may(a, 'cooperation.keepLedger');

export const mayImportIati = (a: Actor) => p.may(a, 'cooperation.importIati');

/** Review an IATI entry: the ISU, or a person of the partner the entry names as provider. */
export const canReviewIatiOf = (a: Actor, ownerKey: string) => p.mayOn(a, 'cooperation.importIati', ownerKey);
