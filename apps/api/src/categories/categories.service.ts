import { Injectable } from '@nestjs/common';
import {
  type Category,
  type CategoryList,
  type CreateCategoryInput,
  type UpdateCategoryInput,
} from '@spendwise/contracts';
import { normalizeCategoryName } from '@spendwise/db';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { isUniqueViolation } from '../errors/prisma-error.mapper';
import { CategoriesRepository } from './categories.repository';
import { CATEGORY_NAME_INDEX, CategoryNameTakenError, CategoryNotFoundError } from './category.errors';
import { toCategory } from './category.mapper';

/** A user's categories. Every query is scoped to the caller; someone else's category is simply "not found". */
@Injectable()
export class CategoriesService {
  constructor(private readonly categories: CategoriesRepository) {}

  async list(user: AuthenticatedUser): Promise<CategoryList> {
    const rows = await this.categories.listOf(user.id);
    return { items: rows.map(toCategory) };
  }

  async create(user: AuthenticatedUser, input: CreateCategoryInput): Promise<Category> {
    const row = await this.categories
      .create(user.id, {
        name: input.name,
        normalizedName: normalizeCategoryName(input.name),
        color: input.color,
      })
      .catch(rethrowNameTaken);
    return toCategory(row);
  }

  async update(user: AuthenticatedUser, id: string, input: UpdateCategoryInput): Promise<Category> {
    const row = await this.categories
      .update(user.id, id, {
        ...(input.name !== undefined && {
          name: input.name,
          normalizedName: normalizeCategoryName(input.name),
        }),
        ...(input.color !== undefined && { color: input.color }),
      })
      // A missing (or someone else's) category is Prisma's P2025, mapped to 404 with the other Prisma errors.
      .catch(rethrowNameTaken);
    return toCategory(row);
  }

  /** Its expenses become uncategorised (FK ON DELETE SET NULL) and its budget goes (ON DELETE CASCADE). */
  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    if ((await this.categories.remove(user.id, id)) === 0) throw new CategoryNotFoundError();
  }
}

function rethrowNameTaken(error: unknown): never {
  throw isUniqueViolation(error, CATEGORY_NAME_INDEX) ? new CategoryNameTakenError() : error;
}
