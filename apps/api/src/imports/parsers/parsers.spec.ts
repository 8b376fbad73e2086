import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseDate } from './dates';
import { parseSignedAmount } from './amount';
import { decodeStatement } from './decode';
import { parseStatement, type SavedCsvPreset, UnreadableStatementError } from './index';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));
const parse = (bytes: Uint8Array | string, defaultCurrency = 'USD', csv = {}) =>
  parseStatement(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, {
    defaultCurrency,
    csv,
  });
const refused = (bytes: Uint8Array | string) => {
  try {
    parse(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableStatementError);
    return (error as UnreadableStatementError).reason;
  }
  throw new Error('expected the file to be refused');
};

describe('CSV', () => {
  it('reads a US comma CSV: MM/DD from the data, quoted multi-line description, signed amounts', () => {
    const result = parse(fixture('us-bank-comma-mdy.csv'));
    expect(result.format).toBe('csv');
    expect(result.mapping).toMatchObject({
      delimiter: ',',
      hasHeader: true,
      dateOrder: 'MDY',
      decimalMark: '.',
    });
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        date: '2026-11-03',
        amountMinor: -475,
        currency: 'USD',
        description: 'STARBUCKS STORE 00123 SEATTLE WA',
      },
      {
        line: 3,
        date: '2026-11-03',
        amountMinor: -475,
        currency: 'USD',
        description: 'STARBUCKS STORE 00123 SEATTLE WA',
      },
      { line: 4, date: '2026-11-14', amountMinor: 250000, currency: 'USD', description: 'PAYROLL ACME CORP' },
      {
        line: 5,
        date: '2026-11-20',
        amountMinor: -123456,
        currency: 'USD',
        description: 'AMAZON MKTPLACE PMTS\nORDER 113-555',
      },
    ]);
  });

  it('reads a German semicolon CSV in Windows-1252: DD.MM.YYYY, comma decimals, dots grouping, per-line errors', () => {
    const result = parse(fixture('de-bank-semicolon-dmy-cp1252.csv'), 'USD');
    expect(result.encoding).toBe('windows-1252');
    expect(result.mapping).toMatchObject({ delimiter: ';', dateOrder: 'DMY', decimalMark: ',' });
    expect(result.rows.map((r) => [r.date, r.amountMinor, r.currency, r.merchant, r.description])).toEqual([
      ['2026-11-02', -2345, 'EUR', 'REWE Markt GmbH', 'Lebensmittel Käse'],
      ['2026-11-05', -123450, 'EUR', 'Stadtwerke München', 'Strom Abschlag 11/2026'],
      ['2026-11-15', 310000, 'EUR', 'Arbeitgeber AG', 'Gehalt November'],
    ]);
    expect(result.errors).toEqual([
      { line: 5, field: 'date', reason: '"31.11.2026" is not a date in DMY order' },
    ]);
  });

  it('reads debit and credit columns (UK, DD/MM): debits negative, credits positive', () => {
    const result = parse(fixture('uk-bank-debit-credit.csv'), 'GBP');
    expect(result.mapping).toMatchObject({
      dateOrder: 'DMY',
      columns: { amount: null, debit: 3, credit: 4 },
    });
    expect(result.rows.map((r) => [r.date, r.amountMinor, r.description])).toEqual([
      ['2026-11-03', -1240, 'TESCO STORES 3297'],
      ['2026-11-13', 210000, 'SALARY ACME LTD'],
      ['2026-11-21', -3800, 'THAMES WATER'],
    ]);
  });

  it('reports the date order as ambiguous when no day is above 12, and reads the file once it is chosen', () => {
    const text = 'Date,Description,Amount\n03/04/2026,Coffee,-3.50\n05/06/2026,Tea,-2.00\n';
    const ambiguous = parse(text);
    expect(ambiguous.rows).toEqual([]);
    expect(ambiguous.ambiguities).toEqual([
      expect.objectContaining({ field: 'dateOrder', options: ['DMY', 'MDY'] }),
    ]);
    expect(parse(text, 'USD', { dateOrder: 'DMY' }).rows.map((r) => r.date)).toEqual([
      '2026-04-03',
      '2026-06-05',
    ]);
    expect(parse(text, 'USD', { dateOrder: 'MDY' }).rows.map((r) => r.date)).toEqual([
      '2026-03-04',
      '2026-05-06',
    ]);
  });

  it('reads tab-separated UTF-16 with a BOM, and a file without a header row', () => {
    const text = '\uFEFF2026-11-01\tBakery\t-2.40\n2026-11-02\tButcher\t-11.00\n';
    const bytes = new Uint8Array([...Buffer.from(text, 'utf16le')]);
    const result = parse(bytes, 'EUR');
    expect(result.encoding).toBe('utf-16le');
    expect(result.mapping).toMatchObject({ delimiter: '\t', hasHeader: false });
    expect(result.rows.map((r) => [r.line, r.date, r.amountMinor, r.description])).toEqual([
      [1, '2026-11-01', -240, 'Bakery'],
      [2, '2026-11-02', -1100, 'Butcher'],
    ]);
  });

  it('names line, field and reason for amounts the money parser refuses (never rounds)', () => {
    const result = parse('Date,Description,Amount\n2026-11-01,Too precise,-1.005\n2026-11-02,Words,-abc\n');
    expect(result.errors).toEqual([
      { line: 2, field: 'amount', reason: expect.stringContaining('USD has 2 decimal places') },
      { line: 3, field: 'amount', reason: expect.stringMatching(/Enter/) },
    ]);
  });
});

