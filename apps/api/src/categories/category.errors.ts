import { ConflictError, NotFoundError, ValidationFailedError } from '../errors/domain-error';

export class CategoryNotFoundError extends NotFoundError {
  constructor() {
    super('Category');
  }
}

export class CategoryNameTakenError extends ConflictError {
  constructor() {
    super('You already have a category with this name', [
      { field: 'name', message: 'is already used by another of your categories' },
    ]);
  }
}

/** Unique index on (user_id, normalized_name): see normalizeCategoryName in @spendwise/db. */
export const CATEGORY_NAME_INDEX = 'categories_user_id_normalized_name_key';

/** A `categoryId` in a request that does not exist or is someone else's: the same answer either way. */
export class UnknownCategoryError extends ValidationFailedError {
  constructor(field = 'categoryId') {
    super([{ field, message: 'is not one of your categories' }]);
  }
}
