import { describe, it, expect, vi } from 'vitest';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { type PrismaService } from '../prisma/prisma.service';
import { prismaKnownError, uniqueViolation } from '../testing/prisma-fakes';
import { CategoriesService } from './categories.service';
import { CATEGORY_NAME_INDEX, CategoryNameTakenError, CategoryNotFoundError } from './category.errors';

const USER = { id: 'user-1' } as AuthenticatedUser;
const ROW = { id: 'cat-1', name: 'Pets', color: '#aabbcc', createdAt: new Date('2026-01-02T03:04:05.000Z') };

function setup() {
  const category = { findMany: vi.fn(), create: vi.fn(), update: vi.fn(), deleteMany: vi.fn() };
  const service = new CategoriesService({ client: { category } } as unknown as PrismaService);
  return { service, category };
}

describe('CategoriesService', () => {
  it("lists only the caller's categories, as contract objects", async () => {
    const { service, category } = setup();
    category.findMany.mockResolvedValue([ROW]);
    await expect(service.list(USER)).resolves.toEqual({
      items: [{ id: 'cat-1', name: 'Pets', color: '#aabbcc', createdAt: '2026-01-02T03:04:05.000Z' }],
    });
    expect(category.findMany).toHaveBeenCalledWith(expect.objectContaining({ where: { userId: 'user-1' } }));
  });

  it('stores the case-insensitive key with the name', async () => {
    const { service, category } = setup();
    category.create.mockResolvedValue(ROW);
    await service.create(USER, { name: 'Pet Care', color: '#aabbcc' });
    expect(category.create).toHaveBeenCalledWith({
      data: { userId: 'user-1', name: 'Pet Care', normalizedName: 'pet care', color: '#aabbcc' },
    });
  });

  it('reports a name already used by the same user as a 409 naming the field', async () => {
    const { service, category } = setup();
    category.create.mockRejectedValue(uniqueViolation(CATEGORY_NAME_INDEX));
    const error = await service
      .create(USER, { name: 'pets', color: '#aabbcc' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CategoryNameTakenError);
    expect((error as CategoryNameTakenError).details).toEqual([
      { field: 'name', message: 'is already used by another of your categories' },
    ]);
  });

  it('updates only within the caller’s rows and renormalises a new name', async () => {
    const { service, category } = setup();
    category.update.mockResolvedValue(ROW);
    await service.update(USER, 'cat-1', { name: 'Animals' });
    expect(category.update).toHaveBeenCalledWith({
      where: { id: 'cat-1', userId: 'user-1' },
      data: { name: 'Animals', normalizedName: 'animals' },
    });
  });

  it('lets "not found" through to the one Prisma mapping (404), and maps deletes of nothing to 404', async () => {
    const { service, category } = setup();
    const notFound = prismaKnownError('P2025', undefined, 'Category');
    category.update.mockRejectedValue(notFound);
    await expect(service.update(USER, 'cat-x', { color: '#000000' })).rejects.toBe(notFound);
    category.deleteMany.mockResolvedValue({ count: 0 });
    await expect(service.remove(USER, 'cat-x')).rejects.toBeInstanceOf(CategoryNotFoundError);
    expect(category.deleteMany).toHaveBeenCalledWith({ where: { id: 'cat-x', userId: 'user-1' } });
  });
});
