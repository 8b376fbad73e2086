/**
 * Money at the edges of the UI: what people type and what they read. Amounts are integer minor units
 * everywhere else; the exact parsing and formatting rules live in @spendwise/contracts.
 */
import {
  formatMoney,
  minorToDecimalString,
  minorUnitDigits,
  parseMoney,
  type ParsedMoney,
} from '@spendwise/contracts/money';

export type DecimalSeparator = '.' | ',';

/** The decimal separator people in `locale` type: "." in en-US, "," in de-DE. */
export function decimalSeparatorFor(locale: string): DecimalSeparator {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal');
  return decimal?.value === ',' ? ',' : '.';
}

/** Parses a typed amount ("12.50", or "12,50" where a comma is the decimal separator) into minor units. */
export function parseAmountInput(input: string, currency: string, locale: string): ParsedMoney {
  return parseMoney(input, currency, decimalSeparatorFor(locale));
}

/** Minor units as the text an amount field starts with when editing: 1250 USD → "12.50" ("12,50" in de-DE). */
export function amountInputValue(minor: number, currency: string, locale: string): string {
  const text = minorToDecimalString(minor, currency);
  return decimalSeparatorFor(locale) === ',' ? text.replace('.', ',') : text;
}

/** Minor units for reading: 123456 USD → "$1,234.56" in en-US. */
export function formatAmount(minor: number, currency: string, locale: string): string {
  return formatMoney(minor, currency, locale);
}

/** Short form for chart axes: 1234500 USD → "$12K". */
export function formatAmountCompact(minor: number, currency: string, locale: string): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(minor / 10 ** digits);
}

/** A percentage for people: 12.345 → "12.3%". */
export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}
