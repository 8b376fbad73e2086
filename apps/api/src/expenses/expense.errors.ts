import { ConflictError, NotFoundError } from '../errors/domain-error';

export class ExpenseNotFoundError extends NotFoundError {
  constructor() {
    super('Expense');
  }
}

export class IdempotencyKeyReusedError extends ConflictError {
  constructor() {
    super('This Idempotency-Key was already used for a different expense; use a new key for a new expense', [
      { field: 'Idempotency-Key', message: 'was already used with a different request body' },
    ]);
  }
}

export class IdempotencyKeySpentError extends ConflictError {
  constructor() {
    super(
      'This Idempotency-Key created an expense that has since been deleted; use a new key for a new expense',
      [{ field: 'Idempotency-Key', message: 'belongs to an expense that was deleted' }],
    );
  }
}
