import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { belongsTo, createdUpdated, serialId } from '../../kernel/columns.js';
import { users } from '../accounts/schema.js';
import { actionItems, officeAreas } from '../calendar/schema.js';
import { stateRef } from '../states/schema.js';

/**
 * The Coordinators' and the ISU's bilateral contacts with a State: when, with whom, on which
 * thematic area, what came of it and what comes next. Read by the ISU and the Coordinators only.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: serialId(),
    stateIso3: stateRef().notNull(),
    /** The day of the contact (ISO day). */
    contactedOn: text('contacted_on').notNull(),
    area: text('area', { enum: officeAreas }).notNull(),
    /** Who spoke for the State, as the recorder wrote it. */
    stateSide: text('state_side').notNull(),
    /** Who else took part beside the recorder (another Coordinator, the ISU), if anyone. */
    otherParticipants: text('other_participants'),
    outcome: text('outcome').notNull(),
    nextStep: text('next_step'),
    /** The person who recorded it (their account); null only for the system. */
    recordedBy: text('recorded_by').references(() => users.id),
    ...createdUpdated(),
  },
  (t) => [
    index('contacts_state_idx').on(t.stateIso3, t.contactedOn),
    index('contacts_recorded_by_idx').on(t.recordedBy),
  ],
);

/** The action items agreed at a contact (its next step), written by the calendar's verb. */
export const contactActionItems = pgTable(
  'contact_action_items',
  {
    contactId: belongsTo('contact_id', () => contacts.id),
    actionItemId: belongsTo('action_item_id', () => actionItems.id),
  },
  (t) => [
    primaryKey({ columns: [t.contactId, t.actionItemId] }),
    index('contact_action_items_item_idx').on(t.actionItemId),
  ],
);
