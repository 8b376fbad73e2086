import { isUtf8 } from 'node:buffer';
import { UnreadableStatementError } from './types';

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
    throw new UnreadableStatementError(
      `The file says it is ${encoding.toUpperCase()} but is not valid ${encoding}`,
    );
  }
}

/** Bytes decoded at a time when a file is read as a stream of text. */
const DECODE_BYTES = 64 * 1024;

/**
 * The encoding decodeStatement would read the bytes as, and where the text starts (after a BOM), decided without
 * decoding them all (a valid UTF-8 check is a byte scan). Throws as decodeStatement does for a BOM the bytes belie.
 */
export function encodingOf(bytes: Uint8Array): { encoding: string; start: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    if (!isUtf8(bytes.subarray(3))) decode('utf-8', bytes.subarray(3), true);
    return { encoding: 'utf-8', start: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', start: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', start: 2 };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1252', start: 0 };
}

/**
 * The text of the bytes, DECODE_BYTES at a time (a character split between two slices is decoded whole), each
 * checked as decodeStatement checks the whole: a NUL means a binary file.
 */
export function* decodedChunks(bytes: Uint8Array, encoding: string, start: number): Generator<string> {
  const decoder = new TextDecoder(encoding, { fatal: encoding.startsWith('utf-16') });
  for (let offset = start; offset < bytes.length; offset += DECODE_BYTES) {
    const end = Math.min(bytes.length, offset + DECODE_BYTES);
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(offset, end), { stream: end < bytes.length });
    } catch {
      throw new UnreadableStatementError(
        `The file says it is ${encoding.toUpperCase()} but is not valid ${encoding}`,
      );
    }
    if (text.includes('\0')) throw new UnreadableStatementError('The file is binary, not a bank statement');
    yield text;
  }
}
