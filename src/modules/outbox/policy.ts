import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';

/** The outbox's rows of the permission table (decision 017). */
export const outboxPermissions = definePermissions({
  /** The list of every e-mail sent or to be sent: the secretariat's. */
  'outbox.read': { grants: { isu: 'any', system: 'any' } },
  /** Delivery outcomes are recorded by the process that sends, never by a person. */
  'outbox.recordDelivery': { grants: { system: 'any' } },
});

export const canReadOutbox = (a: Actor) => outboxPermissions.may(a, 'outbox.read');
export const canRecordDelivery = (a: Actor) => outboxPermissions.may(a, 'outbox.recordDelivery');
