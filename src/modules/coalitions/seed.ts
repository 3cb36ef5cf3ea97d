import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
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
  const keys = referenceCoalitions.map((c) => c.referenceKey);
  const present = new Set(
    (
      await db
        .select({ k: coalitions.referenceKey })
        .from(coalitions)
        .where(inArray(coalitions.referenceKey, keys))
    ).map((r) => r.k),
  );
  const known = new Set((await db.select({ code: meetings.code }).from(meetings)).map((m) => m.code));
  let coalitionsAdded = 0;
  for (const { meetingCodes, ...coalition } of referenceCoalitions) {
    if (present.has(coalition.referenceKey)) continue;
    const { id } = await createCoalition(ctx, coalition);
    for (const meetingCode of meetingCodes.filter((c) => known.has(c)))
      await linkCoalitionMeeting(ctx, { id, meetingCode });
    coalitionsAdded++;
  }
  return { coalitionsAdded };
}
