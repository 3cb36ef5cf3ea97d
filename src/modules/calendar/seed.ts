import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { addActionItem } from './add-action-item.js';
import { addStatement } from './add-statement.js';
import { createMeeting } from './create-meeting.js';
import { recordOfficeHolder } from './record-office-holder.js';
import {
  referenceActionItems,
  referenceMeetings,
  referenceOfficeHolders,
  referenceStatements,
} from './reference.js';
import { actionItems, meetingStatements, meetings, officeHolders } from './schema.js';

/**
 * Loads the sourced meetings, their follow-ups, attributed statements and office holders through the calendar's own verbs. Idempotent: a
 * meeting or an action item already present is left alone, so the ISU's corrections survive a restart.
 */
export async function seedCalendar(db: Db): Promise<{
  meetingsAdded: number;
  actionItemsAdded: number;
  statementsAdded: number;
  officeHoldersAdded: number;
}> {
  const ctx = createContext(db, systemActor('seed:reference-data'));
  const codes = referenceMeetings.map((m) => m.code);
  const present = new Set(
    (await db.select({ code: meetings.code }).from(meetings).where(inArray(meetings.code, codes))).map(
      (r) => r.code,
    ),
  );
  let meetingsAdded = 0;
  for (const m of referenceMeetings) {
    if (present.has(m.code)) continue;
    await createMeeting(ctx, m);
    meetingsAdded++;
  }
  const keys = referenceActionItems.map((a) => a.key);
  const known = new Set(
    (
      await db
        .select({ k: actionItems.referenceKey })
        .from(actionItems)
        .where(inArray(actionItems.referenceKey, keys))
    ).map((r) => r.k),
  );
  let actionItemsAdded = 0;
  for (const { key, ...item } of referenceActionItems) {
    if (known.has(key)) continue;
    await addActionItem(ctx, { ...item, referenceKey: key });
    actionItemsAdded++;
  }
  const statementKeys = referenceStatements.map((r) => r.key);
  const said = new Set(
    (
      await db
        .select({ k: meetingStatements.referenceKey })
        .from(meetingStatements)
        .where(inArray(meetingStatements.referenceKey, statementKeys))
    ).map((r) => r.k),
  );
  let statementsAdded = 0;
  for (const { key, ...statement } of referenceStatements) {
    if (said.has(key)) continue;
    await addStatement(ctx, { ...statement, referenceKey: key });
    statementsAdded++;
  }
  const holderKeys = referenceOfficeHolders.map((h) => h.key);
  const held = new Set(
    (
      await db
        .select({ k: officeHolders.referenceKey })
        .from(officeHolders)
        .where(inArray(officeHolders.referenceKey, holderKeys))
    ).map((r) => r.k),
  );
  let officeHoldersAdded = 0;
  for (const { key, ...holder } of referenceOfficeHolders) {
    if (held.has(key)) continue;
    await recordOfficeHolder(ctx, { ...holder, referenceKey: key });
    officeHoldersAdded++;
  }
  return { meetingsAdded, actionItemsAdded, statementsAdded, officeHoldersAdded };
}
