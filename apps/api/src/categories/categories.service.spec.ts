import { describe, it, expect, vi } from 'vitest';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { prismaKnownError, uniqueViolation } from '../testing/prisma-fakes';
import { type CategoriesRepository } from './categories.repository';
import { CategoriesService } from './categories.service';
import { CATEGORY_NAME_INDEX, CategoryNameTakenError, CategoryNotFoundError } from './category.errors';

const USER = { id: 'user-1' } as AuthenticatedUser;
const ROW = { id: 'cat-1', name: 'Pets', color: '#aabbcc', createdAt: new Date('2026-01-02T03:04:05.000Z') };

function setup() {
  const categories = { listOf: vi.fn(), create: vi.fn(), update: vi.fn(), remove: vi.fn() };
  const service = new CategoriesService(categories as unknown as CategoriesRepository);
  return { service, categories };
}

describe('CategoriesService', () => {
  it("lists only the caller's categories, as contract objects", async () => {
    const { service, categories } = setup();
    categories.listOf.mockResolvedValue([ROW]);
    await expect(service.list(USER)).resolves.toEqual({
      items: [{ id: 'cat-1', name: 'Pets', color: '#aabbcc', createdAt: '2026-01-02T03:04:05.000Z' }],
    });
    expect(categories.listOf).toHaveBeenCalledWith('user-1');
  });

  it('stores the case-insensitive key with the name', async () => {
    const { service, categories } = setup();
    categories.create.mockResolvedValue(ROW);
    await service.create(USER, { name: 'Pet Care', color: '#aabbcc' });
    expect(categories.create).toHaveBeenCalledWith('user-1', {
      name: 'Pet Care',
      normalizedName: 'pet care',
      color: '#aabbcc',
    });
  });

  it('reports a name already used by the same user as a 409 naming the field', async () => {
    const { service, categories } = setup();
    categories.create.mockRejectedValue(uniqueViolation(CATEGORY_NAME_INDEX));
    const error = await service
      .create(USER, { name: 'pets', color: '#aabbcc' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CategoryNameTakenError);
    expect((error as CategoryNameTakenError).details).toEqual([
      { field: 'name', message: 'is already used by another of your categories' },
    ]);
  });

  it('updates only within the caller’s rows and renormalises a new name', async () => {
    const { service, categories } = setup();
    categories.update.mockResolvedValue(ROW);
    await service.update(USER, 'cat-1', { name: 'Animals' });
    expect(categories.update).toHaveBeenCalledWith('user-1', 'cat-1', {
      name: 'Animals',
      normalizedName: 'animals',
    });
  });

  it('lets "not found" through to the one Prisma mapping (404), and maps deletes of nothing to 404', async () => {
    const { service, categories } = setup();
    const notFound = prismaKnownError('P2025', undefined, 'Category');
    categories.update.mockRejectedValue(notFound);
    await expect(service.update(USER, 'cat-x', { color: '#000000' })).rejects.toBe(notFound);
    categories.remove.mockResolvedValue(0);
    await expect(service.remove(USER, 'cat-x')).rejects.toBeInstanceOf(CategoryNotFoundError);
    expect(categories.remove).toHaveBeenCalledWith('user-1', 'cat-x');
  });
});
