import { AppError } from '../../kernel/errors.js';

export class CoalitionNotFoundError extends AppError {
  constructor(id: number | string) {
    super('COALITIONS.NOT_FOUND', 404, 'coalitions:errors.notFound', { id }, `coalition ${id} not found`);
  }
}