describe('CSV presets of other apps', () => {
  it('Actual Budget: signed amounts, payee as merchant, notes as description', () => {
    const result = parse(fixture('actual-budget-export.csv'));
    expect(result.mapping?.preset).toBe('Actual Budget');
    expect(result.rows.map((r) => [r.date, r.amountMinor, r.description, r.merchant])).toEqual([
      ['2026-11-02', -4812, 'weekly shop', "Trader Joe's"],
      ['2026-11-05', 300000, 'Employer', 'Employer'],
      ['2026-11-09', -3500, 'Shell', 'Shell'],
    ]);
  });

  it('YNAB: outflow/inflow columns with currency symbols, MM/DD', () => {
    const result = parse(fixture('ynab-register.csv'));
    expect(result.mapping).toMatchObject({ preset: 'YNAB', dateOrder: 'MDY' });
    expect(result.rows.map((r) => [r.date, r.amountMinor, r.merchant])).toEqual([
      ['2026-11-02', -8745, 'Costco'],
      ['2026-11-15', 240000, 'Acme Inc'],
      ['2026-11-21', -5210, 'Chevron'],
    ]);
  });

  it('Firefly III: ISO timestamps, currency column, journal id as the bank id', () => {
    const result = parse(fixture('firefly-iii-export.csv'));
    expect(result.mapping?.preset).toBe('Firefly III');
    expect(result.rows.map((r) => [r.date, r.amountMinor, r.currency, r.merchant, r.bankId])).toEqual([
      ['2026-11-03', -1999, 'EUR', 'Spotify', '201'],
      ['2026-11-05', 250000, 'EUR', 'Checking', '202'],
      ['2026-11-07', -740, 'EUR', 'Bäckerei Schmidt', '203'],
    ]);
  });

  it("SpendWise's own export: positive amounts are expenses, its ids dedupe, defused formulas come back as typed", () => {
    const result = parse(fixture('spendwise-export.csv'));
    expect(result.encoding).toBe('utf-8');
    expect(result.mapping).toMatchObject({ preset: 'SpendWise', signConvention: 'positiveIsDebit' });
    expect(result.rows.map((r) => [r.amountMinor, r.currency, r.description, r.bankId])).toEqual([
      [-450, 'USD', 'Flat white', '01937a2e-0000-7000-8000-000000000001'],
      [-100, 'USD', '=HYPERLINK("http://x")', '01937a2e-0000-7000-8000-000000000002'],
      [-3000, 'CHF', 'Train ticket', '01937a2e-0000-7000-8000-000000000003'],
    ]);
  });
});

