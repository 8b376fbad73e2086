/**
 * Money helpers shared by the API and the web app. Amounts are integer minor units everywhere;
 * decimals exist only at the edges (what a person types, what a person reads).
 */
import { data as iso4217 } from 'currency-codes';
import { MAX_AMOUNT_MINOR } from './limits';

// ISO 4217 as published (currency-codes ingests ISO's list one). Not money to spend: the entries ISO files under
// placeholder "countries" (Zz01_… bond units, Zz08_gold, Zz06_testing_code, Zz07_no_currency) and the three units of
// account whose minor unit ISO gives as "N.A." (which the package stores as 0).
// The runtime's Intl (CLDR) digits are not used: they differ from ISO (LBP, IQD, RSD…) and between runtime versions
// (Node 20's ICU gives HUF and IDR 0 decimals, Node 24's 2), so a browser and the API could disagree by 100×.
const UNITS_OF_ACCOUNT = new Set(['XDR', 'XSU', 'XUA']);
const MINOR_DIGITS: ReadonlyMap<string, number> = new Map(
  iso4217
    .filter((entry) => !UNITS_OF_ACCOUNT.has(entry.code) && !entry.countries.every((c) => c.startsWith('Zz')))
    .map((entry) => [entry.code, entry.digits]),
);

/** ISO 4217 codes people can spend, sorted. */
export const CURRENCY_CODES: readonly string[] = [...MINOR_DIGITS.keys()].sort();

export function isCurrencyCode(code: string): boolean {
  return MINOR_DIGITS.has(code);
}

/**
 * Digits after the decimal point for a currency (USD 2, JPY 0, BHD 3), from ISO 4217. A code ISO no longer lists
 * (only rows stored before the API checked against ISO can hold one) keeps the runtime's digits it was stored with.
 */
export function minorUnitDigits(currency: string): number {
  return (
    MINOR_DIGITS.get(currency) ??
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
    2
  );
}

/**
 * Why a typed amount was refused, as a code with the values a message needs, so each reader words it in its own
 * language (the web translates the code); `reason` beside it is the English wording the API sends.
 */
export type MoneyRefusal =
  | { code: 'empty' }
  | { code: 'notPositive' }
  | { code: 'notANumber'; example: string }
  | { code: 'ambiguous'; input: string; readings: [asDecimal: string, asWhole: string]; typeWhole: string }
  | { code: 'tooPrecise'; input: string; reading: string; currency: string; places: number }
  | { code: 'tooLarge'; max: string };

export type MoneyRefusalCode = MoneyRefusal['code'];

/** Every refusal code, for checking that each reader words all of them. */
export const MONEY_REFUSAL_CODES: readonly MoneyRefusalCode[] = [
  'empty',
  'notPositive',
  'notANumber',
  'ambiguous',
  'tooPrecise',
  'tooLarge',
];

export type ParsedMoney = { ok: true; minor: number } | { ok: false; reason: string; refusal: MoneyRefusal };

/** A refusal in English: what the API sends and what `reason` holds. */
export function moneyRefusalText(refusal: MoneyRefusal): string {
  switch (refusal.code) {
    case 'empty':
      return 'Enter an amount';
    case 'notPositive':
      return 'Amount must be greater than zero';
    case 'notANumber':
      return `Enter a number such as ${refusal.example}`;
    case 'ambiguous': {
      const [asDecimal, asWhole] = refusal.readings;
      return `"${refusal.input}" is ambiguous: it could be ${asDecimal} or ${asWhole}. Type ${asDecimal} or ${refusal.typeWhole}`;
    }
    case 'tooPrecise': {
      const places =
        refusal.places === 0
          ? 'no decimal places'
          : `${refusal.places} decimal place${refusal.places === 1 ? '' : 's'}`;
      return `"${refusal.input}" reads as ${refusal.reading}, but ${refusal.currency} has ${places}`;
    }
    case 'tooLarge':
      return `Amount must be at most ${refusal.max}`;
  }
}

function refuse(refusal: MoneyRefusal): ParsedMoney {
  return { ok: false, reason: moneyRefusalText(refusal), refusal };
}

interface NumberSymbols {
  decimal: string;
  group: string;
}

const symbolsCache = new Map<string, NumberSymbols>();

/** The decimal and grouping marks people in `locale` type: "." and "," in en-US, "," and "." in de-DE. */
export function numberSymbols(locale: string): NumberSymbols {
  let symbols = symbolsCache.get(locale);
  if (!symbols) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    symbols = {
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      group: normaliseMark(parts.find((part) => part.type === 'group')?.value ?? ','),
    };
    symbolsCache.set(locale, symbols);
  }
  return symbols;
}

// Every space-like grouping mark (no-break, narrow no-break, thin) is typed as a plain space by most people, and
// the Swiss apostrophe as either ' or ’: read them as one mark each.
function normaliseMark(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009]/g, ' ').replace(/[\u2019\u02bc]/g, "'");
}

