// Public face of the outbox module.
export { createMailer, deliverQueued, type Mailer } from './deliver.js';
export { enqueueMail, type OutgoingMail } from './enqueue.js';
export { markMessageRead } from './mark-read.js';
export { canUseInbox } from './policy.js';
export { type InboxMessage, inboxFor, lastSentByState, listOutbox, unreadCountFor } from './queries.js';
export { outboxRegistration } from './registration.js';
export { outboxRoutes } from './routes.js';
