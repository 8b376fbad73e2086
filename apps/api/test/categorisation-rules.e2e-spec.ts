import { describe, expect, it } from 'vitest';
import { newUser } from './support/cognito';
import { as } from './support/http';

/**
 * Categorisation rules (GET/POST /categorisation-rules, PATCH/DELETE /categorisation-rules/{id}) against the real
 * database: a category chosen in an import preview is learned as a rule the next preview applies; a rule written
 * by hand is never overwritten by learning; `equals` beats `contains`, the longest `contains` beats a shorter one,
 * and a rule beats the history of the person's expenses; rules are the person's own and go with their category.
 */
describe('categorisation rules', () => {
  const HEADER = 'Date,Description,Amount\n';
  type Api = ReturnType<typeof as>;
  const upload = (api: Api, path: string, file: string, query = '') =>
    api.post(`${path}?filename=statement.csv${query}`, undefined, {
      rawBody: file,
      headers: { 'content-type': 'application/octet-stream' },
    });
  const preview = async (api: Api, file: string) => {
    const response = await upload(api, '/imports/preview', file);
    expect(response.status).toBe(200);
    return response.body.rows as Array<{
      line: number;
      description: string;
      suggestedCategoryId: string | null;
      suggestedBy: 'rule' | 'history' | null;
      suggestedRuleId: string | null;
    }>;
  };
  const signUp = async (name: string) => {
    const api = as((await newUser(name)).accessToken);
    expect((await api.get('/me')).status).toBe(200);
    const categories = (await api.get('/categories')).body.items as Array<{ id: string; name: string }>;
    const id = (wanted: string) => categories.find((c) => c.name === wanted)!.id;
    return { api, id };
  };

  it('learns the category chosen at commit, and the next preview of that merchant suggests it by rule', async () => {
    const { api, id } = await signUp('rules-learned');
    const november = HEADER + '11/13/2026,Corner  SHOP,-3.50\n' + '11/14/2026,Bakery,-2.00\n';
    const first = await preview(api, november);
    expect(first.map((r) => [r.suggestedCategoryId, r.suggestedBy, r.suggestedRuleId])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);

    // Line 2 gets Groceries; line 3 is stored without a choice and teaches nothing.
    const committed = await upload(api, '/imports', november, `&categories=2:${id('Groceries')}`);
    expect(committed.status).toBe(201);
    expect((await api.get('/expenses')).body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ description: 'Corner SHOP', categoryId: id('Groceries') }),
        expect.objectContaining({ description: 'Bakery', categoryId: null }),
      ]),
    );
    const rules = (await api.get('/categorisation-rules')).body.items;
    expect(rules).toEqual([
      expect.objectContaining({
        kind: 'equals',
        text: 'corner shop',
        categoryId: id('Groceries'),
        source: 'learned',
      }),
    ]);

    // December's statement writes the merchant differently (case, spacing): the rule applies.
    const december = await preview(api, HEADER + '12/21/2026,corner shop,-4.00\n');
    expect(december[0]).toMatchObject({
      suggestedCategoryId: id('Groceries'),
      suggestedBy: 'rule',
      suggestedRuleId: rules[0].id,
    });

    // A later different choice for the same merchant updates the learned rule (no second rule).
    await upload(
      api,
      '/imports',
      HEADER + '12/22/2026,Corner Shop,-5.00\n',
      `&categories=2:${id('Dining out')}`,
    );
    expect((await api.get('/categorisation-rules')).body.items).toEqual([
      expect.objectContaining({ id: rules[0].id, categoryId: id('Dining out'), source: 'learned' }),
    ]);
    // Choosing what was suggested anyway, or "none", teaches nothing new.
    await upload(
      api,
      '/imports',
      HEADER + '12/13/2026,Corner Shop,-6.00\n',
      `&categories=2:${id('Dining out')}`,
    );
    await upload(api, '/imports', HEADER + '12/14/2026,Newsagent,-1.00\n', '&categories=2:none');
    expect((await api.get('/categorisation-rules')).body.items).toHaveLength(1);
  });

  it('never overwrites a rule written or edited by hand with a learned choice', async () => {
    const { api, id } = await signUp('rules-written');
    const written = await api.post('/categorisation-rules', {
      kind: 'equals',
      text: '  Petrol   Station ',
      categoryId: id('Transport'),
    });
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ kind: 'equals', text: 'petrol station', source: 'written' });

    await upload(
      api,
      '/imports',
      HEADER + '11/13/2026,Petrol Station,-30.00\n',
      `&categories=2:${id('Groceries')}`,
    );
    expect((await api.get('/categorisation-rules')).body.items).toEqual([
      expect.objectContaining({ id: written.body.id, categoryId: id('Transport'), source: 'written' }),
    ]);

    // A learned rule edited by hand becomes written, and learning leaves it alone from then on.
    await upload(api, '/imports', HEADER + '11/14/2026,Kiosk,-2.00\n', `&categories=2:${id('Groceries')}`);
    const kiosk = (await api.get('/categorisation-rules')).body.items.find(
      (r: { text: string }) => r.text === 'kiosk',
    );
    expect(kiosk).toMatchObject({ source: 'learned' });
    const edited = await api.patch(`/categorisation-rules/${kiosk.id}`, { categoryId: id('Dining out') });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: kiosk.id, categoryId: id('Dining out'), source: 'written' });
    await upload(api, '/imports', HEADER + '11/15/2026,Kiosk,-2.50\n', `&categories=2:${id('Groceries')}`);
    expect((await api.get(`/categorisation-rules`)).body.items).toContainEqual(
      expect.objectContaining({ id: kiosk.id, categoryId: id('Dining out'), source: 'written' }),
    );
  });

  it('applies equals before contains, the longest contains first, and any rule before history', async () => {
    const { api, id } = await signUp('rules-precedence');
    const rule = async (kind: string, text: string, category: string) => {
      const response = await api.post('/categorisation-rules', { kind, text, categoryId: id(category) });
      expect(response.status).toBe(201);
      return response.body.id as string;
    };
    const amazon = await rule('contains', 'amazon', 'Shopping');
    const prime = await rule('contains', 'AMAZON PRIME', 'Entertainment');
    const exact = await rule('equals', 'amazon prime video', 'Dining out');
    // History says Groceries for "Amazon Fresh"; the contains rule wins over it.
    await api.post('/expenses', {
      amountMinor: 1000,
      occurredOn: '2026-10-01',
      description: 'Amazon Fresh',
      categoryId: id('Groceries'),
    });
    await api.post('/expenses', {
      amountMinor: 500,
      occurredOn: '2026-10-02',
      description: 'Milkman',
      categoryId: id('Groceries'),
    });
    const rows = await preview(
      api,
      HEADER +
        '11/21/2026,Amazon Prime Video,-8.99\n' +
        '11/22/2026,Amazon Prime Video Channels,-4.99\n' +
        '11/13/2026,Amazon Fresh,-30.00\n' +
        '11/14/2026,Milkman,-5.00\n' +
        '11/15/2026,Bakery,-2.00\n',
    );
    expect(rows.map((r) => [r.description, r.suggestedBy, r.suggestedRuleId, r.suggestedCategoryId])).toEqual(
      [
        ['Amazon Prime Video', 'rule', exact, id('Dining out')],
        ['Amazon Prime Video Channels', 'rule', prime, id('Entertainment')],
        ['Amazon Fresh', 'rule', amazon, id('Shopping')],
        ['Milkman', 'history', null, id('Groceries')],
        ['Bakery', null, null, null],
      ],
    );
  });

  it("keeps rules to their person: another's never apply, and their ids are not found", async () => {
    const a = await signUp('rules-owner');
    const b = await signUp('rules-stranger');
    const rule = await a.api.post('/categorisation-rules', {
      kind: 'contains',
      text: 'cafe',
      categoryId: a.id('Dining out'),
    });
    expect(rule.status).toBe(201);

    const rows = await preview(b.api, HEADER + '11/21/2026,Cafe Nero,-3.00\n');
    expect(rows[0]).toMatchObject({ suggestedCategoryId: null, suggestedBy: null, suggestedRuleId: null });
    expect((await b.api.get('/categorisation-rules')).body.items).toEqual([]);
    expect((await b.api.patch(`/categorisation-rules/${rule.body.id}`, { text: 'x' })).status).toBe(404);
    expect((await b.api.delete(`/categorisation-rules/${rule.body.id}`)).status).toBe(404);
    // B cannot point a rule at A's category, nor commit a choice of it.
    const foreign = await b.api.post('/categorisation-rules', {
      kind: 'equals',
      text: 'x',
      categoryId: a.id('Dining out'),
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.details).toEqual([{ field: 'categoryId', message: 'is not one of your categories' }]);
    const choice = await upload(
      b.api,
      '/imports',
      HEADER + '11/21/2026,Cafe Nero,-3.00\n',
      `&categories=2:${a.id('Dining out')}`,
    );
    expect(choice.status).toBe(400);
    expect(choice.body.details).toEqual([
      { field: 'categories', message: expect.stringMatching(/not one of yours/) },
    ]);
    expect((await a.api.get('/categorisation-rules')).body.items).toHaveLength(1);
  });

  it('refuses a duplicate naming the rule, and bad input naming the field', async () => {
    const { api, id } = await signUp('rules-input');
    const first = await api.post('/categorisation-rules', {
      kind: 'equals',
      text: 'Gym',
      categoryId: id('Health'),
    });
    const twin = await api.post('/categorisation-rules', {
      kind: 'equals',
      text: ' gym ',
      categoryId: id('Dining out'),
    });
    expect(twin.status).toBe(409);
    expect(twin.body.details).toEqual([{ field: 'text', message: expect.stringContaining(first.body.id) }]);
    // The same text as `contains` is another rule; renaming it onto the equals one is a 409 too.
    const contains = await api.post('/categorisation-rules', {
      kind: 'contains',
      text: 'gym',
      categoryId: id('Health'),
    });
    expect(contains.status).toBe(201);
    const clash = await api.patch(`/categorisation-rules/${contains.body.id}`, { kind: 'equals' });
    expect(clash.status).toBe(409);

    const bad = await api.post('/categorisation-rules', {
      kind: 'starts',
      text: 'x'.repeat(201),
      categoryId: 'no',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'categoryId',
      'kind',
      'text',
    ]);
    expect((await api.patch(`/categorisation-rules/${first.body.id}`, {})).status).toBe(400);
    const badChoice = await upload(
      api,
      '/imports',
      HEADER + '11/21/2026,Gym,-3.00\n',
      '&categories=2:groceries',
    );
    expect(badChoice.status).toBe(400);
    expect(badChoice.body.details[0].field).toBe('categories');

    expect((await api.delete(`/categorisation-rules/${first.body.id}`)).status).toBe(204);
    expect((await api.delete(`/categorisation-rules/${first.body.id}`)).status).toBe(404);
  });

  it('deletes the rules of a category with the category', async () => {
    const { api, id } = await signUp('rules-cascade');
    const category = await api.post('/categories', { name: 'Pets', color: '#336699' });
    await api.post('/categorisation-rules', { kind: 'contains', text: 'vet', categoryId: category.body.id });
    await api.post('/categorisation-rules', { kind: 'equals', text: 'zoo', categoryId: id('Dining out') });
    expect((await api.get('/categorisation-rules')).body.items).toHaveLength(2);

    expect((await api.delete(`/categories/${category.body.id}`)).status).toBe(204);
    expect((await api.get('/categorisation-rules')).body.items).toEqual([
      expect.objectContaining({ text: 'zoo' }),
    ]);
    const rows = await preview(api, HEADER + '11/21/2026,Vet Clinic,-40.00\n');
    expect(rows[0]).toMatchObject({ suggestedBy: null, suggestedCategoryId: null });
  });
});
