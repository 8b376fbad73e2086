import { parseCamt053 } from './camt';
import { parseCsv } from './csv';
import { decodeStatement } from './decode';
import { parseOfx } from './ofx';
import { parseQif } from './qif';
import { type ImportFormat, type ParseOptions, type ParseResult } from './types';

export * from './types';
export { CSV_PRESETS } from './csv';

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

export function detectFormat(text: string): ImportFormat {
  const head = text.slice(0, 4096).trimStart();
  if (/^OFXHEADER:|<\?OFX|<OFX>/i.test(head)) return 'ofx';
  if (head.startsWith('<')) return 'camt053';
  if (/^!(Type|Account|Option)/i.test(head)) return 'qif';
  return 'csv';
}
