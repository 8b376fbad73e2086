import { isUtf8 } from 'node:buffer';
import { type StatementBytes, UnreadableStatementError } from './types';

/**
 * Bytes to text: a BOM decides (UTF-8, UTF-16 LE/BE); without one, strict UTF-8, and where that fails Windows-1252
 * (the encoding of most European bank exports that are not UTF-8; every byte decodes, so it is the last resort).
 * NUL characters in the text mean a binary file (or UTF-16 without a BOM, which no bank we know of writes).
 */
export function decodeStatement(bytes: Uint8Array): { text: string; encoding: string } {
  let encoding: string;
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    text = decode('utf-8', bytes.subarray(3), true);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decode('utf-16le', bytes.subarray(2), true);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decode('utf-16be', bytes.subarray(2), true);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'windows-1252';
    }
  }
  if (text.includes('\0')) throw new UnreadableStatementError('The file is binary, not a bank statement');
  if (text.trim() === '') throw new UnreadableStatementError('The file is empty');
  return { text, encoding };
}

function decode(encoding: string, bytes: Uint8Array, fatal: boolean): string {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    throw notValid(encoding);
  }
}

function notValid(encoding: string): UnreadableStatementError {
  return new UnreadableStatementError(
    `The file says it is ${encoding.toUpperCase()} but is not valid ${encoding}`,
  );
}

/** Bytes decoded at a time when bytes held in memory are read as a stream (a spooled file reads its own slices). */
const DECODE_BYTES = 64 * 1024;

/** Bytes held in memory as a StatementBytes, streamed DECODE_BYTES at a time. */
export function bytesOf(bytes: Uint8Array): StatementBytes {
  return {
    size: bytes.length,
    async *stream(start = 0) {
      for (let offset = start; offset < bytes.length; offset += DECODE_BYTES)
        yield bytes.subarray(offset, Math.min(bytes.length, offset + DECODE_BYTES));
    },
    whole: () => Promise.resolve(bytes),
  };
}

/** What one pass over a file's bytes tells before it is read as text. */
export interface ByteScan {
  /** Line feeds (one byte, 0x0A, in UTF-8, Windows-1252 and UTF-16 alike). */
  lineFeeds: number;
  /** The encoding decodeStatement would read the bytes as, and where the text starts (after a BOM). */
  encoding: string;
  start: number;
}

/**
 * One pass over the bytes, holding one slice at a time: the line feeds, and the encoding decodeStatement would
 * decide, without decoding (a valid UTF-8 check is a byte scan, carrying a character split between two slices
 * into the next). Throws as decodeStatement does for a BOM the bytes belie.
 */
export async function scanBytes(file: StatementBytes): Promise<ByteScan> {
  let lineFeeds = 0;
  let first: Uint8Array | undefined;
  let utf8 = true;
  let carry: Uint8Array = new Uint8Array(0);
  for await (const slice of file.stream()) {
    for (let index = slice.indexOf(0x0a); index !== -1; index = slice.indexOf(0x0a, index + 1)) lineFeeds++;
    if (!first) first = new Uint8Array(slice.subarray(0, 3));
    else if (first.length < 3) first = concat(first, slice.subarray(0, 3 - first.length));
    if (!utf8) continue;
    const bytes = carry.length ? concat(carry, slice) : slice;
    const cut = incompleteTail(bytes);
    utf8 = isUtf8(bytes.subarray(0, cut));
    carry = new Uint8Array(bytes.subarray(cut));
  }
  utf8 &&= carry.length === 0;
  const head = first ?? new Uint8Array(0);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    // (The BOM is valid UTF-8 itself: the bytes after it are UTF-8 when the whole is.)
    if (!utf8) throw notValid('utf-8');
    return { lineFeeds, encoding: 'utf-8', start: 3 };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { lineFeeds, encoding: 'utf-16le', start: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { lineFeeds, encoding: 'utf-16be', start: 2 };
  return { lineFeeds, encoding: utf8 ? 'utf-8' : 'windows-1252', start: 0 };
}

/** Where a UTF-8 character that the bytes cut short begins (their length when none is). */
function incompleteTail(bytes: Uint8Array): number {
  let index = bytes.length - 1;
  while (index >= 0 && bytes.length - index < 4 && (bytes[index]! & 0xc0) === 0x80) index--;
  if (index < 0) return bytes.length;
  const lead = bytes[index]!;
  const needs = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - index < needs ? index : bytes.length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * The text of the bytes from `start`, as the file streams them (a character split between two slices is decoded
 * whole), each checked as decodeStatement checks the whole: a NUL means a binary file.
 */
export async function* decodedChunks(
  file: StatementBytes,
  encoding: string,
  start: number,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: encoding.startsWith('utf-16') });
  const checked = (decodeSlice: () => string) => {
    let text: string;
    try {
      text = decodeSlice();
    } catch {
      throw notValid(encoding);
    }
    if (text.includes('\0')) throw new UnreadableStatementError('The file is binary, not a bank statement');
    return text;
  };
  for await (const slice of file.stream(start)) yield checked(() => decoder.decode(slice, { stream: true }));
  const rest = checked(() => decoder.decode());
  if (rest) yield rest;
}
