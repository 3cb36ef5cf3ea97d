import { AppError } from '../../../kernel/errors.js';

/** A version number the meeting's report does not have. */
export class VersionNotFoundError extends AppError {
  constructor(meeting: string, number: string) {
    super(
      'PROGRESS.VERSION_NOT_FOUND',
      404,
      'progressNarrative:errors.versionNotFound',
      { meeting, number },
      `no version ${number} of the ${meeting} report`,
    );
  }
}

/** A written paragraph the section does not have. */
export class SlotNotFoundError extends AppError {
  constructor(section: string, key: string) {
    super(
      'PROGRESS.SLOT_NOT_FOUND',
      404,
      'progressNarrative:errors.key',
      { section, key },
      `no ${section}.${key}`,
    );
  }
}
