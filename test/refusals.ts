import { expect } from 'vitest';
import type { Db } from '../src/db/client.js';
import { type Actor, anonymous } from '../src/kernel/actor.js';
import type { ServiceContext } from '../src/kernel/context.js';
import { ForbiddenError, UnauthenticatedError } from '../src/kernel/errors.js';
import { ctxFor, makeUser } from './app.js';

/** The accounts that are not the ISU: Lebanon's focal point, a partner organisation (NPA), a Coordinator. */
export async function nonIsuUsers(db: Db) {
  return [
    await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
    await makeUser(db, { role: 'partner', organisation: 'NPA' }),
    await makeUser(db, { role: 'coordinator' }),
  ];
}

/**
 * A call every one of `actors` is forbidden (ForbiddenError) and the public must sign in for
 * (UnauthenticatedError); `what` names the call when an expectation fails.
 */
export async function expectRefusedTo(
  db: Db,
  actors: readonly Actor[],
  call: (ctx: ServiceContext) => Promise<unknown>,
  what = 'the call',
) {
  for (const actor of actors)
    await expect(call(ctxFor(db, actor)), `${what} by ${actor.label}`).rejects.toBeInstanceOf(ForbiddenError);
  await expect(call(ctxFor(db, anonymous)), `${what} by the public`).rejects.toBeInstanceOf(
    UnauthenticatedError,
  );
}
