import { ConflictError, NotFoundError, ValidationFailedError } from '../errors/domain-error';

export class RecurringSeriesNotFoundError extends NotFoundError {
  constructor() {
    super('Recurring series');
  }
}

/** A date in a request that the series' schedule does not fall on. */
export class NotAnOccurrenceError extends ValidationFailedError {
  constructor(field: string) {
    super([{ field, message: 'is not a date this series occurs on' }]);
  }
}

export class OccurrenceNotGeneratedError extends ConflictError {
  constructor() {
    super('That occurrence is not an expense yet; it becomes one on its date', [
      { field: 'on', message: 'has not been generated yet: edit it from its date, or skip it' },
    ]);
  }
}

export class OccurrenceAlreadyGeneratedError extends ConflictError {
  constructor() {
    super('That occurrence is already an expense; delete the expense to remove it', [
      { field: 'date', message: 'is already an expense (delete the expense instead)' },
    ]);
  }
}

export class EndBeforeGeneratedError extends ConflictError {
  constructor(lastGenerated: string) {
    super('The series already made an expense after that date; delete it first or end the series later', [
      { field: 'on', message: `must not be before ${lastGenerated}, its latest expense` },
    ]);
  }
}

export class EndBeforeStartError extends ValidationFailedError {
  constructor() {
    super([{ field: 'on', message: 'must not be before the series starts' }]);
  }
}

/** A new series' past occurrences are all created by the request that creates it: at most this many. */
export const MAX_BACKFILL_OCCURRENCES = 400;

export class StartTooEarlyError extends ValidationFailedError {
  constructor(field = 'startOn') {
    super([
      {
        field,
        message: `is too far back: at most ${MAX_BACKFILL_OCCURRENCES} past occurrences can be created at once`,
      },
    ]);
  }
}

export class RecurringSuggestionNotFoundError extends NotFoundError {
  constructor() {
    super('Recurring suggestion');
  }
}

/** A new schedule cannot move dates that are expenses already: it starts after the latest one. */
export class RescheduleOverExpensesError extends ConflictError {
  constructor(field: 'on' | 'schedule', latestExpense: string) {
    super('The series already recorded an expense on or after that date; a new schedule starts after it', [
      field === 'on'
        ? { field, message: `must be after ${latestExpense}, the series' latest expense` }
        : {
            field,
            message: `cannot change from the start: ${latestExpense} is an expense already (change it from a later date, scope future)`,
          },
    ]);
  }
}

/** A new schedule from a date the series no longer reaches (past its end date or its last counted occurrence). */
export class RescheduleAfterEndError extends ValidationFailedError {
  constructor() {
    super([{ field: 'on', message: 'is after the series ends' }]);
  }
}
