/**
 * Property tests for the amount parser: over locales that write numbers differently, every ISO 4217 currency and
 * every amount a person may enter, what Intl writes for that locale reads back to the same minor units, the
 * unambiguous common forms read the same in every locale, and nothing more precise than the currency is taken.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENCY_CODES,
  MAX_AMOUNT_MINOR,
  minorToDecimalString,
  minorUnitDigits,
  parseMoney,
} from '../src/index';

// Decimal comma or point; grouping by comma, point, space, narrow no-break space, apostrophe; Indian lakh groups;
// Spanish, which leaves four-digit numbers ungrouped.
const LOCALES = [
  'en-US',
  'en-GB',
  'en-IN',
  'de-DE',
  'de-CH',
  'fr-FR',
  'fr-CH',
  'es-ES',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'pl-PL',
  'sv-SE',
  'ja-JP',
  'hi-IN',
];

const locale = fc.constantFrom(...LOCALES);
const currency = fc.constantFrom(...CURRENCY_CODES);
// Every magnitude equally often: "1,234"-shaped amounts are the interesting ones and rare among a billion.
const minor = fc.oneof(
  fc.integer({ min: 1, max: 999 }),
  fc.integer({ min: 1_000, max: 999_999 }),
  fc.integer({ min: 1_000_000, max: MAX_AMOUNT_MINOR }),
);

function localeText(amount: number, code: string, where: string, useGrouping: boolean): string {
  const digits = minorUnitDigits(code);
  return new Intl.NumberFormat(where, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping,
  }).format(minorToDecimalString(amount, code) as Intl.StringNumericLiteral);
}

describe('parseMoney properties', () => {
  it('reads what each locale writes, with or without grouping, back to the same amount', () => {
    fc.assert(
      fc.property(minor, currency, locale, fc.boolean(), (amount, code, where, grouping) => {
        expect(parseMoney(localeText(amount, code, where, grouping), code, where)).toEqual({
          ok: true,
          minor: amount,
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('reads "1,234.56", "1.234,56", "1 234,56" and "1\'234.56" the same in every locale', () => {
    const styles = [
      { group: ',', decimal: '.' },
      { group: '.', decimal: ',' },
      { group: ' ', decimal: ',' },
      { group: "'", decimal: '.' },
    ];
    const twoDecimals = CURRENCY_CODES.filter((code) => minorUnitDigits(code) === 2);
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: MAX_AMOUNT_MINOR }),
        fc.constantFrom(...twoDecimals),
        locale,
        fc.constantFrom(...styles),
        (amount, code, where, style) => {
          const [whole = '', fraction = ''] = minorToDecimalString(amount, code).split('.');
          const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
          expect(parseMoney(`${grouped}${style.decimal}${fraction}`, code, where)).toEqual({
            ok: true,
            minor: amount,
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads one or two decimals after either mark as decimals, in every locale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('.', ','),
        locale,
        (whole, cents, mark, where) => {
          const fraction = String(cents).padStart(2, '0');
          const expected = whole * 100 + cents;
          expect(parseMoney(`${whole}${mark}${fraction}`, 'EUR', where)).toEqual({
            ok: true,
            minor: expected,
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never takes more decimals than the currency has, and says how it read them', () => {
    fc.assert(
      fc.property(minor, currency, locale, fc.integer({ min: 1, max: 9 }), (amount, code, where, extra) => {
        const text = `${localeText(amount, code, where, true)}${minorUnitDigits(code) === 0 ? numberDecimal(where) : ''}${extra}`;
        const result = parseMoney(text, code, where);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.reason).toMatch(/ reads as .* but [A-Z]{3} has | is ambiguous: it could be /);
      }),
      { numRuns: 2000 },
    );
  });

  it('for any text, either refuses it or reads an amount that reads back the same', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,' \u00a0-]{0,16}$/), currency, locale, (text, code, where) => {
        const result = parseMoney(text, code, where);
        if (!result.ok) {
          expect(result.reason.length).toBeGreaterThan(0);
          return;
        }
        expect(Number.isSafeInteger(result.minor)).toBe(true);
        expect(result.minor).toBeGreaterThan(0);
        expect(result.minor).toBeLessThanOrEqual(MAX_AMOUNT_MINOR);
        expect(parseMoney(localeText(result.minor, code, where, true), code, where)).toEqual(result);
      }),
      { numRuns: 3000 },
    );
  });
});

function numberDecimal(where: string): string {
  return new Intl.NumberFormat(where).formatToParts(1.5).find((part) => part.type === 'decimal')!.value;
}
