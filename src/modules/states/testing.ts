// Test helpers for the States module's tests (not imported by application code).
import { makeUser, signIn, testApp } from '../../../test/app.js';
import type { Database } from '../../db/client.js';
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

/** The app, and the session cookie of a new user of that role (with the database, for snapshots). */
export async function signedInAs(database: Database, spec: Parameters<typeof makeUser>[1]) {
  const app = testApp(database);
  const cookie = await signIn(app, (await makeUser(database.db, spec)).email);
  return { db: database.db, app, cookie };
}
export * as statesPolicy from './policy.js';
