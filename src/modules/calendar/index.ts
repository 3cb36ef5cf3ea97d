// Public face of the calendar module: other modules import from here only.
export { addActionItem } from './add-action-item.js';
export { addStatement } from './add-statement.js';
export { correctOfficeHolder } from './correct-office-holder.js';
export { createMeeting } from './create-meeting.js';
export { importParticipants } from './import-participants.js';
export {
  listOfficeHolders,
  type OfficeHolderTerm,
  type OfficeHolderView,
  officeHoldersOn,
} from './office-holders.js';
export { canWriteActionItems, canWriteCalendar } from './policy.js';
export {
  type ActionItemRecord,
  type ActionItemView,
  findActionItem,
  findMeeting,
  getMeeting,
  listActionItemRecords,
  listActionItemsByIds,
  listMeetings,
  listOpenActionItems,
  type MeetingDecision,
  type MeetingSummary,
  type MeetingView,
  type StatementView,
} from './queries.js';
export { recordActionItem } from './record-action-item.js';
export { recordOfficeHolder } from './record-office-holder.js';
export { calendarRegistration } from './registration.js';
export { type ActionItemLinks, calendarRoutes } from './routes.js';
export type { OfficeTerm } from './rules.js';
export { seedCalendar } from './seed.js';
export { setActionItemStatus } from './set-action-item-status.js';
export { updateActionItem } from './update-action-item.js';
export { updateMeeting } from './update-meeting.js';
export { ActionItemsTable, type LinkRef } from './views/parts.js';
export {
  actionItemStatuses,
  meetingKinds,
  type OfficeArea,
  officeAreas,
  officeKinds,
  ownerKinds,
  statementTags,
  statementTopics,
} from './vocabulary.js';
