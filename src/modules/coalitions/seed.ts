import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { addMissing } from '../../kernel/reference-seed.js';
import { meetings } from '../calendar/schema.js';
import { createCoalition } from './create-coalition.js';
import { linkCoalitionMeeting } from './meeting-links.js';
import { referenceCoalitions } from './reference.js';
import { coalitions } from './schema.js';

/**
 * Loads the coalitions the source documents name, through the module's own verbs. Idempotent: a
 * coalition already present is left alone, so corrections survive a restart. A meeting not in the
 * calendar (seeded before) is not linked.
 */
export async function seedCoalitions(db: Db): Promise<{ coalitionsAdded: number }> {
  const ctx = createContext(db, systemActor('seed:reference-data'));
  const known = new Set((await db.select({ code: meetings.code }).from(meetings)).map((m) => m.code));
  const coalitionsAdded = await addMissing(
    db,
    coalitions.referenceKey,
    referenceCoalitions,
    (c) => c.referenceKey,
    async ({ meetingCodes, ...coalition }) => {
      const { id } = await createCoalition(ctx, coalition);
      for (const meetingCode of meetingCodes.filter((c) => known.has(c)))
        await linkCoalitionMeeting(ctx, { id, meetingCode });
    },
  );
  return { coalitionsAdded };
}
