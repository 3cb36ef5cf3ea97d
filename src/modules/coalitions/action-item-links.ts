import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import type { AppDeps } from '../../kernel/http.js';
import type { Translate } from '../../kernel/i18n/index.js';
import type { ActionItemLinks, LinkRef } from '../calendar/index.js';
import { actionItems } from '../calendar/schema.js';
import { listCoalitions } from './queries.js';
import { coalitionMeetings } from './schema.js';

/**
 * The Country Coalitions an action item concerns, for the calendar's open action items: those
 * linked to the meeting the item came from, as the reader may see them (an unpublished coalition
 * only to those who see it).
 */
export function actionItemCoalitionLinks(
  deps: Pick<AppDeps, 'database'> & { now: () => Date },
): ActionItemLinks {
  const db = deps.database.db as Db;
  return {
    header: (t: Translate) => t('coalitions:actionItems.column'),
    read: async (c, ids) => {
      const out = new Map<number, LinkRef[]>();
      if (!ids.length) return out;
      const items = await db
        .select({ id: actionItems.id, meetingId: actionItems.meetingId })
        .from(actionItems)
        .where(inArray(actionItems.id, [...ids]))
        .orderBy(asc(actionItems.id));
      const meetingIds = [...new Set(items.flatMap((i) => (i.meetingId === null ? [] : [i.meetingId])))];
      if (!meetingIds.length) return out;
      const [links, visible] = await Promise.all([
        db
          .select()
          .from(coalitionMeetings)
          .where(inArray(coalitionMeetings.meetingId, meetingIds))
          .orderBy(asc(coalitionMeetings.coalitionId)),
        listCoalitions(db, c.get('actor'), isoDay(deps.now())),
      ]);
      const byId = new Map(visible.map((v) => [v.id, v]));
      for (const item of items) {
        const refs = links
          .filter((l) => l.meetingId === item.meetingId && byId.has(l.coalitionId))
          .map((l) => ({ href: `/coalitions/${l.coalitionId}`, label: byId.get(l.coalitionId)!.name }));
        if (refs.length) out.set(item.id, refs);
      }
      return out;
    },
  };
}
