import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { dbOf, type Tx } from '../prisma/transaction';

/** A category as the service writes it: the name with its case-insensitive key. */
export interface CategoryWrite {
  name: string;
  normalizedName: string;
  color: string;
}

/**
 * The categories table. Every statement is scoped to its owner. Exported by CategoriesModule for {@link owns}: the
 * features that link a category (budgets, expenses, recurring) check it here.
 */
@Injectable()
export class CategoriesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Whether `categoryId` is one of the user's; inside the caller's transaction when given one. */
  async owns(userId: string, categoryId: string, tx?: Tx): Promise<boolean> {
    return (await dbOf(this.prisma, tx).category.count({ where: { id: categoryId, userId } })) > 0;
  }

  listOf(userId: string) {
    return this.prisma.client.category.findMany({
      where: { userId },
      orderBy: [{ normalizedName: 'asc' }, { id: 'asc' }],
    });
  }

  create(userId: string, category: CategoryWrite) {
    return this.prisma.client.category.create({ data: { userId, ...category } });
  }

  /** Prisma's P2025 (mapped to 404 with the other Prisma errors) when the owner has no such category. */
  update(userId: string, id: string, changes: Partial<CategoryWrite>) {
    return this.prisma.client.category.update({ where: { id, userId }, data: changes });
  }

  /** How many rows went: 0 or 1. */
  async remove(userId: string, id: string): Promise<number> {
    const { count } = await this.prisma.client.category.deleteMany({ where: { id, userId } });
    return count;
  }
}
