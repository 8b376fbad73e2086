/**
 * Money at the edges of the UI: what people type and what they read. Amounts are integer minor units
 * everywhere else; the exact parsing and formatting rules live in @spendwise/contracts.
 */
import {
  formatMoney,
  minorToDecimalString,
  minorUnitDigits,
  numberSymbols,
  parseMoney,
  type MoneyRefusal,
  type ParsedMoney,
} from '@spendwise/contracts/money';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type { Translate } from '@/i18n/translate';

export type DecimalSeparator = '.' | ',';

/** The decimal separator people in `locale` type: "." in en-US, "," in de-DE. */
export function decimalSeparatorFor(locale: string): DecimalSeparator {
  return numberSymbols(locale).decimal === ',' ? ',' : '.';
}

/**
 * Parses a typed amount into minor units: the locale's own form and every unambiguous common one ("12,50" is
 * 12.50 in en-US too); ambiguous or over-precise text is refused with how it would be read.
 */
export function parseAmountInput(input: string, currency: string, locale: string): ParsedMoney {
  return parseMoney(input, currency, locale);
}

/**
 * The line under an amount field while the person types: the amount that will be saved, so a misread is seen
 * before saving ("Reads as $1,250.00"), or an example of the form to type; worded by `t` (the `amounts` messages).
 */
export function amountReading(input: string, currency: string, locale: string, t: Translate): string {
  const parsed = input.trim() === '' ? undefined : parseMoney(input, currency, locale);
  if (parsed?.ok) return t('readsAs', { amount: formatMoney(parsed.minor, currency, locale) });
  const example = minorUnitDigits(currency) === 0 ? '1500' : `12${decimalSeparatorFor(locale)}50`;
  return t('forExample', { example });
}

/** `amountReading` in the page's language. */
export function useAmountReading(): (input: string, currency: string, locale: string) => string {
  const t = useTranslations('amounts');
  return useCallback((input, currency, locale) => amountReading(input, currency, locale, t), [t]);
}

/** Words why a typed amount was refused, in the page's language. */
export type DescribeRefusal = (refusal: MoneyRefusal) => string;

/**
 * The parser's refusal worded by `t` (the `amountRefusals` messages): the contract gives a code and the values, the
 * same refusal the API words in English.
 */
export function describeRefusal(refusal: MoneyRefusal, t: Translate): string {
  switch (refusal.code) {
    case 'empty':
    case 'notPositive':
      return t(refusal.code);
    case 'notANumber':
      return t('notANumber', { example: refusal.example });
    case 'ambiguous': {
      const [asDecimal, asWhole] = refusal.readings;
      return t('ambiguous', { input: refusal.input, asDecimal, asWhole, typeWhole: refusal.typeWhole });
    }
    case 'tooPrecise':
      return t('tooPrecise', {
        input: refusal.input,
        reading: refusal.reading,
        currency: refusal.currency,
        count: refusal.places,
      });
    case 'tooLarge':
      return t('tooLarge', { max: refusal.max });
  }
}

/** `describeRefusal` in the page's language, for the form schemas' amount fields. */
export function useDescribeRefusal(): DescribeRefusal {
  const t = useTranslations('amountRefusals');
  return useCallback((refusal) => describeRefusal(refusal, t), [t]);
}

/** Minor units as the text an amount field starts with when editing: 1250 USD → "12.50" ("12,50" in de-DE). */
export function amountInputValue(minor: number, currency: string, locale: string): string {
  const text = minorToDecimalString(minor, currency);
  return decimalSeparatorFor(locale) === ',' ? text.replace('.', ',') : text;
}

/**
 * Minor units for reading: 123456 USD → "$1,234.56" in en-US. A negative amount (a refund, or a total refunds took
 * below zero) reads with a true minus sign, U+2212, where Intl writes a hyphen: −2000 USD → "−$20.00".
 */
export function formatAmount(minor: number, currency: string, locale: string): string {
  return formatMoney(minor, currency, locale).replace('-', '\u2212');
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
