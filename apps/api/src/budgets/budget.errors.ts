import { ConflictError, NotFoundError } from '../errors/domain-error';

export class BudgetNotFoundError extends NotFoundError {
  constructor() {
    super('Budget');
  }
}

/**
 * A currency change would have to convert budgets without a usable exchange rate (ECB does not publish `currency`,
 * or its latest rate is stale). The change is refused rather than the budgets relabelled or converted at a guess.
 */
export class BudgetsNotConvertibleError extends ConflictError {
  constructor(from: string, to: string, reason: string) {
    super(`Your budgets in ${from} cannot be converted to ${to}: ${reason}. The currency was not changed.`, [
      { field: 'currency', message: reason },
    ]);
  }
}
