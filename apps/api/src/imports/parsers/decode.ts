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
