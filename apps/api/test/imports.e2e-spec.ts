import { readdirSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  IMPORT_PREVIEW_PAGE,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_LINES,
  MAX_IMPORT_ROWS,
} from '@spendwise/contracts';
import { type PrismaClient } from '@spendwise/db';
import { claimsOf, newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { e2eEnv } from './support/e2e-env';
import { as, call } from './support/http';

/**
 * Importing bank files (POST /imports/preview, POST /imports, GET /imports, DELETE /imports/{id}) against the real
 * database: the unique import key makes re-imports store nothing, an overlapping statement only its new rows, two
 * identical coffees stay two; undo leaves the person's data exactly as it was (table fingerprints).
 */
describe('imports', () => {
  let db: PrismaClient;

  const HEADER = 'Date,Description,Amount\n';
  const NOVEMBER_1_15 =
    HEADER +
    '11/03/2026,Coffee Corner,-3.50\n' +
    '11/03/2026,Coffee Corner,-3.50\n' +
    '11/05/2026,Salary ACME,2500.00\n' +
    '11/14/2026,Grocer,-42.10\n';
  const NOVEMBER_14_30 =
    HEADER + '11/14/2026,Grocer,-42.10\n' + '11/20/2026,Cinema,-12.00\n' + '11/28/2026,Bookshop,-18.99\n';

  type Api = ReturnType<typeof as>;
  const upload = (api: Api, path: string, file: string, query = 'filename=nov.csv') =>
    api.post(`${path}?${query}`, undefined, {
      rawBody: file,
      headers: { 'content-type': 'application/octet-stream' },
      timeoutMs: 120_000,
    });
  /** A bank's CSV of `rows` debits over a year of days, each description its own (so no two rows are one). */
  const bankCsv = (rows: number, describe = (i: number) => `Shop #${i}`) => {
    const lines = [HEADER.trim()];
    for (let i = 0; i < rows; i++) {
      const day = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${day},${describe(i)},-${((100 + ((i * 7919) % 20_000)) / 100).toFixed(2)}`);
    }
    return `${lines.join('\n')}\n`;
  };
  /** Everything the person's expenses are, including the totals the triggers keep, as one hash. */
  const fingerprint = async (userId: string) => {
    const [row] = await db.$queryRaw<Array<{ expenses: string; totals: string; count: number }>>`
      SELECT
        (SELECT coalesce(md5(string_agg(row_to_json(e)::text, '|' ORDER BY e.id)), '') FROM expenses e
          WHERE e.user_id = ${userId}::uuid) AS expenses,
        (SELECT coalesce(md5(string_agg(row_to_json(t)::text, '|' ORDER BY t.currency, t.month, t.category_id)), '')
          FROM (SELECT currency, month, category_id, total_minor, expense_count FROM expense_monthly_totals
                WHERE user_id = ${userId}::uuid) t) AS totals,
        (SELECT count(*)::int FROM expenses WHERE user_id = ${userId}::uuid) AS count`;
    return row!;
  };
  const userIdOf = async (sub: string) =>
    (await db.$queryRaw<Array<{ id: string }>>`SELECT id FROM users WHERE cognito_sub = ${sub}`)[0]!.id;
  const signUp = async (name: string) => {
    const user = await newUser(name);
    const api = as(user.accessToken);
    expect((await api.get('/me')).status).toBe(200);
    return { api, userId: await userIdOf(claimsOf(user.accessToken).sub as string) };
  };

  /** The uploads the API has on disk: its TMPDIR holds its spool directory (upload-spool.ts) and nothing else. */
  const spooled = () => {
    const { apiTmpDir } = e2eEnv();
    return readdirSync(apiTmpDir).flatMap((dir) =>
      readdirSync(join(apiTmpDir, dir)).map((name) => join(apiTmpDir, dir, name)),
    );
  };
  /** Every upload's file is deleted once its answer is sent (the hook runs just after: waited for, not timed). */
  const nothingSpooled = () => vi.waitFor(() => expect(spooled()).toEqual([]), { timeout: 10_000 });

  beforeAll(() => {
    db = openDatabase();
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("skips a credit by default; included, it is stored once as a refund in its shop's category", async () => {
    const { api } = await signUp('import-refund');
    const groceries = (await api.get('/categories')).body.items.find(
      (c: { name: string }) => c.name === 'Groceries',
    ).id;
    await api.post('/expenses', {
      amountMinor: 999,
      occurredOn: '2026-10-01',
      description: 'Grocer',
      categoryId: groceries,
    });
    const file = HEADER + '11/14/2026,Grocer,-50.00\n' + '11/20/2026,Grocer,20.00\n';

    const preview = await upload(api, '/imports/preview', file);
    expect(preview.body.rows.map((r: any) => [r.line, r.amountMinor, r.status, r.include])).toEqual([
      [2, -5000, 'new', true],
      [3, 2000, 'credit', false],
    ]);
    expect(preview.body.rows[1].suggestedCategoryId).toBe(groceries);
    expect((await upload(api, '/imports', file)).body).toMatchObject({ stored: 1, skipped: 1 });
    expect((await api.get('/dashboard?month=2026-11')).body.totalMinor).toBe(5000);

    // The person includes the credit (line 3): stored as a refund, the debit already imported.
    expect((await upload(api, '/imports', file, 'filename=nov.csv&include=3')).body).toMatchObject({
      stored: 1,
    });
    const refund = (await api.get('/expenses?maxAmount=-1')).body.items;
    expect(refund).toMatchObject([
      { amountMinor: -2000, occurredOn: '2026-11-20', description: 'Grocer', categoryId: groceries },
    ]);
    const dashboard = (await api.get('/dashboard?month=2026-11')).body;
    expect(dashboard.totalMinor).toBe(3000);
    expect(dashboard.byCategory[0]).toMatchObject({ categoryId: groceries, totalMinor: 3000 });

    // Once stored, the credit is "already imported", and including it again stores nothing.
    const again = await upload(api, '/imports/preview', file);
    expect(again.body.rows.map((r: any) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect((await upload(api, '/imports', file, 'filename=nov.csv&include=3')).body).toMatchObject({
      stored: 0,
    });
  });

  it('offers the hand-entered expense whose text reads like the row, before a nearer one that does not', async () => {
    const { api } = await signUp('import-near-text');
    const record = async (occurredOn: string, description: string) => {
      const response = await api.post('/expenses', { amountMinor: 450, occurredOn, description });
      expect(response.status).toBe(201);
      return response.body.id as string;
    };
    // Same sum, two days apart; each bank row falls on the day of the expense it is NOT.
    const lunch = await record('2026-11-08', 'Lunch at Pret');
    const busPass = await record('2026-11-10', 'Bus pass');
    const file = HEADER + '11/10/2026,PRET A MANGER 0412,-4.50\n' + '11/08/2026,TFL BUS PASS,-4.50\n';

    const preview = await upload(api, '/imports/preview', file, 'filename=nov.csv&dateOrder=MDY');
    expect(preview.status).toBe(200);
    expect(preview.body.rows.map((r: any) => [r.description, r.status, r.match?.expenseId])).toEqual([
      ['PRET A MANGER 0412', 'nearMatch', lunch],
      ['TFL BUS PASS', 'nearMatch', busPass],
    ]);
  });

  it('previews, stores new debits only, re-imports nothing, stores only the new rows of an overlap, undoes exactly', async () => {
    const { api, userId } = await signUp('import-journey');
    // A hand-entered expense that the bank's 11/14 grocer row resembles (same amount, one day apart).
    const category = await api.post('/categories', { name: 'Cinema', color: '#336699' });
    const handEntered = await api.post('/expenses', {
      amountMinor: 4210,
      occurredOn: '2026-11-13',
      description: 'Groceries',
    });
    expect(handEntered.status).toBe(201);
    await api.post('/expenses', {
      amountMinor: 900,
      occurredOn: '2026-10-01',
      description: 'Cinema',
      categoryId: category.body.id,
    });
    const before = await fingerprint(userId);

    const preview = await upload(api, '/imports/preview', NOVEMBER_1_15);
    expect(preview.status).toBe(200);
    expect(preview.body.counts).toEqual({
      read: 4,
      new: 2,
      credits: 1,
      duplicates: 0,
      nearMatches: 1,
      errors: 0,
    });
    expect(preview.body.rows.map((r: any) => [r.line, r.date, r.amountMinor, r.status, r.include])).toEqual([
      [2, '2026-11-03', -350, 'new', true],
      [3, '2026-11-03', -350, 'new', true],
      [4, '2026-11-05', 250000, 'credit', false],
      [5, '2026-11-14', -4210, 'nearMatch', false],
    ]);
    expect(preview.body.rows[3].match).toEqual({
      expenseId: handEntered.body.id,
      occurredOn: '2026-11-13',
      description: 'Groceries',
    });
    expect(await fingerprint(userId)).toEqual(before);

    const first = await upload(api, '/imports', NOVEMBER_1_15);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      stored: 2,
      skipped: 2,
      import: { rowsRead: 4, rowsStored: 2, rowsPresent: 2 },
    });
    const coffees = await db.$queryRaw<Array<{ amount: number; currency: string }>>`
      SELECT amount_minor AS amount, currency FROM expenses
      WHERE user_id = ${userId}::uuid AND description = 'Coffee Corner'`;
    expect(coffees).toEqual([
      { amount: 350, currency: 'USD' },
      { amount: 350, currency: 'USD' },
    ]);

    const again = await upload(api, '/imports', NOVEMBER_1_15);
    expect(again.body).toMatchObject({ stored: 0, skipped: 4 });
    const reviewed = await upload(api, '/imports/preview', NOVEMBER_1_15);
    expect(reviewed.body.counts).toMatchObject({ new: 0, duplicates: 2 });

    // The later statement repeats 11/14 (now included on purpose), and a cinema ticket gets the person's category.
    const overlapPreview = await upload(api, '/imports/preview', NOVEMBER_14_30);
    expect(overlapPreview.body.rows.find((r: any) => r.description === 'Cinema').suggestedCategoryId).toBe(
      category.body.id,
    );
    const overlap = await upload(api, '/imports', NOVEMBER_14_30, 'filename=late-nov.csv&include=2');
    expect(overlap.body).toMatchObject({ stored: 3, skipped: 0 });
    const overlapAgain = await upload(api, '/imports', NOVEMBER_1_15, 'filename=nov.csv&include=5');
    expect(overlapAgain.body).toMatchObject({ stored: 0 });
    expect((await fingerprint(userId)).count).toBe(before.count + 5);

    const list = await api.get('/imports');
    expect(list.body.items.map((i: any) => [i.filename, i.rowsStored, i.rowsPresent])).toEqual([
      ['nov.csv', 0, 0],
      ['late-nov.csv', 3, 3],
      ['nov.csv', 0, 0],
      ['nov.csv', 2, 2],
    ]);
    // Undo everything, newest first, including a row edited since.
    const storedCoffee = await db.$queryRaw<Array<{ id: string }>>`
      SELECT id::text FROM expenses WHERE user_id = ${userId}::uuid AND description = 'Coffee Corner' LIMIT 1`;
    expect((await api.patch(`/expenses/${storedCoffee[0]!.id}`, { note: 'with a friend' })).status).toBe(200);
    expect((await api.get('/imports')).body.items[3].rowsEdited).toBe(1);
    for (const item of list.body.items) expect((await api.delete(`/imports/${item.id}`)).status).toBe(204);
    expect(await fingerprint(userId)).toEqual(before);
    expect((await api.get('/imports')).body.items).toEqual([]);

    // No tombstone: the same file imports again.
    expect((await upload(api, '/imports', NOVEMBER_1_15)).body).toMatchObject({ stored: 2 });
  });

  it('refuses hostile, ambiguous and oversized files with the reason, storing nothing; other people see nothing', async () => {
    const { api, userId } = await signUp('import-hostile');
    const before = await fingerprint(userId);
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>' +
      '<Document><BkToCstmrStmt>&lol2;</BkToCstmrStmt></Document>';
    const hostile = await upload(api, '/imports', laughs);
    expect(hostile.status).toBe(400);
    expect(hostile.body.details).toEqual([{ field: 'file', message: expect.stringContaining('DOCTYPE') }]);

    const ambiguous = await upload(api, '/imports', `${HEADER}03/04/2026,Tea,-2.00\n`);
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.details).toEqual([
      { field: 'dateOrder', message: expect.stringContaining('day/month') },
    ]);
    expect(
      (await upload(api, '/imports', `${HEADER}03/04/2026,Tea,-2.00\n`, 'filename=a.csv&dateOrder=DMY')).body,
    ).toMatchObject({ stored: 1 });
    const tea = await db.$queryRaw<Array<{ day: string }>>`
      SELECT to_char(occurred_on, 'YYYY-MM-DD') AS day FROM expenses WHERE user_id = ${userId}::uuid`;
    expect(tea).toEqual([{ day: '2026-04-03' }]);
    const withTea = await fingerprint(userId);

    await nothingSpooled();
    const tooLarge = await upload(api, '/imports', 'x'.repeat(MAX_IMPORT_BYTES + 1));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.message).toContain('8 MiB');
    await nothingSpooled();
    const tooManyLines = await upload(api, '/imports', '\n'.repeat(MAX_IMPORT_LINES + 1));
    expect(tooManyLines.status).toBe(413);
    expect(tooManyLines.body.details).toEqual([{ field: 'file', message: 'must be at most 500,000 lines' }]);
    await nothingSpooled();
    expect((await upload(api, '/imports', NOVEMBER_1_15, 'currency=XYZ&filename=a.csv')).status).toBe(400);
    expect(
      (
        await api.post('/expenses', undefined, {
          rawBody: 'x',
          headers: { 'content-type': 'application/octet-stream' },
        })
      ).status,
    ).toBe(415);
    expect(await fingerprint(userId)).toEqual(withTea);
    expect(before.count).toBe(0);

    const [mine] = (await api.get('/imports')).body.items;
    const other = await signUp('import-other');
    expect((await other.api.get('/imports')).body.items).toEqual([]);
    expect((await other.api.delete(`/imports/${mine.id}`)).status).toBe(404);
    expect((await call('GET', '/imports')).status).toBe(401);
    const anonymous = await call('POST', '/imports/preview?filename=nov.csv', {
      rawBody: NOVEMBER_1_15,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(anonymous.status).toBe(401);
    await nothingSpooled();
    expect(await fingerprint(userId)).toEqual(withTea);
  });
  it('previews 50,000 rows a page at a time with counts of all, stores those chosen, and again only the new one', async () => {
    const { api, userId } = await signUp('import-big');
    const file = bankCsv(MAX_IMPORT_ROWS);
    const first = await upload(api, '/imports/preview', file, 'filename=year.csv');
    expect(first.status).toBe(200);
    expect(first.body.counts).toEqual({
      read: 50_000,
      new: 50_000,
      credits: 0,
      duplicates: 0,
      nearMatches: 0,
      errors: 0,
    });
    expect(first.body.page).toEqual({ offset: 0, total: 50_000 });
    expect(first.body.rows).toHaveLength(IMPORT_PREVIEW_PAGE);
    expect(first.body.rows[0]).toMatchObject({
      line: 2,
      date: '2025-01-01',
      amountMinor: -100,
      status: 'new',
    });
    const last = await upload(api, '/imports/preview', file, 'filename=year.csv&offset=49999');
    expect(last.body.rows.map((r: any) => [r.line, r.description])).toEqual([[50_001, 'Shop #49999']]);

    const stored = await upload(api, '/imports', file, 'filename=year.csv&exclude=3');
    expect(stored.body).toMatchObject({ stored: 49_999, skipped: 1 });
    await nothingSpooled();
    expect((await fingerprint(userId)).count).toBe(49_999);
    // The left-out row is the only new one the second time: 49,999 duplicates found.
    expect((await upload(api, '/imports', file, 'filename=year.csv')).body).toMatchObject({ stored: 1 });

    const tooMany = await upload(api, '/imports/preview', bankCsv(MAX_IMPORT_ROWS + 1), 'filename=big.csv');
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.details).toEqual([{ field: 'file', message: 'must be at most 50,000 rows' }]);
  }, 180_000);

  it('stores nothing of an import that fails in the middle of its rows', async () => {
    const { api, userId } = await signUp('import-fails');
    await upload(api, '/imports', NOVEMBER_1_15);
    const before = await fingerprint(userId);
    // The database refuses one row in the middle of the file, after thousands were inserted in that statement.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_import_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.description = 'Refused shop' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(
      'CREATE TRIGGER refuse_import_row BEFORE INSERT ON expenses FOR EACH ROW EXECUTE FUNCTION refuse_import_row()',
    );
    try {
      const file = bankCsv(5_000, (i) => (i === 2_500 ? 'Refused shop' : `Shop #${i}`));
      expect((await upload(api, '/imports', file, 'filename=fails.csv')).status).toBe(500);
      await nothingSpooled();
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER refuse_import_row ON expenses');
      await db.$executeRawUnsafe('DROP FUNCTION refuse_import_row()');
    }
    expect(await fingerprint(userId)).toEqual(before);
    expect((await api.get('/imports')).body.items).toHaveLength(1);
    // Nothing half-done blocks the same file afterwards.
    const file = bankCsv(5_000, (i) => (i === 2_500 ? 'Refused shop' : `Shop #${i}`));
    expect((await upload(api, '/imports', file, 'filename=fails.csv')).body).toMatchObject({ stored: 5_000 });
  }, 120_000);

  it('deletes the uploaded file of a client that goes away, mid-upload or once it has sent the file', async () => {
    const user = await newUser('import-abort');
    const { hostname, port } = new URL(e2eEnv().apiUrl);
    const file = Buffer.from(bankCsv(20_000));
    const send = () => {
      const request = httpRequest({
        hostname,
        port,
        method: 'POST',
        path: '/imports/preview?filename=cut.csv',
        headers: {
          authorization: `Bearer ${user.accessToken}`,
          'content-type': 'application/octet-stream',
          'content-length': String(file.length),
        },
      });
      request.on('error', () => undefined);
      return request;
    };

    // Half the file, then the client is gone: the half on disk is deleted.
    const cut = send();
    cut.write(file.subarray(0, file.length / 2));
    // (On disk while the request is still open: the body is written as it arrives.)
    await vi.waitFor(
      () => {
        const sizes = spooled().map((path) => statSync(path).size);
        expect(sizes).toHaveLength(1);
        expect(sizes[0]).toBeGreaterThan(0);
      },
      { timeout: 10_000 },
    );
    cut.destroy();
    await nothingSpooled();

    // The whole file, then the client is gone while the API reads it (once the file is whole on disk).
    const left = send();
    left.end(file);
    await vi.waitFor(() => expect(spooled().map((path) => statSync(path).size)).toEqual([file.length]), {
      timeout: 10_000,
      interval: 5,
    });
    left.destroy();
    await nothingSpooled();

    // The API is none the worse: the same file reads.
    const whole = await upload(
      as(user.accessToken),
      '/imports/preview',
      file.toString(),
      'filename=whole.csv',
    );
    expect(whole.body.counts).toMatchObject({ read: 20_000, new: 20_000 });
    await nothingSpooled();
  }, 120_000);
});
