import { describe, expect, it } from 'vitest';
import {
  CURRENCY_CODES,
  formatMoney,
  isCurrencyCode,
  minorToDecimalString,
  minorUnitDigits,
  MONEY_REFUSAL_CODES,
  moneyRefusalText,
  parseMoney,
} from '../src/money';

describe('minorUnitDigits', () => {
  it('takes ISO 4217 minor units, not the runtime’s rounding habits', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('BHD')).toBe(3);
    expect(minorUnitDigits('CLF')).toBe(4);
    // CLDR (Intl) shows these with 0 decimals; ISO 4217 defines 2 and 3.
    expect(minorUnitDigits('HUF')).toBe(2);
    expect(minorUnitDigits('IDR')).toBe(2);
    expect(minorUnitDigits('IQD')).toBe(3);
  });

  it('lists currencies people spend, not ISO’s gold, bond units or test code', () => {
    expect(CURRENCY_CODES.length).toBeGreaterThan(150);
    expect(CURRENCY_CODES).toEqual([...CURRENCY_CODES].sort());
    for (const code of ['USD', 'EUR', 'JPY', 'BHD', 'CHF', 'XOF']) expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['XAU', 'XTS', 'XXX', 'XBA', 'XDR', 'usd', 'ABC'])
      expect(isCurrencyCode(code)).toBe(false);
  });
});

describe('parseMoney: forms that read the same everywhere', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12,50', 1250],
    ['12.50', 1250],
    ['0.01', 1],
    ['.5', 50],
    ['1,234.56', 123456],
    ['1.234,56', 123456],
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1\u202f234,56', 123456],
    ["1'234.56", 123456],
    ['1’234.56', 123456],
    ['1,234,567', 123456700],
    ['1.234.567', 123456700],
    ['1 234', 123400],
    ['12,34,567.50', 1234567 * 100 + 50],
    [' 7.10 ', 710],
  ])('%j is %i minor units of USD in en-US, de-DE and fr-FR alike', (input, minor) => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR']) {
      expect(parseMoney(input, 'USD', locale), locale).toEqual({ ok: true, minor });
    }
  });

  it('is exact where floating point is not', () => {
    expect(parseMoney('0.29', 'USD')).toEqual({ ok: true, minor: 29 });
    expect(parseMoney('1.15', 'USD')).toEqual({ ok: true, minor: 115 });
    expect(parseMoney('4.35', 'USD')).toEqual({ ok: true, minor: 435 });
  });

  it('honours each currency’s minor units', () => {
    expect(parseMoney('1500', 'JPY')).toEqual({ ok: true, minor: 1500 });
    expect(parseMoney('1,500', 'JPY')).toEqual({ ok: true, minor: 1500 });
    expect(parseMoney('1.234', 'BHD')).toEqual({ ok: true, minor: 1234 });
    expect(parseMoney('1,5', 'BHD', 'de-DE')).toEqual({ ok: true, minor: 1500 });
    expect(parseMoney('0,0001', 'CLF', 'de-DE')).toEqual({ ok: true, minor: 1 });
  });
});

describe('parseMoney: one mark and three digits follows the locale', () => {
  it('reads "1,234" and "1.234" the way the locale writes them', () => {
    expect(parseMoney('1,234', 'USD', 'en-US')).toEqual({ ok: true, minor: 123400 });
    expect(parseMoney('1.234', 'USD', 'de-DE')).toEqual({ ok: true, minor: 123400 });
    expect(parseMoney('1.234', 'BHD', 'en-US')).toEqual({ ok: true, minor: 1234 });
    expect(parseMoney('1,234', 'BHD', 'de-DE')).toEqual({ ok: true, minor: 1234 });
  });

  it('refuses the decimal reading a currency cannot hold, saying how it was read', () => {
    expect(parseMoney('1.234', 'USD', 'en-US')).toEqual({
      ok: false,
      reason: '"1.234" reads as 1.234, but USD has 2 decimal places',
      refusal: { code: 'tooPrecise', input: '1.234', reading: '1.234', currency: 'USD', places: 2 },
    });
    expect(parseMoney('1,234', 'USD', 'de-DE')).toMatchObject({
      ok: false,
      reason: '"1,234" reads as 1,234, but USD has 2 decimal places',
    });
  });

  it('refuses as ambiguous where the locale uses neither reading, showing both', () => {
    // fr-FR groups with a space and marks decimals with a comma: a lone "." is not its own.
    expect(parseMoney('1.234', 'USD', 'fr-FR')).toEqual({
      ok: false,
      reason: '"1.234" is ambiguous: it could be 1,234 or 1\u202f234. Type 1,234 or 1234',
      refusal: { code: 'ambiguous', input: '1.234', readings: ['1,234', '1\u202f234'], typeWhole: '1234' },
    });
  });
});

