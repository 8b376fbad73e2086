/**
 * Money helpers shared by the API and the web app. Amounts are integer minor units everywhere;
 * decimals exist only at the edges (what a person types, what a person reads).
 */
import { MAX_AMOUNT_MINOR } from './limits';

/** Digits after the decimal point for a currency (USD 2, JPY 0, BHD 3), from the runtime's ISO 4217 data. */
export function minorUnitDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

export type ParsedMoney = { ok: true; minor: number } | { ok: false; reason: string };

/**
 * Parses what a person typed ("12", "12.5", "1,234.56", "12,50" in a comma-decimal locale) into minor units,
 * exactly, without floating-point arithmetic. `decimalSeparator` defaults to ".".
 */
export function parseMoney(input: string, currency: string, decimalSeparator: '.' | ',' = '.'): ParsedMoney {
  const digits = minorUnitDigits(currency);
  const group = decimalSeparator === '.' ? ',' : '.';
  const cleaned = input
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .split(group)
    .join('');
  if (cleaned === '') return { ok: false, reason: 'Enter an amount' };
  if (cleaned.startsWith('-')) return { ok: false, reason: 'Amount must be greater than zero' };
  const [whole = '', fraction = '', extra] = cleaned.split(decimalSeparator);
  if (extra !== undefined || !/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '') {
    return { ok: false, reason: 'Enter a number such as 12.50' };
  }
  if (fraction.length > digits) {
    return {
      ok: false,
      reason: digits === 0 ? `${currency} has no decimal places` : `Use at most ${digits} decimal places`,
    };
  }
  const minor = Number(BigInt((whole || '0') + fraction.padEnd(digits, '0')));
  if (minor <= 0) return { ok: false, reason: 'Amount must be greater than zero' };
  if (minor > MAX_AMOUNT_MINOR)
    return { ok: false, reason: `Amount must be at most ${formatMoney(MAX_AMOUNT_MINOR, currency)}` };
  return { ok: true, minor };
}

/** Formats minor units for people, e.g. 123456 USD → "$1,234.56". */
export function formatMoney(minor: number, currency: string, locale = 'en-US'): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** digits);
}

/** Minor units as the plain decimal text a form field shows, e.g. 1250 USD → "12.50". */
export function minorToDecimalString(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
