import type { Db } from '../src/db/client.js';
import { makeUser } from './app.js';

/**
 * The people besides the ISU that a State's records are written by or refused to: Lebanon's and
 * Chile's focal points, a partner organisation (NPA) and a Coordinator.
 */
export async function statePeople(db: Db) {
  return {
    fpLbn: await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
    fpChl: await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' }),
    partner: await makeUser(db, { role: 'partner', organisation: 'NPA' }),
    coordinator: await makeUser(db, { role: 'coordinator' }),
  };
}
