import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newUser } from './support/cognito';
import { as } from './support/http';

/**
 * A bank export no heuristic reads (Revolut's: "Started Date", "Completed Date"): the person chooses the columns
 * in the preview, saves them as a named preset (PUT /import-presets), and every later export of that bank is read
 * with it by its header names, without asking. Presets are the person's own: another's id is refused.
 */
describe('import presets', () => {
  const REVOLUT = readFileSync(
    join(__dirname, '../src/imports/parsers/fixtures/revolut-account-statement.csv'),
    'utf8',
  );
  type Api = ReturnType<typeof as>;
  const preview = (api: Api, query: string, file = REVOLUT) =>
    api.post(`/imports/preview?filename=revolut.csv&${query}`, undefined, {
      rawBody: file,
      headers: { 'content-type': 'application/octet-stream' },
    });
  const signUp = async (name: string) => {
    const api = as((await newUser(name)).accessToken);
    expect((await api.get('/me')).status).toBe(200);
    return api;
  };
  const REVOLUT_PRESET = {
    name: 'Revolut',
    mapping: {
      delimiter: ',',
      hasHeader: true,
      dateOrder: null,
      decimalMark: null,
      signConvention: 'negativeIsDebit',
      columns: { date: 'Completed Date', amount: 'Amount', description: 'Description', currency: 'Currency' },
    },
  };

  it('choose the columns, save them under a name, and the next export of that bank reads by itself', async () => {
    const api = await signUp('presets-journey');
    // The header names no date column the API knows: the preview asks for it, every column an option.
    const asked = await preview(api, '');
    expect(asked.status).toBe(200);
    expect(asked.body.ambiguities).toEqual([
      {
        field: 'dateColumn',
        reason: expect.stringMatching(/choose/),
        options: [...Array(10).keys()].map(String),
      },
    ]);
    expect(asked.body.rows).toEqual([]);
    // Importing without choosing is refused, naming the setting.
    const unchosen = await api.post('/imports?filename=revolut.csv', undefined, {
      rawBody: REVOLUT,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(unchosen.status).toBe(400);
    expect(unchosen.body.details).toEqual([
      { field: 'dateColumn', message: expect.stringMatching(/choose/) },
    ]);

    const chosen = await preview(api, 'dateColumn=3');
    expect(chosen.status).toBe(200);
    expect(chosen.body.mapping).toMatchObject({
      savedPreset: null,
      columns: { date: 3, amount: 5, description: 4, currency: 7 },
    });
    expect(chosen.body.mapping.columnLabels[3]).toBe('Completed Date');
    expect(chosen.body.counts).toMatchObject({ read: 4, new: 3, credits: 1 });

    const saved = await api.put('/import-presets', REVOLUT_PRESET);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      name: 'Revolut',
      mapping: { ...REVOLUT_PRESET.mapping, columns: { ...REVOLUT_PRESET.mapping.columns, debit: null } },
    });

    // Next month's export, columns in another order: read with the preset, nothing to choose.
    const reordered =
      'Completed Date,Description,Currency,Amount,Type\n2026-12-02 10:00:00,Pret A Manger,GBP,-3.95,CARD_PAYMENT\n';
    const next = await preview(api, '', reordered);
    expect(next.status).toBe(200);
    expect(next.body.mapping.savedPreset).toEqual({ id: saved.body.id, name: 'Revolut' });
    expect(next.body.rows).toMatchObject([
      { date: '2026-12-02', amountMinor: -395, currency: 'GBP', description: 'Pret A Manger' },
    ]);
    // The commit reads the file the same way.
    const committed = await api.post('/imports?filename=revolut-dec.csv', undefined, {
      rawBody: reordered,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(committed.status).toBe(201);
    expect(committed.body.stored).toBe(1);

    // Saving under the same name in another case replaces it (one preset per name); the list shows the new one.
    const replaced = await api.put('/import-presets', {
      ...REVOLUT_PRESET,
      name: 'REVOLUT',
      mapping: {
        ...REVOLUT_PRESET.mapping,
        columns: { ...REVOLUT_PRESET.mapping.columns, date: 'Started Date' },
      },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.id).toBe(saved.body.id);
    const list = await api.get('/import-presets');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      name: 'REVOLUT',
      mapping: { columns: { date: 'Started Date' } },
    });

    // Removed: the file asks for its date column again.
    expect((await api.delete(`/import-presets/${saved.body.id}`)).status).toBe(204);
    expect((await preview(api, '')).body.ambiguities[0].field).toBe('dateColumn');
    expect((await api.delete(`/import-presets/${saved.body.id}`)).status).toBe(404);
  });

  it('a preset asked for by id reads a file without a header; a column it lacks is a 400 naming preset', async () => {
    const api = await signUp('presets-by-id');
    const byPosition = await api.put('/import-presets', {
      name: 'Old bank (no header)',
      mapping: {
        delimiter: ';',
        hasHeader: false,
        dateOrder: 'DMY',
        decimalMark: ',',
        signConvention: 'negativeIsDebit',
        columns: { date: 0, amount: 2, description: 1 },
      },
    });
    expect(byPosition.status).toBe(201);
    const read = await preview(
      api,
      `preset=${byPosition.body.id}`,
      '03.11.2026;Bäckerei;-2,40\n04.11.2026;Kino;-9,00\n',
    );
    expect(read.status).toBe(200);
    expect(
      read.body.rows.map((row: { date: string; amountMinor: number }) => [row.date, row.amountMinor]),
    ).toEqual([
      ['2026-11-03', -240],
      ['2026-11-04', -900],
    ]);
    const lacking = await preview(api, `preset=${byPosition.body.id}`, '2026-11-03;-2,40\n');
    expect(lacking.status).toBe(400);
    expect(lacking.body.details).toEqual([
      {
        field: 'preset',
        message: 'Preset "Old bank (no header)" reads amount from column 3, and the file has 2',
      },
    ]);
  });

  it('bad settings and presets are 400s naming the field; another person’s preset is neither usable nor removable', async () => {
    const owner = await signUp('presets-owner');
    const other = await signUp('presets-other');
    const { body: theirs } = await owner.put('/import-presets', REVOLUT_PRESET);

    const cases: Array<[string, unknown, string]> = [
      ['no name', { ...REVOLUT_PRESET, name: ' ' }, 'name'],
      ['name too long', { ...REVOLUT_PRESET, name: 'x'.repeat(61) }, 'name'],
      [
        'no date',
        { ...REVOLUT_PRESET, mapping: { ...REVOLUT_PRESET.mapping, columns: { amount: 'Amount' } } },
        'mapping.columns.date',
      ],
      [
        'no amount',
        { ...REVOLUT_PRESET, mapping: { ...REVOLUT_PRESET.mapping, columns: { date: 'Date' } } },
        'mapping.columns.amount',
      ],
      [
        'a position with a header',
        { ...REVOLUT_PRESET, mapping: { ...REVOLUT_PRESET.mapping, columns: { date: 0, amount: 'Amount' } } },
        'mapping.columns.date',
      ],
      [
        'one column twice',
        {
          ...REVOLUT_PRESET,
          mapping: { ...REVOLUT_PRESET.mapping, columns: { date: 'Date', amount: 'date' } },
        },
        'mapping.columns.amount',
      ],
      [
        'unknown delimiter',
        { ...REVOLUT_PRESET, mapping: { ...REVOLUT_PRESET.mapping, delimiter: '#' } },
        'mapping.delimiter',
      ],
      [
        'unknown column',
        {
          ...REVOLUT_PRESET,
          mapping: { ...REVOLUT_PRESET.mapping, columns: { date: 'D', amount: 'A', fee: 'F' } },
        },
        'mapping.columns.fee',
      ],
    ];
    for (const [what, body, field] of cases) {
      const response = await owner.put('/import-presets', body);
      expect(response.status, what).toBe(400);
      expect(
        response.body.details.map((d: { field: string }) => d.field),
        what,
      ).toContain(field);
    }
    for (const [query, field] of [
      ['dateColumn=x', 'dateColumn'],
      ['dateColumn=-1', 'dateColumn'],
      ['dateColumn=10', 'dateColumn'],
      ['dateColumn=3&descriptionColumn=3', 'descriptionColumn'],
      ['preset=not-a-uuid', 'preset'],
      [`preset=${theirs.id}`, 'preset'],
    ] as const) {
      const response = await preview(other, query);
      expect(response.status, query).toBe(400);
      expect(response.body.details, query).toEqual([{ field, message: expect.any(String) }]);
    }
    // Not applied to another person's files by header either, nor listed, nor removable by them.
    expect((await preview(other, '')).body.mapping.savedPreset).toBeNull();
    expect((await other.get('/import-presets')).body.items).toEqual([]);
    expect((await other.delete(`/import-presets/${theirs.id}`)).status).toBe(404);
    expect((await owner.get('/import-presets')).body.items).toHaveLength(1);
  });
});
