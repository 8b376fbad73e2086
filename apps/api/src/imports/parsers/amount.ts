import { parseMoney } from '@spendwise/contracts';

export type SignedAmount = { ok: true; minor: number } | { ok: false; reason: string };

/**
 * A bank's signed amount ("-12.50", "12,50-", "(12.50)", "−1.234,56 €", "$12.50") as signed minor units. The
 * magnitude goes through the project's one amount parser (`parseMoney`), with the decimal mark the file uses
 * (`,` → read as de-DE, `.` → en-US), so "1.234,56" and "1,234.56" are both 123456 and nothing is rounded.
 */
export function parseSignedAmount(input: string, currency: string, decimalMark: '.' | ','): SignedAmount {
  let text = input.trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  // Currency symbols and codes around the number ("$", "€", "EUR", "CHF ") say nothing about its value.
  text = text.replace(/^[^\d\-+\u2212.,]+/, '').replace(/[^\d\-+\u2212.,]+$/, '');
  if (/^[-\u2212]/.test(text)) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  } else if (/[-\u2212]$/.test(text)) {
    negative = !negative;
    text = text.slice(0, -1);
  }
  text = text.replace(/^[^\d.,]+/, '');
  if (text === '') return { ok: false, reason: 'Enter an amount' };
  if (/^[0.,]+$/.test(text)) return { ok: false, reason: 'The amount is zero' };
  const parsed = parseMoney(text, currency, decimalMark === ',' ? 'de-DE' : 'en-US');
  if (!parsed.ok) return parsed;
  return { ok: true, minor: negative ? -parsed.minor : parsed.minor };
}

/** The decimal mark a column of amounts uses: a mark followed by one or two digits at the end decides. */
export function detectDecimalMark(samples: readonly string[]): '.' | ',' | null {
  let comma = 0;
  let dot = 0;
  for (const sample of samples) {
    const mark = decimalMarkOf(sample);
    if (mark === ',') comma++;
    else if (mark === '.') dot++;
  }
  if (comma > dot) return ',';
  if (dot > comma) return '.';
  return null;
}

/** The decimal mark one amount shows, if any: a mark followed by one or two digits at its end. */
export function decimalMarkOf(sample: string): '.' | ',' | null {
  const text = sample.trim().replace(/[^\d.,]+$/, '');
  if (/,\d{1,2}$/.test(text)) return ',';
  if (/\.\d{1,2}$/.test(text)) return '.';
  return null;
}