describe('CSV columns chosen by the person, and presets they saved', () => {
  const REVOLUT = fixture('revolut-account-statement.csv');
  const settingRefused = (bytes: Uint8Array | string, csv: object) => {
    try {
      parse(bytes, 'USD', csv);
    } catch (error) {
      expect(error).toBeInstanceOf(UnreadableStatementError);
      const { field, reason } = error as UnreadableStatementError;
      return { field, reason };
    }
    throw new Error('expected the settings to be refused');
  };
  const saved = (overrides: Partial<SavedCsvPreset> = {}): SavedCsvPreset => ({
    id: '0193b1a0-0000-7000-8000-000000000001',
    name: 'Revolut',
    delimiter: ',',
    hasHeader: true,
    dateOrder: null,
    decimalMark: null,
    signConvention: 'negativeIsDebit',
    columns: {
      date: 'Completed Date',
      amount: 'Amount',
      debit: null,
      credit: null,
      description: 'Description',
      merchant: null,
      currency: 'Currency',
      bankId: null,
    },
    ...overrides,
  });

  it('a header no heuristic knows ("Completed Date") asks for its date column, with every column as an option', () => {
    const asked = parse(REVOLUT);
    expect(asked.rows).toEqual([]);
    expect(asked.ambiguities).toEqual([
      {
        field: 'dateColumn',
        reason: 'No column is named like a date: choose the one with the dates',
        options: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
      },
    ]);
    expect(asked.mapping).toMatchObject({ columns: { date: null, amount: 5 }, dateOrder: null });
    const result = parse(REVOLUT, 'USD', { columns: { date: 3 } });
    expect(result.mapping).toMatchObject({
      preset: null,
      savedPreset: null,
      columns: { date: 3, amount: 5, description: 4, currency: 7 },
    });
    expect(result.mapping!.columnLabels).toEqual([
      'Type',
      'Product',
      'Started Date',
      'Completed Date',
      'Description',
      'Amount',
      'Fee',
      'Currency',
      'State',
      'Balance',
    ]);
    expect(result.rows.map((row) => [row.date, row.amountMinor, row.currency, row.description])).toEqual([
      ['2026-11-04', -435, 'GBP', 'Pret A Manger'],
      ['2026-11-05', 50000, 'GBP', 'Top-Up by *1234'],
      ['2026-11-08', -2380, 'GBP', 'Tesco'],
      ['2026-11-09', -5000, 'GBP', 'To John Smith'],
    ]);
  });

  it('a chosen column beats the detected one; "none" drops one; choosing debit/credit drops the signed amount', () => {
    const started = parse(REVOLUT, 'USD', { columns: { date: 2, currency: null } });
    expect(started.rows[0]).toMatchObject({ date: '2026-11-03', currency: 'USD' });
    const uk = fixture('uk-bank-debit-credit.csv');
    const detected = parse(uk).mapping!.columns;
    const chosen = parse(uk, 'USD', { columns: { amount: detected.debit } }).mapping!.columns;
    expect(chosen).toMatchObject({ amount: detected.debit, debit: null, credit: null });
    const back = parse(uk, 'USD', { columns: { debit: detected.debit, credit: detected.credit } }).mapping!;
    expect(back.columns).toMatchObject({ amount: null, debit: detected.debit, credit: detected.credit });
  });

  it('a column the file lacks, one column for two fields, or no date left: refused naming the setting', () => {
    expect(settingRefused(REVOLUT, { columns: { date: 10 } })).toEqual({
      field: 'dateColumn',
      reason: 'The file has 10 columns: choose one from 0 to 9',
    });
    expect(settingRefused(REVOLUT, { columns: { date: 3, description: 3 } })).toEqual({
      field: 'descriptionColumn',
      reason: 'Column 3 is also the date column',
    });
    expect(settingRefused(REVOLUT, { columns: { date: 5 } })).toEqual({
      field: 'dateColumn',
      reason: 'Column 5 is also the amount column',
    });
    expect(settingRefused(fixture('us-bank-comma-mdy.csv'), { columns: { date: null } }).field).toBe(
      'dateColumn',
    );
  });

  it("a saved preset applies by its header names, over the apps' presets, and keeps its settings", () => {
    const result = parse(REVOLUT, 'USD', { savedPresets: [saved({ signConvention: 'positiveIsDebit' })] });
    expect(result.mapping).toMatchObject({
      savedPreset: { id: '0193b1a0-0000-7000-8000-000000000001', name: 'Revolut' },
      columns: { date: 3, amount: 5 },
      signConvention: 'positiveIsDebit',
    });
    expect(result.rows[0]).toMatchObject({ amountMinor: 435 });
    // Header names match whatever their case and order; a preset naming a column the file lacks is not applied.
    const reordered = 'amount,completed date,description\n-4.35,2026-11-04,Pret\n';
    expect(
      parse(reordered, 'USD', { savedPresets: [saved({ columns: { ...saved().columns, currency: null } })] })
        .mapping,
    ).toMatchObject({ savedPreset: { name: 'Revolut' }, columns: { date: 1, amount: 0, description: 2 } });
    expect(parse(reordered, 'USD', { savedPresets: [saved()] }).mapping!.savedPreset).toBeNull();
    // Over the shipped preset of the app whose export it is, when the person saved one for it.
    const actual = fixture('actual-budget-export.csv');
    expect(parse(actual).mapping!.preset).toBe('Actual Budget');
    const own = saved({
      name: 'My Actual',
      signConvention: 'positiveIsDebit',
      columns: { ...saved().columns, date: 'date', amount: 'amount', description: 'payee', currency: null },
    });
    // The file is still Actual's export (its import keys stay those of Actual's, so nothing imports twice).
    expect(parse(actual, 'USD', { savedPresets: [own] }).mapping).toMatchObject({
      preset: 'Actual Budget',
      savedPreset: { name: 'My Actual' },
      signConvention: 'positiveIsDebit',
    });
  });

  it('a preset asked for by id applies whatever the header, and names itself when the file lacks its column', () => {
    const byPosition = saved({
      hasHeader: false,
      columns: { ...saved().columns, date: 0, amount: 2, description: 1, currency: null },
    });
    const result = parse('2026-11-04,Pret,-4.35\n2026-11-05,Tesco,-23.80\n', 'EUR', { preset: byPosition });
    expect(result.rows.map((row) => [row.date, row.amountMinor, row.currency])).toEqual([
      ['2026-11-04', -435, 'EUR'],
      ['2026-11-05', -2380, 'EUR'],
    ]);
    // Never applied by itself: a preset of positions says nothing about which files it is for.
    const us = parse(fixture('us-bank-comma-mdy.csv'), 'USD', { savedPresets: [byPosition] });
    expect(us.mapping).toMatchObject({ savedPreset: null, hasHeader: true });
    expect(us.rows.length).toBeGreaterThan(0);
    expect(settingRefused(fixture('us-bank-comma-mdy.csv'), { preset: saved() })).toEqual({
      field: 'preset',
      reason: 'Preset "Revolut" reads date from a column named "Completed Date", and the file has none',
    });
  });
});

