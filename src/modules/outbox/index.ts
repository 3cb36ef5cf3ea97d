// Public face of the outbox module.
export { createMailer, deliverQueued, type Mailer } from './deliver.js';
export { enqueueMail, type OutgoingMail } from './enqueue.js';
export { listOutbox } from './queries.js';
export { outboxRegistration } from './registration.js';
export { outboxRoutes } from './routes.js';
