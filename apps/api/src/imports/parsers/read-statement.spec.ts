import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesOf, parseStatement, readStatement, scanBytes, UnreadableStatementError } from './index';
import { type ParseOptions, type RowError, type StatementBytes, type StatementRow } from './types';

const FIXTURES = join(__dirname, 'fixtures');
const OPTIONS: ParseOptions = { defaultCurrency: 'EUR', csv: {} };

/** What the import reads, gathered back into parseStatement's shape. */
async function read(bytes: Uint8Array | StatementBytes, options = OPTIONS) {
  const file = bytes instanceof Uint8Array ? bytesOf(bytes) : bytes;
  const { entries, count, ...rest } = await readStatement(file, await scanBytes(file), options);
  const rows: StatementRow[] = [];
  const errors: RowError[] = [];
  for await (const entry of entries()) {
    if ('reason' in entry) errors.push(entry);
    else rows.push(entry);
  }
  expect(rows.length + errors.length).toBe(count);
  return { ...rest, rows, errors };
}

const encode = (text: string) => new TextEncoder().encode(text);

/** A CSV far longer than one decoded slice (64 KiB), with a multi-line quoted memo and non-ASCII text throughout. */
function longCsv(rows: number, lastDate = '01.02.2026', sep = '.'): string {
  let text = 'Buchungstag;Verwendungszweck;Betrag\n';
  for (let index = 0; index < rows; index++) {
    // (Past the first 50 lines, from which the delimiter is read line by line.)
    const memo =
      index > 60 && index % 7 === 0
        ? `"Café ${index}\nzweite Zeile, ""zitiert"""`
        : `Bäckerei Müller ${index}`;
    text += `${String((index % 12) + 1).padStart(2, '0')}${sep}0${(index % 9) + 1}${sep}2026;${memo};-${index % 90},${String(index % 100).padStart(2, '0')}\n`;
  }
  return `${text}${lastDate};Letzte Zeile;-1,00\n`;
}

describe('readStatement (a CSV read as a stream of its bytes, in two passes)', () => {
  it('reads every fixture exactly as parseStatement reads it whole', async () => {
    for (const name of readdirSync(FIXTURES)) {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
      expect(await read(bytes), name).toEqual(parseStatement(bytes, OPTIONS));
    }
  });

  it('reads a file of many slices as parseStatement does: characters and records split between slices', async () => {
    const bytes = encode(longCsv(4_000));
    expect(bytes.length).toBeGreaterThan(2 * 64 * 1024);
    const streamed = await read(bytes);
    // Every 900th amount is zero: a per-line error.
    expect([streamed.rows.length, streamed.errors.length]).toEqual([3_996, 5]);
    expect(streamed).toEqual(parseStatement(bytes, OPTIONS));
  });

  it('decides the date order from the whole file: a day above 12 in its last line only', async () => {
    // Every date but the last reads both ways (and none is dotted with a day above 12 first): the last decides.
    const text = longCsv(4_000, '02/13/2026', '/');
    const streamed = await read(encode(text));
    expect(streamed.mapping?.dateOrder).toBe('MDY');
    expect(streamed.rows.at(-1)).toMatchObject({ date: '2026-02-13', description: 'Letzte Zeile' });
    expect(streamed).toEqual(parseStatement(encode(text), OPTIONS));
  });

  it('reads a Windows-1252 file whose first non-ASCII byte is past the first slice', async () => {
    const ascii = longCsv(3_000).replaceAll('é', 'e').replaceAll('ä', 'ae').replaceAll('ü', 'ue');
    const bytes = new Uint8Array([
      ...encode(ascii),
      ...encode('02.03.2026;'),
      0xc4,
      ...encode('pfel;-2,50\n'),
    ]);
    const streamed = await read(bytes);
    expect(streamed.encoding).toBe('windows-1252');
    expect(streamed.rows.at(-1)).toMatchObject({ description: 'Äpfel', amountMinor: -250 });
    expect(streamed).toEqual(parseStatement(bytes, OPTIONS));
  });

  it('refuses what parseStatement refuses: binary past the first slice, malformed, empty', async () => {
    const reason = async (bytes: Uint8Array) => {
      try {
        await read(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(UnreadableStatementError);
        return (error as UnreadableStatementError).reason;
      }
      throw new Error('expected the file to be refused');
    };
    const binary = new Uint8Array([...encode(longCsv(3_000)), 0, 1, 2]);
    expect(await reason(binary)).toBe('The file is binary, not a bank statement');
    expect(await reason(encode(`${longCsv(10)}01.01.2026;"unclosed;-1,00\n`))).toMatch(/malformed/);
    expect(await reason(encode('  \n\n '))).toBe('The file is empty');
  });

  it('decides the encoding in slices of any size: a character split between slices is one character', async () => {
    /** The bytes as a stream of `size`-byte slices (a spooled file's slices are 64 KiB; these cut every character). */
    const sliced = (bytes: Uint8Array, size: number): StatementBytes => ({
      size: bytes.length,
      async *stream(start = 0) {
        for (let offset = start; offset < bytes.length; offset += size)
          yield bytes.subarray(offset, offset + size);
      },
      whole: () => Promise.resolve(bytes),
    });
    const text = `${longCsv(200)}02.03.2026;Café 😀 ß;-1,00\n`;
    const lineFeeds = text.split('\n').length - 1;
    const utf8 = encode(text);
    for (const size of [1, 2, 3, 5]) {
      const scan = await scanBytes(sliced(utf8, size));
      expect(scan, `slices of ${size}`).toEqual({ lineFeeds, encoding: 'utf-8', start: 0 });
      expect(await read(sliced(utf8, size))).toEqual(parseStatement(utf8, OPTIONS));
    }
    // A lead byte whose character never ends, at the very end or before ASCII: not UTF-8.
    const cut = new Uint8Array([...encode('Date;Text;Amount\n02.03.2026;Caf'), 0xc3]);
    const broken = new Uint8Array([
      ...encode('Date;Text;Amount\n02.03.2026;Caf'),
      0xe2,
      0x82,
      ...encode(';-1,00\n'),
    ]);
    for (const bytes of [cut, broken])
      for (const size of [1, 2, 64])
        expect((await scanBytes(sliced(bytes, size))).encoding).toBe('windows-1252');
  });

  it('asks rather than reads when the whole file cannot decide the date order', async () => {
    const text = 'Date,Description,Amount\n03/04/2026,Coffee,-3.50\n05/06/2026,Lunch,-9.00\n';
    const streamed = await read(encode(text));
    expect(streamed.ambiguities.map((ambiguity) => ambiguity.field)).toEqual(['dateOrder']);
    expect(streamed.rows).toEqual([]);
    expect(streamed).toEqual(parseStatement(encode(text), OPTIONS));
  });
});