/**
 * Parses what a person typed into minor units, exactly, without floating-point arithmetic.
 *
 * Accepts the locale's own form ("1,234.56" in en-US, "1.234,56" in de-DE, "1 234,56" in fr-FR) and every other
 * common form whose reading is unambiguous: "12,50" and "12.50" are 12.50 anywhere, because a grouping mark is
 * always followed by three digits; "1.234,56", "1 234,56" and "1'234.56" are 1234.56 anywhere, because the last
 * mark of two kinds is the decimal one. One "." or "," followed by exactly three digits ("1.234") is read the
 * locale's way; where the locale uses neither mark that way it is refused as ambiguous, with both readings.
 * More decimals than the currency has (ISO 4217) are refused with the reading, never rounded.
 */
export function parseMoney(input: string, currency: string, locale = 'en-US'): ParsedMoney {
  const digits = minorUnitDigits(currency);
  const locales = numberSymbols(locale);
  const text = normaliseMark(input.trim());
  // Built only when needed: an Intl.NumberFormat per call was 2/3 of parsing a 50,000-row bank file.
  const notANumber = () => refuse({ code: 'notANumber', example: decimalText('12', '50', locale) });
  if (text === '') return refuse({ code: 'empty' });
  if (/^[-\u2212]/.test(text)) return refuse({ code: 'notPositive' });
  if (!/^[\d.,' ]+$/.test(text)) return notANumber();

  const split = splitDecimal(text, locales);
  if (split.kind === 'invalid') return notANumber();
  if (split.kind === 'ambiguous') {
    return refuse({
      code: 'ambiguous',
      input: input.trim(),
      readings: [
        decimalText(split.whole, split.fraction, locale),
        decimalText(split.whole + split.fraction, '', locale),
      ],
      typeWhole: split.whole + split.fraction,
    });
  }
  const { whole, fraction } = split;
  if (fraction.length > digits) {
    return refuse({
      code: 'tooPrecise',
      input: input.trim(),
      reading: decimalText(whole, fraction, locale),
      currency,
      places: digits,
    });
  }
  const minor = BigInt((whole || '0') + fraction.padEnd(digits, '0'));
  if (minor <= 0n) return refuse({ code: 'notPositive' });
  if (minor > BigInt(MAX_AMOUNT_MINOR)) {
    return refuse({ code: 'tooLarge', max: formatMoney(MAX_AMOUNT_MINOR, currency, locale) });
  }
  return { ok: true, minor: Number(minor) };
}

type Split =
  | { kind: 'read'; whole: string; fraction: string }
  | { kind: 'ambiguous'; whole: string; fraction: string }
  | { kind: 'invalid' };

function splitDecimal(text: string, locale: NumberSymbols): Split {
  const marks = new Set(text.replace(/\d/g, ''));
  const decimalMarks = ['.', ','].filter((mark) => marks.has(mark));
  let decimal: string | undefined;
  if (decimalMarks.length === 2) {
    // "1,234.56" / "1.234,56": the last mark is the decimal one and appears once.
    decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
  } else if (decimalMarks.length === 1) {
    const mark = decimalMarks[0]!;
    const [before = '', after = '', ...rest] = text.split(mark);
    if (rest.length > 0)
      decimal = undefined; // "1,234,567": repeated, so grouping
    else if (marks.has(' ') || marks.has("'"))
      decimal = mark; // "1 234,56", "1'234.56"
    else if (after.length !== 3 || before === '' || before.length > 3 || before.startsWith('0'))
      decimal = mark;
    else if (mark === locale.group) decimal = undefined;
    else if (mark === locale.decimal) decimal = mark;
    else return { kind: 'ambiguous', whole: before, fraction: after };
  }
  const [integerPart = '', fraction = '', ...extra] = decimal === undefined ? [text] : text.split(decimal);
  if (extra.length > 0 || !/^\d*$/.test(fraction)) return { kind: 'invalid' };
  const groups = [...new Set(integerPart.replace(/\d/g, ''))];
  if (groups.length > 1) return { kind: 'invalid' };
  if (groups.length === 1 && !validGrouping(integerPart.split(groups[0]!))) return { kind: 'invalid' };
  const whole = integerPart.replace(/\D/g, '');
  if (whole + fraction === '') return { kind: 'invalid' };
  return { kind: 'read', whole, fraction };
}

/** Thousands ("1,234,567") or the Indian lakh/crore grouping ("12,34,567"). */
function validGrouping(groups: string[]): boolean {
  const [first = '', ...others] = groups;
  if (!/^\d{1,3}$/.test(first) || others.length === 0) return false;
  const last = others[others.length - 1]!;
  const middle = others.slice(0, -1);
  if (!/^\d{3}$/.test(last)) return false;
  return middle.every((g) => /^\d{3}$/.test(g)) || middle.every((g) => /^\d{2}$/.test(g));
}

/** "1234" + "5" shown the locale's way, exactly (Intl formats decimal strings without going through a float). */
function decimalText(whole: string, fraction: string, locale: string): string {
  const value = `${whole || '0'}.${fraction || '0'}` as Intl.StringNumericLiteral;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: fraction.length,
    maximumFractionDigits: fraction.length,
  }).format(value);
}

/** Formats minor units for people, e.g. 123456 USD → "$1,234.56", with the currency's ISO 4217 decimals. */
export function formatMoney(minor: number, currency: string, locale = 'en-US'): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minorToDecimalString(minor, currency) as Intl.StringNumericLiteral);
}

/** Minor units as the plain decimal text a form field shows, e.g. 1250 USD → "12.50". */
export function minorToDecimalString(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
