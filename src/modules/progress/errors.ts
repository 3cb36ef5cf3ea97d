import { AppError } from '../../kernel/errors.js';

/** A meeting that does not exist, or whose reporting window the calendar does not record. */
export class WindowNotRecordedError extends AppError {
  constructor(meeting: string) {
    super(
      'PROGRESS.WINDOW_NOT_RECORDED',
      404,
      'progress:errors.windowNotRecorded',
      { meeting },
      `no reporting window recorded for meeting ${meeting}`,
    );
  }
}
