import { describe, expect, it } from 'vitest';
import { formatMoney, minorToDecimalString, minorUnitDigits, parseMoney } from '../src/money';

describe('minorUnitDigits', () => {
  it('knows currencies with 2, 0 and 3 decimals', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('BHD')).toBe(3);
  });
});

describe('parseMoney', () => {
  it.each([
    ['12', 'USD', 1200],
    ['12.5', 'USD', 1250],
    ['0.01', 'USD', 1],
    ['1,234.56', 'USD', 123456],
    [' 7.10 ', 'EUR', 710],
    ['1500', 'JPY', 1500],
    ['1.234', 'BHD', 1234],
    ['.5', 'USD', 50],
  ])('parses %s %s exactly as %i minor units', (input, currency, minor) => {
    expect(parseMoney(input, currency)).toEqual({ ok: true, minor });
  });

  it('is exact where floating point is not (0.1 + 0.2 style inputs)', () => {
    expect(parseMoney('0.29', 'USD')).toEqual({ ok: true, minor: 29 });
    expect(parseMoney('1.15', 'USD')).toEqual({ ok: true, minor: 115 });
    expect(parseMoney('4.35', 'USD')).toEqual({ ok: true, minor: 435 });
  });

  it('reads comma decimals when asked', () => {
    expect(parseMoney('1.234,56', 'EUR', ',')).toEqual({ ok: true, minor: 123456 });
  });

  it.each([
    ['', 'Enter an amount'],
    ['abc', 'Enter a number'],
    ['-5', 'greater than zero'],
    ['0', 'greater than zero'],
    ['0.00', 'greater than zero'],
    ['1.234', 'at most 2 decimal places'],
    ['1.2.3', 'Enter a number'],
    ['1e5', 'Enter a number'],
    ['Infinity', 'Enter a number'],
    ['99999999999', 'at most'],
  ])('rejects %j with a reason', (input, reason) => {
    const result = parseMoney(input, 'USD');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('rejects decimals for a currency without minor units', () => {
    expect(parseMoney('10.5', 'JPY')).toEqual({ ok: false, reason: 'JPY has no decimal places' });
  });
});

describe('formatting', () => {
  it('formats minor units for people', () => {
    expect(formatMoney(123456, 'USD')).toBe('$1,234.56');
    expect(formatMoney(1500, 'JPY')).toBe('¥1,500');
  });

  it('renders minor units as the decimal text a form field shows', () => {
    expect(minorToDecimalString(1250, 'USD')).toBe('12.50');
    expect(minorToDecimalString(5, 'USD')).toBe('0.05');
    expect(minorToDecimalString(1500, 'JPY')).toBe('1500');
    expect(minorToDecimalString(1234, 'BHD')).toBe('1.234');
  });

  it('round-trips every amount it formats for a form', () => {
    for (const minor of [1, 9, 10, 99, 100, 101, 123456, 999999999]) {
      expect(parseMoney(minorToDecimalString(minor, 'USD'), 'USD')).toEqual({ ok: true, minor });
    }
  });
});
