import type { Actor } from '../../kernel/actor.js';
import { definePermissions, everySignedInPerson } from '../../kernel/permissions.js';

/** The outbox's rows of the permission table (decision 017). */
export const outboxPermissions = definePermissions({
  /** The list of every e-mail sent or to be sent: the secretariat's. */
  'outbox.read': { grants: { isu: 'any', system: 'any' } },
  /** A person's own inbox in the app: the messages written to their account, and marking them read. */
  'outbox.useInbox': {
    grants: everySignedInPerson('own-account'),
  },
  /** Delivery outcomes are recorded by the process that sends, never by a person. */
  'outbox.recordDelivery': { grants: { system: 'any' } },
});

export const canReadOutbox = (a: Actor) => outboxPermissions.may(a, 'outbox.read');
export const canRecordDelivery = (a: Actor) => outboxPermissions.may(a, 'outbox.recordDelivery');
export const canUseInbox = (a: Actor) => outboxPermissions.may(a, 'outbox.useInbox');
/** Whether the actor may read or mark the messages written to this account (`userId`): its own only. */
export const canUseInboxOf = (a: Actor, userId: string) =>
  outboxPermissions.mayOn(a, 'outbox.useInbox', userId);
