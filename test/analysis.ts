import type { Db } from '../src/db/client.js';
import type { OfficeArea } from '../src/modules/calendar/index.js';
import { listExtensionRequests } from '../src/modules/states/index.js';
import { makeUser } from './app.js';
import { holdCoordinatorOffices } from './coordinators.js';

/* The people and requests the Analysis Group's tests work with. */

const TODAY = '2026-11-23';

/** A Coordinator account holding the given areas' offices from 2025 on. */
export async function coordinatorOf(db: Db, isu: Awaited<ReturnType<typeof makeUser>>, areas: OfficeArea[]) {
  const coordinator = await makeUser(db, { role: 'coordinator', stateIso3: 'DEU' });
  await holdCoordinatorOffices(db, isu, coordinator.id!, areas, { from: '2025', to: null });
  return coordinator;
}

/** The 13MSP's Article 4 request of a State, as the states module seeds it. */
export async function request13MSP(db: Db, iso3: string) {
  const r = (await listExtensionRequests(db, TODAY)).find(
    (x) => x.iso3 === iso3 && x.request.meeting === '13MSP',
  );
  if (!r) throw new Error(`no 13MSP request of ${iso3}`);
  return r;
}

export async function people(db: Db) {
  const isu = await makeUser(db, { role: 'isu' });
  return {
    isu,
    clearance: await coordinatorOf(db, isu, ['clearance_risk_reduction']),
    cooperation: await coordinatorOf(db, isu, ['cooperation_assistance']),
    outsider: await coordinatorOf(db, isu, ['victim_assistance']),
    fpLbn: await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
    fpChl: await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' }),
    partner: await makeUser(db, { role: 'partner', stateIso3: 'DEU' }),
  };
}
