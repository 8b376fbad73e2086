import { parseCamt053 } from './camt';
import { HEAD_CHARS, parseCsv, streamCsv } from './csv';
import { type ByteScan, bytesOf, decodedChunks, decodeStatement, scanBytes } from './decode';
import { parseOfx } from './ofx';
import { parseQif } from './qif';
import {
  type ImportFormat,
  type ParseOptions,
  type ParseResult,
  type RowError,
  type StatementBytes,
  type StatementRow,
  UnreadableStatementError,
} from './types';

export * from './types';
export { CSV_PRESETS } from './csv';
export { type ByteScan, bytesOf, scanBytes };

/** Reads a bank file of any supported format, detected from its content, into normalised rows. Pure. */
export function parseStatement(bytes: Uint8Array, options: ParseOptions): ParseResult {
  const { text, encoding } = decodeStatement(bytes);
  const format = detectFormat(text);
  switch (format) {
    case 'ofx':
      return { format, encoding, ambiguities: [], ...parseOfx(text, options.defaultCurrency) };
    case 'camt053':
      return { format, encoding, ambiguities: [], ...parseCamt053(text) };
    case 'qif':
      return { format, encoding, ...parseQif(text, options.defaultCurrency, options.csv?.dateOrder) };
    case 'csv':
      return { format, encoding, ...parseCsv(text, options) };
  }
}

/** A statement as the import reads it: how it reads, and its rows and per-line errors, read when iterated. */
export type StatementReading = Omit<ParseResult, 'rows' | 'errors'> & {
  /** Rows and per-line errors together (each becomes one or the other). */
  count: number;
  entries: () => AsyncIterable<StatementRow | RowError>;
};

/**
 * parseStatement for the import, from a file it streams (the API's: an upload spooled to disk) after one scan of
 * its bytes (scanBytes: line feeds, encoding), which the caller has checked against its limits. A CSV — the format
 * of long files — is read as a stream of text in two passes (csv.ts, streamCsv), so neither its bytes nor its text
 * nor its records nor its rows are held at once; the other formats are documents their parsers read whole (a
 * bank's OFX, QIF or CAMT file is small), read from the file when the head says which.
 */
export async function readStatement(
  file: StatementBytes,
  scan: ByteScan,
  options: ParseOptions,
): Promise<StatementReading> {
  const { encoding, start } = scan;
  const chunks = () => decodedChunks(file, encoding, start);
  let head = '';
  for await (const chunk of chunks()) {
    head += chunk;
    if (head.length >= HEAD_CHARS) break;
  }
  if (head.trim() === '') {
    // The whole file, when its head is blank (decodeStatement's checks: empty, or binary further on).
    let blank = true;
    for await (const chunk of chunks()) blank &&= chunk.trim() === '';
    if (blank) throw new UnreadableStatementError('The file is empty');
  }
  if (detectFormat(head) !== 'csv') {
    const { rows, errors, ...rest } = parseStatement(await file.whole(), options);
    return { ...rest, count: rows.length + errors.length, entries: () => entriesOf([...rows, ...errors]) };
  }
  const { mapping, ambiguities, count, entries } = await streamCsv(chunks, head, options);
  return { format: 'csv', encoding, mapping, ambiguities, count, entries };
}

/** Rows and errors of a document read whole, in line order. */
async function* entriesOf(entries: Array<StatementRow | RowError>): AsyncGenerator<StatementRow | RowError> {
  yield* entries.sort((a, b) => a.line - b.line);
}

export function detectFormat(text: string): ImportFormat {
  const head = text.slice(0, 4096).trimStart();
  if (/^OFXHEADER:|<\?OFX|<OFX>/i.test(head)) return 'ofx';
  if (head.startsWith('<')) return 'camt053';
  if (/^!(Type|Account|Option)/i.test(head)) return 'qif';
  return 'csv';
}
