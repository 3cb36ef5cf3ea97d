import { AppError } from '../../../kernel/errors.js';

/** An indicator id the catalogue does not hold. */
export class IndicatorNotFoundError extends AppError {
  constructor(id: string) {
    super(
      'PROGRESS.INDICATOR_NOT_FOUND',
      404,
      'progressJudgement:errors.indicatorNotFound',
      { id },
      `no indicator ${id}`,
    );
  }
}

/** A meeting whose published Progress Report the platform does not hold. */
export class PublishedNotHeldError extends AppError {
  constructor(meeting: string) {
    super(
      'PROGRESS.PUBLISHED_NOT_HELD',
      404,
      'progressJudgement:errors.publishedNotHeld',
      { meeting },
      `no published report held for ${meeting}`,
    );
  }
}
