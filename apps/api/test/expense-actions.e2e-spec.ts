import { describe, it, expect, beforeAll } from 'vitest';
import { newUser } from './support/cognito';
import { as } from './support/http';

interface Row {
  id: string;
  amountMinor: number;
  occurredOn: string;
  description: string;
  categoryId: string | null;
  tags: string[];
  createdAt: string;
}

type Api = ReturnType<typeof as>;

async function person(label: string) {
  const api = as((await newUser(label)).accessToken);
  const categories = (await api.get('/categories')).body.items as Array<{ id: string; name: string }>;
  const category = (name: string) => categories.find((c) => c.name === name)!.id;
  return { api, groceries: category('Groceries'), transport: category('Transport') };
}

async function record(api: Api, rows: Array<Partial<Row>>): Promise<Row[]> {
  const created: Row[] = [];
  for (const row of rows) {
    const response = await api.post('/expenses', { occurredOn: '2026-03-02', amountMinor: 1000, ...row });
    expect(response.status).toBe(201);
    created.push(response.body);
  }
  return created;
}

const byId = async (api: Api, ids: string[]) =>
  Promise.all(ids.map(async (id) => (await api.get(`/expenses/${id}`)).body as Row));

describe('POST /expenses/bulk and POST /expenses/undo/{id}', () => {
  let a: Awaited<ReturnType<typeof person>>;
  let b: Awaited<ReturnType<typeof person>>;

  beforeAll(async () => {
    [a, b] = await Promise.all([person('bulk-a'), person('bulk-b')]);
  });

  it('recategorises, tags and untags many at once; undo puts back what it found and spares later edits', async () => {
    const rows = await record(a.api, [
      { description: 'Bus', categoryId: a.transport, tags: ['commute'] },
      { description: 'Train', tags: ['commute', 'work'] },
      { description: 'Bread', categoryId: a.groceries },
    ]);
    const ids = rows.map((row) => row.id);

    const moved = await a.api.post('/expenses/bulk', {
      ids,
      action: { kind: 'setCategory', categoryId: a.groceries },
    });
    expect(moved.status).toBe(200);
    // Bread was in Groceries already: not counted, not touched.
    expect(moved.body).toMatchObject({ affected: 2, undo: { kind: 'setCategory', count: 2 } });
    expect((await byId(a.api, ids)).map((row) => row.categoryId)).toEqual([
      a.groceries,
      a.groceries,
      a.groceries,
    ]);

    const tagged = await a.api.post('/expenses/bulk', { ids, action: { kind: 'addTag', tag: 'Work' } });
    expect(tagged.body.affected).toBe(2);
    expect((await byId(a.api, ids)).map((row) => row.tags)).toEqual([
      ['commute', 'work'],
      ['commute', 'work'],
      ['work'],
    ]);
    const untagged = await a.api.post('/expenses/bulk', {
      ids,
      action: { kind: 'removeTag', tag: 'commute' },
    });
    expect(untagged.body.affected).toBe(2);

    // Undo the untag: both get "commute" back.
    expect((await a.api.post(`/expenses/undo/${untagged.body.undo.id}`)).body).toEqual({
      restored: 2,
      skipped: 0,
    });
    // The person retags Bread after the tag action (dropping "work"): undoing the tag leaves Bread as they made
    // it. A description edit does not stand in the way of undoing the move.
    expect((await a.api.patch(`/expenses/${ids[2]}`, { tags: ['groceries'] })).status).toBe(200);
    expect((await a.api.patch(`/expenses/${ids[1]}`, { description: 'Train home' })).status).toBe(200);
    expect((await a.api.post(`/expenses/undo/${tagged.body.undo.id}`)).body).toEqual({
      restored: 1,
      skipped: 1,
    });
    const undoMove = await a.api.post(`/expenses/undo/${moved.body.undo.id}`);
    expect(undoMove.body).toEqual({ restored: 2, skipped: 0 });
    expect(await byId(a.api, ids)).toMatchObject([
      { description: 'Bus', categoryId: a.transport, tags: ['commute'] },
      { description: 'Train home', categoryId: null, tags: ['commute', 'work'] },
      { description: 'Bread', categoryId: a.groceries, tags: ['groceries'] },
    ]);

    // Once undone, an action is not undoable again nor listed.
    const again = await a.api.post(`/expenses/undo/${moved.body.undo.id}`);
    expect(again.status).toBe(409);
    expect(again.body.details).toEqual([{ field: 'id', message: 'was already undone' }]);
    const listed = (await a.api.get('/expenses/undo')).body.items.map((item: { id: string }) => item.id);
    expect(listed).not.toContain(moved.body.undo.id);
  });

  it('deletes many; undo brings each back as it was, in every total, a series date included', async () => {
    const [kept, ...doomed] = await record(a.api, [
      { description: 'Kept', occurredOn: '2026-04-01' },
      {
        description: 'Lunch',
        occurredOn: '2026-04-02',
        amountMinor: 1250,
        tags: ['food'],
        categoryId: a.groceries,
      },
      { description: 'Taxi', occurredOn: '2026-04-03', amountMinor: 2300 },
    ]);
    const series = await a.api.post('/recurring', {
      amountMinor: 5000,
      description: 'Gym',
      schedule: { kind: 'monthly', day: 5 },
      startOn: '2026-04-05',
      count: 1,
    });
    expect(series.status).toBe(201);
    const gym = (await a.api.get('/expenses?q=Gym')).body.items[0] as Row;
    const ids = [...doomed.map((row) => row.id), gym.id];
    const april = async () => (await a.api.get('/dashboard?month=2026-04')).body.totalMinor as number;
    expect(await april()).toBe(1000 + 1250 + 2300 + 5000);

    const deleted = await a.api.post('/expenses/bulk', { ids, action: { kind: 'delete' } });
    expect(deleted.body).toMatchObject({ affected: 3, undo: { kind: 'delete', count: 3 } });
    expect(await april()).toBe(1000);
    expect((await a.api.get(`/expenses/${gym.id}`)).status).toBe(404);
    expect((await a.api.get('/expenses/undo')).body.items[0]).toMatchObject({
      id: deleted.body.undo.id,
      count: 3,
    });

    expect((await a.api.post(`/expenses/undo/${deleted.body.undo.id}`)).body).toEqual({
      restored: 3,
      skipped: 0,
    });
    expect(await april()).toBe(1000 + 1250 + 2300 + 5000);
    // Each as it was (ids, dates, tags, category, created time), only updatedAt is new.
    const stored = ({ id, amountMinor, occurredOn, description, categoryId, tags, createdAt }: Row) => ({
      id,
      amountMinor,
      occurredOn,
      description,
      categoryId,
      tags,
      createdAt,
    });
    expect((await byId(a.api, ids)).map(stored)).toEqual([...doomed, gym].map(stored));
    // The series' date is an expense again, not a deleted one: nothing generates it twice.
    const detail = (await a.api.get(`/recurring/${series.body.id}`)).body;
    expect(detail.occurrences).toEqual([{ on: '2026-04-05', status: 'generated', expenseId: gym.id }]);
    expect((await a.api.get('/expenses?q=Gym')).body.items).toHaveLength(1);
    expect((await a.api.get(`/expenses/${kept!.id}`)).status).toBe(200);
  });

  it('does not bring back a deleted bank row that was imported again since (no doubles)', async () => {
    const file = 'Date,Description,Amount\n2026-05-07,Corner shop,-8.40\n';
    const importFile = () =>
      a.api.post('/imports?filename=may.csv', undefined, {
        rawBody: file,
        headers: { 'content-type': 'application/octet-stream' },
      });
    expect((await importFile()).body).toMatchObject({ stored: 1 });
    const shop = (await a.api.get('/expenses?q=Corner')).body.items[0] as Row;
    const deleted = await a.api.post('/expenses/bulk', { ids: [shop.id], action: { kind: 'delete' } });
    expect((await importFile()).body).toMatchObject({ stored: 1 });
    expect((await a.api.post(`/expenses/undo/${deleted.body.undo.id}`)).body).toEqual({
      restored: 0,
      skipped: 1,
    });
    expect((await a.api.get('/expenses?q=Corner')).body.items).toHaveLength(1);
  });

  it("is all or nothing, and only ever about the caller's own expenses and actions", async () => {
    const [mine] = await record(a.api, [{ description: 'Mine' }]);
    const [theirs] = await record(b.api, [{ description: 'Theirs' }]);

    const mixed = await a.api.post('/expenses/bulk', {
      ids: [mine!.id, theirs!.id],
      action: { kind: 'delete' },
    });
    expect(mixed.status).toBe(404);
    expect(mixed.body.details).toEqual([
      { field: 'ids', message: '1 of them are not your expenses (deleted, or never yours); nothing changed' },
    ]);
    expect((await a.api.get(`/expenses/${mine!.id}`)).status).toBe(200);
    expect((await b.api.get(`/expenses/${theirs!.id}`)).status).toBe(200);

    const foreignCategory = await a.api.post('/expenses/bulk', {
      ids: [mine!.id],
      action: { kind: 'setCategory', categoryId: b.groceries },
    });
    expect(foreignCategory.status).toBe(400);
    expect(foreignCategory.body.details).toEqual([
      { field: 'action.categoryId', message: 'is not one of your categories' },
    ]);

    const action = await a.api.post('/expenses/bulk', {
      ids: [mine!.id],
      action: { kind: 'addTag', tag: 'x' },
    });
    expect((await b.api.post(`/expenses/undo/${action.body.undo.id}`)).status).toBe(404);
    expect((await b.api.get('/expenses/undo')).body.items).toEqual([]);
  });

  it('refuses malformed requests naming the field, and an eleventh tag', async () => {
    const [row] = await record(a.api, [
      { description: 'Tagged', tags: ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10'] },
    ]);
    const cases: Array<[unknown, string, string]> = [
      [{ ids: [], action: { kind: 'delete' } }, 'ids', 'must name at least one expense'],
      [{ ids: [row!.id, row!.id], action: { kind: 'delete' } }, 'ids', 'must not name an expense twice'],
      [
        { ids: Array.from({ length: 501 }, () => row!.id), action: { kind: 'delete' } },
        'ids',
        'must name at most 500 expenses',
      ],
      [
        { ids: [row!.id], action: { kind: 'explode' } },
        'action.kind',
        'must have kind delete, setCategory, addTag or removeTag',
      ],
    ];
    for (const [body, field, message] of cases) {
      const response = await a.api.post('/expenses/bulk', body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.body.details).toContainEqual({ field, message });
    }
    const eleventh = await a.api.post('/expenses/bulk', {
      ids: [row!.id],
      action: { kind: 'addTag', tag: 't11' },
    });
    expect(eleventh.status).toBe(409);
    expect(eleventh.body.details).toEqual([
      { field: 'action.tag', message: 'would give 1 expense(s) more than 10 tags' },
    ]);
    expect((await a.api.post('/expenses/undo/not-an-id')).status).toBe(400);
  });
});
