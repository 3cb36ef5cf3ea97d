import { AppError } from '../../kernel/errors.js';

export class MeetingNotFoundError extends AppError {
  constructor(code: string) {
    super(
      'CALENDAR.MEETING_NOT_FOUND',
      404,
      'calendar:errors.meetingNotFound',
      { code },
      `meeting ${code} not found`,
    );
  }
}

export class ActionItemNotFoundError extends AppError {
  constructor(id: number) {
    super(
      'CALENDAR.ACTION_ITEM_NOT_FOUND',
      404,
      'calendar:errors.actionItemNotFound',
      { id },
      `action item ${id} not found`,
    );
  }
}

export class OfficeHolderNotFoundError extends AppError {
  constructor(id: number) {
    super(
      'CALENDAR.OFFICE_HOLDER_NOT_FOUND',
      404,
      'calendar:errors.officeHolderNotFound',
      { id },
      `office holder ${id} not found`,
    );
  }
}
