import { AppError } from '../../kernel/errors.js';

export class WorkPlanNotFoundError extends AppError {
  constructor(id: number) {
    super('WORKPLANS.NOT_FOUND', 404, 'workplans:errors.notFound', { id }, `work plan ${id} not found`);
  }
}

export class ActivityNotFoundError extends AppError {
  constructor(id: number) {
    super(
      'WORKPLANS.ACTIVITY_NOT_FOUND',
      404,
      'workplans:errors.activityNotFound',
      { id },
      `work plan activity ${id} not found`,
    );
  }
}
