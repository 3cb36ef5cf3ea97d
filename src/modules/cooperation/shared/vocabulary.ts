import {
  cooperationAreas,
  currencies as templateCurrencies,
  assistanceTypes as templateTypes,
} from '../../reports/schema.js';

/**
 * The words of cooperation are those of the report template's Forms I and J, so a need, an offer
 * and a ledger entry can be compared column by column with the rows they come from.
 */
export const areas = cooperationAreas;
export type Area = (typeof areas)[number];

export const assistanceTypes = templateTypes;
export type AssistanceType = (typeof assistanceTypes)[number];

export const currencies = templateCurrencies;
export type Currency = (typeof currencies)[number];

/** A need's own status; `lapsed` is never stored: it is computed from the last confirmation. */
export const storedNeedStatuses = ['open', 'partly_met', 'met', 'withdrawn'] as const;
export const needStatuses = [...storedNeedStatuses, 'lapsed'] as const;
export type NeedStatus = (typeof needStatuses)[number];

/** Only committed and disbursed money counts in totals; a pledge is a promise. */
export const ledgerStatuses = ['pledged', 'committed', 'disbursed'] as const;
export type LedgerStatus = (typeof ledgerStatuses)[number];
export const countedStatuses: readonly LedgerStatus[] = ['committed', 'disbursed'];

/** Where a ledger entry came from. Report rows are computed, the others are stored. */
export const ledgerOrigins = ['donor_report', 'recipient_report', 'iati', 'isu', 'handshake'] as const;
export type LedgerOrigin = (typeof ledgerOrigins)[number];
export const storedLedgerOrigins = ['iati', 'isu', 'handshake'] as const;

/** A stored entry from a file stays proposed until the donor confirms or rejects it. */
export const reviewStates = ['proposed', 'confirmed', 'rejected'] as const;

/** A partner's answer to a need, step by step; the recipient's confirmation closes it. */
export const responseStages = ['interest', 'commitment', 'delivered', 'confirmed', 'withdrawn'] as const;
export type ResponseStage = (typeof responseStages)[number];

/** Needs and offers lapse when not confirmed for this long. */
export const CONFIRMATION_VALID_MONTHS = 12;
