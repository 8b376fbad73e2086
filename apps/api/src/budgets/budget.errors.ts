import { NotFoundError } from '../errors/domain-error';

export class BudgetNotFoundError extends NotFoundError {
  constructor() {
    super('Budget');
  }
}
