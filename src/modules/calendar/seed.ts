import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { addMissing, addMissingByKey } from '../../kernel/reference-seed.js';
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
  const meetingsAdded = await addMissing(
    db,
    meetings.code,
    referenceMeetings,
    (m) => m.code,
    (m) => createMeeting(ctx, m),
  );
  const actionItemsAdded = await addMissingByKey(db, actionItems.referenceKey, referenceActionItems, (item) =>
    addActionItem(ctx, item),
  );
  const statementsAdded = await addMissingByKey(
    db,
    meetingStatements.referenceKey,
    referenceStatements,
    (statement) => addStatement(ctx, statement),
  );
  const officeHoldersAdded = await addMissingByKey(
    db,
    officeHolders.referenceKey,
    referenceOfficeHolders,
    (holder) => recordOfficeHolder(ctx, holder),
  );
  return { meetingsAdded, actionItemsAdded, statementsAdded, officeHoldersAdded };
}
