// The coalitions module's face for other modules' tests (never imported by application code).
import { ctxFor, makeUser } from '../../../test/app.js';
import type { Db } from '../../db/client.js';
import { seedCalendar } from '../calendar/index.js';
import { createCoalition } from './create-coalition.js';
import { seedCoalitions } from './seed.js';

export * as coalitionsPolicy from './policy.js';

/**
 * The calendar and the seeded coalitions, and one more that the ISU recorded and did not publish
 * (Chile's, `proposed`): what the list pages and the API show to the public and to the ISU.
 */
export async function seedCoalitionsWithUnpublished(db: Db) {
  await seedCalendar(db);
  await seedCoalitions(db);
  const isu = await makeUser(db, { role: 'isu' });
  await createCoalition(ctxFor(db, isu), {
    stateIso3: 'CHL',
    name: 'Unpublished Chilean partnership',
    status: 'proposed',
    source: 'A call with the ISU',
  });
  return { isu };
}
