import type { Db } from '../src/db/client.js';
import type { Actor } from '../src/kernel/actor.js';
import { linkCoordinatorOffice } from '../src/modules/accounts/index.js';
import { type OfficeArea, recordOfficeHolder } from '../src/modules/calendar/index.js';
import { ctxFor } from './app.js';

/**
 * Gives an account the thematic Coordinator offices of the given areas: the ISU records each as a
 * test record of Germany's office over `period` (meeting codes or years, as the calendar takes
 * them) and links it to the account.
 */
export async function holdCoordinatorOffices(
  db: Db,
  isu: Actor,
  userId: string,
  areas: readonly OfficeArea[],
  period: { from: string; to: string | null },
): Promise<void> {
  for (const area of areas) {
    const { id } = await recordOfficeHolder(ctxFor(db, isu), {
      office: 'thematic_coordinator',
      area,
      stateIso3: 'DEU',
      personName: null,
      gender: 'not_known',
      periodFrom: period.from,
      periodTo: period.to,
      sourceTitle: 'Test record',
      sourceHref: null,
    });
    await linkCoordinatorOffice(ctxFor(db, isu), { userId, officeHolderId: id });
  }
}