describe('OFX, QIF, CAMT.053', () => {
  it('OFX 1.02 SGML: FITID as bank id, CURDEF as currency, entities decoded', () => {
    const result = parse(fixture('ofx102.ofx'), 'EUR');
    expect(result.format).toBe('ofx');
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 39,
        date: '2026-11-04',
        amountMinor: -4217,
        currency: 'USD',
        description: 'POS PURCHASE',
        merchant: 'SAFEWAY #1234',
        bankId: '2026110401',
      },
      {
        line: 47,
        date: '2026-11-15',
        amountMinor: 150000,
        currency: 'USD',
        description: 'DIRECT DEP ACME',
        merchant: 'DIRECT DEP ACME',
        bankId: '2026111501',
      },
      {
        line: 54,
        date: '2026-11-18',
        amountMinor: -999,
        currency: 'USD',
        description: 'AT&T WIRELESS',
        merchant: 'AT&T WIRELESS',
        bankId: '2026111801',
      },
    ]);
  });

  it('OFX 2.x XML (credit card statement)', () => {
    const result = parse(fixture('ofx2.ofx'));
    expect(result.rows.map((r) => [r.date, r.amountMinor, r.currency, r.description, r.bankId])).toEqual([
      ['2026-11-07', -1890, 'EUR', 'ICE Munich - Nuremberg', 'CC-7741-001'],
      ['2026-11-09', 500, 'EUR', 'Refund Deutsche Bahn', 'CC-7741-002'],
    ]);
  });

  it("QIF: Quicken's apostrophe years, grouped amounts, no currency (the person's)", () => {
    const result = parse(fixture('quicken.qif'), 'CAD');
    expect(result.format).toBe('qif');
    expect(result.rows.map((r) => [r.line, r.date, r.amountMinor, r.currency, r.description])).toEqual([
      [2, '2026-11-02', -5678, 'CAD', 'Whole Foods Market'],
      [7, '2026-11-15', 125000, 'CAD', 'Paycheck'],
      [11, '2026-11-28', -1200, 'CAD', 'Monthly subscription'],
    ]);
  });

  it('CAMT.053: DBIT negative, entry reference (else servicer reference) as bank id, Ccy per entry', () => {
    const result = parse(fixture('camt053.xml'));
    expect(result.format).toBe('camt053');
    expect(result.rows).toEqual([
      {
        line: 15,
        date: '2026-11-03',
        amountMinor: -6420,
        currency: 'EUR',
        description: 'Kundennummer 123456 Rechnung November',
        merchant: 'Vodafone GmbH',
        bankId: '20261103-0001',
      },
      {
        line: 34,
        date: '2026-11-10',
        amountMinor: 285000,
        currency: 'EUR',
        description: 'Gehalt 11/2026',
        merchant: 'Muster AG',
        bankId: '20261110-0002',
      },
      {
        line: 48,
        date: '2026-11-12',
        amountMinor: -1250,
        currency: 'CHF',
        description: 'Kartenzahlung Migros Zuerich',
        bankId: 'BANKREF-998901',
      },
    ]);
  });
});