describe('parseMoney: refusals', () => {
  it.each([
    ['', 'empty', 'Enter an amount'],
    ['abc', 'notANumber', 'Enter a number such as 12.50'],
    ['$12', 'notANumber', 'Enter a number such as 12.50'],
    ['-5', 'notPositive', 'Amount must be greater than zero'],
    ['−5', 'notPositive', 'Amount must be greater than zero'],
    ['0', 'notPositive', 'Amount must be greater than zero'],
    ['0.00', 'notPositive', 'Amount must be greater than zero'],
    ['12.505', 'tooPrecise', '"12.505" reads as 12.505, but USD has 2 decimal places'],
    ['1.2.3', 'notANumber', 'Enter a number such as 12.50'],
    ['1,23,4', 'notANumber', 'Enter a number such as 12.50'],
    ['12 50', 'notANumber', 'Enter a number such as 12.50'],
    ['1 234.567,8', 'notANumber', 'Enter a number such as 12.50'],
    ['1,234 567', 'notANumber', 'Enter a number such as 12.50'],
    ['1e5', 'notANumber', 'Enter a number such as 12.50'],
    ['Infinity', 'notANumber', 'Enter a number such as 12.50'],
    ['.', 'notANumber', 'Enter a number such as 12.50'],
    ['99999999999', 'tooLarge', 'Amount must be at most $10,000,000.00'],
  ])('refuses %j as %s: %s', (input, code, reason) => {
    const parsed = parseMoney(input, 'USD', 'en-US');
    expect(parsed).toMatchObject({ ok: false, reason, refusal: { code } });
    // The English reason is the refusal's own wording, so the API and a translation say the same thing.
    if (!parsed.ok) expect(moneyRefusalText(parsed.refusal)).toBe(reason);
  });

  it('carries the values a translation needs, in the person’s own form', () => {
    expect(parseMoney('abc', 'EUR', 'de-DE')).toMatchObject({
      refusal: { code: 'notANumber', example: '12,50' },
    });
    expect(parseMoney('99999999999', 'EUR', 'de-DE')).toMatchObject({
      refusal: { code: 'tooLarge', max: '10.000.000,00\u00a0€' },
    });
    expect(parseMoney('10,5', 'JPY', 'de-DE')).toMatchObject({
      refusal: { code: 'tooPrecise', input: '10,5', reading: '10,5', currency: 'JPY', places: 0 },
    });
  });

  it('lists every code it can refuse with', () => {
    const seen = new Set(
      ['', '-1', 'abc', '1.234', '1.2345', '99999999999'].map((text) => {
        const parsed = parseMoney(text, 'USD', 'fr-FR');
        return parsed.ok ? 'ok' : parsed.refusal.code;
      }),
    );
    expect([...seen].sort()).toEqual([...MONEY_REFUSAL_CODES].sort());
  });

  it('gives its examples and readings in the person’s own form', () => {
    expect(parseMoney('abc', 'EUR', 'de-DE')).toMatchObject({
      ok: false,
      reason: 'Enter a number such as 12,50',
    });
    expect(parseMoney('10,5', 'JPY', 'de-DE')).toMatchObject({
      ok: false,
      reason: '"10,5" reads as 10,5, but JPY has no decimal places',
    });
    expect(parseMoney('1.2345', 'BHD')).toMatchObject({
      ok: false,
      reason: '"1.2345" reads as 1.2345, but BHD has 3 decimal places',
    });
  });
});

describe('formatting', () => {
  it('formats minor units for people with ISO decimals', () => {
    expect(formatMoney(123456, 'USD')).toBe('$1,234.56');
    expect(formatMoney(1500, 'JPY')).toBe('¥1,500');
    expect(formatMoney(1234, 'BHD')).toBe('BHD\u00a01.234');
    expect(formatMoney(150050, 'HUF', 'en-US')).toBe('HUF\u00a01,500.50');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
  });

  it('renders minor units as the decimal text a form field shows', () => {
    expect(minorToDecimalString(1250, 'USD')).toBe('12.50');
    expect(minorToDecimalString(5, 'USD')).toBe('0.05');
    expect(minorToDecimalString(-5, 'USD')).toBe('-0.05');
    expect(minorToDecimalString(1500, 'JPY')).toBe('1500');
    expect(minorToDecimalString(1234, 'BHD')).toBe('1.234');
  });
});
