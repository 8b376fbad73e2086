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

/** Unique index on (user_id, idempotency_key). */
export const IDEMPOTENCY_KEY_INDEX = 'expenses_user_idempotency_key';
