import { ErrorCode, UNDO_WINDOW_HOURS } from '@spendwise/contracts';
import { ConflictError, DomainError, NotFoundError } from '../errors/domain-error';

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

/** Some ids of a bulk action are not the caller's expenses (absent or someone else's: the same answer). */
export class ExpensesNotFoundError extends DomainError {
  constructor(missing: number) {
    super(ErrorCode.NotFound, 'Expenses not found', [
      {
        field: 'ids',
        message: `${missing} of them are not your expenses (deleted, or never yours); nothing changed`,
      },
    ]);
  }
}

export class TooManyTagsError extends ConflictError {
  constructor(full: number, max: number) {
    super(`${full} of these expenses already carry ${max} tags; nothing changed`, [
      { field: 'action.tag', message: `would give ${full} expense(s) more than ${max} tags` },
    ]);
  }
}

export class UndoActionNotFoundError extends NotFoundError {
  constructor() {
    super('Undoable action');
  }
}

export class UndoNotPossibleError extends ConflictError {
  constructor(reason: 'undone' | 'expired') {
    super(reason === 'undone' ? 'This action was already undone' : 'This action is too old to undo', [
      {
        field: 'id',
        message: reason === 'undone' ? 'was already undone' : `is older than ${UNDO_WINDOW_HOURS} hours`,
      },
    ]);
  }
}