describe('hostile and broken files', () => {
  it('refuses XML with a DOCTYPE (nested entity expansion, external entities) before parsing it', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Document><BkToCstmrStmt>&lol2;</BkToCstmrStmt></Document>`;
    expect(refused(laughs)).toMatch(/DOCTYPE/);
    const external = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><OFX>&xxe;</OFX>`;
    expect(refused(external)).toMatch(/DOCTYPE/);
  });

  it('refuses truncated files of every format with the reason', () => {
    const ofx = readFileSync(join(__dirname, 'fixtures', 'ofx102.ofx'), 'utf8');
    expect(refused(ofx.slice(0, 900))).toMatch(/truncated/);
    const camt = readFileSync(join(__dirname, 'fixtures', 'camt053.xml'), 'utf8');
    expect(refused(camt.slice(0, 1200))).toMatch(/malformed/);
    expect(refused('!Type:Bank\nD11/02/2026\nT-1.00\n')).toMatch(/truncated/);
    expect(refused('Date,Description,Amount\n2026-11-01,"unclosed,-1.00\n')).toMatch(/malformed/);
  });

  it('refuses binary and empty files', () => {
    expect(refused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatch(
      /binary/,
    );
    expect(refused('   \n')).toMatch(/empty/);
  });

  it('a CSV with neither a date nor an amount column asks for both; leaving one out on purpose is refused', () => {
    const asked = parse('Name,Colour\nApple,Red\n');
    expect(asked.ambiguities.map((a) => [a.field, a.options])).toEqual([
      ['dateColumn', ['0', '1']],
      ['amountColumn', ['0', '1']],
    ]);
    expect(() => parse('Name,Colour\nApple,Red\n', 'USD', { columns: { date: null } })).toThrow(
      /date column is required/,
    );
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8', () => {
    expect(() => decodeStatement(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0x41]))).toThrow(/not valid utf-8/);
  });
});

describe('building blocks', () => {
  it('signed amounts in the forms banks write them', () => {
    expect(parseSignedAmount('(12.50)', 'USD', '.')).toEqual({ ok: true, minor: -1250 });
    expect(parseSignedAmount('12,50-', 'EUR', ',')).toEqual({ ok: true, minor: -1250 });
    expect(parseSignedAmount('\u22121.234,56 €', 'EUR', ',')).toEqual({ ok: true, minor: -123456 });
    expect(parseSignedAmount('+1,234.56', 'USD', '.')).toEqual({ ok: true, minor: 123456 });
    expect(parseSignedAmount('-1500', 'JPY', '.')).toEqual({ ok: true, minor: -1500 });
    expect(parseSignedAmount('0.00', 'USD', '.')).toEqual({ ok: false, reason: 'The amount is zero' });
  });

  it('dates: order from the data, conflicts and impossible dates refused', () => {
    expect(detectDateOrder(['01/02/2026', '13/02/2026'])).toEqual({ order: 'DMY', conflict: false });
    expect(detectDateOrder(['01/13/2026', '13/02/2026'])).toEqual({ order: null, conflict: true });
    expect(parseDate('29.02.2027', 'DMY')).toBeNull();
    expect(parseDate('29.02.28', 'DMY')).toBe('2028-02-29');
    expect(parseDate('20261231', 'YMD')).toBe('2026-12-31');
  });
});
