import { MONEY_REFUSAL_CODES, type MoneyRefusal } from '@spendwise/contracts/money';
import { describe, expect, it } from 'vitest';
import { translator } from '@/test/translate';
import {
  amountInputValue,
  amountReading,
  describeRefusal,
  decimalSeparatorFor,
  formatAmount,
  formatPercent,
  parseAmountInput,
} from './money';

describe('decimalSeparatorFor', () => {
  it('follows the locale', () => {
    expect(decimalSeparatorFor('en-US')).toBe('.');
    expect(decimalSeparatorFor('de-DE')).toBe(',');
    expect(decimalSeparatorFor('fr-FR')).toBe(',');
  });
});

describe('parseAmountInput', () => {
  it('turns typed decimals into exact minor units', () => {
    expect(parseAmountInput('12.50', 'USD', 'en-US')).toEqual({ ok: true, minor: 1250 });
    expect(parseAmountInput('0.10', 'USD', 'en-US')).toEqual({ ok: true, minor: 10 });
    expect(parseAmountInput('1,234.5', 'USD', 'en-US')).toEqual({ ok: true, minor: 123450 });
    // 0.1 + 0.2 style float errors must not leak in.
    expect(parseAmountInput('19.99', 'USD', 'en-US')).toEqual({ ok: true, minor: 1999 });
  });

  it('reads a comma as the decimal separator where people type it that way', () => {
    expect(parseAmountInput('12,50', 'EUR', 'de-DE')).toEqual({ ok: true, minor: 1250 });
    expect(parseAmountInput('1.234,56', 'EUR', 'de-DE')).toEqual({ ok: true, minor: 123456 });
  });

  it('reads "12,50" as 12.50 in an English-language browser too, never as 1,250', () => {
    expect(parseAmountInput('12,50', 'USD', 'en-US')).toEqual({ ok: true, minor: 1250 });
    expect(parseAmountInput('1.234,56', 'USD', 'en-US')).toEqual({ ok: true, minor: 123456 });
  });

  it("respects the currency's minor unit", () => {
    expect(parseAmountInput('1500', 'JPY', 'en-US')).toEqual({ ok: true, minor: 1500 });
    expect(parseAmountInput('15.5', 'JPY', 'en-US')).toMatchObject({
      ok: false,
      reason: '"15.5" reads as 15.5, but JPY has no decimal places',
    });
    expect(parseAmountInput('1.234', 'BHD', 'en-US')).toEqual({ ok: true, minor: 1234 });
  });

  it('explains what is wrong with input it cannot take', () => {
    expect(parseAmountInput('', 'USD', 'en-US')).toMatchObject({ ok: false, reason: 'Enter an amount' });
    expect(parseAmountInput('-5', 'USD', 'en-US')).toMatchObject({
      ok: false,
      reason: 'Amount must be greater than zero',
    });
    expect(parseAmountInput('0', 'USD', 'en-US')).toMatchObject({
      ok: false,
      reason: 'Amount must be greater than zero',
    });
    expect(parseAmountInput('12.505', 'USD', 'en-US')).toMatchObject({
      ok: false,
      reason: '"12.505" reads as 12.505, but USD has 2 decimal places',
    });
    expect(parseAmountInput('twelve', 'USD', 'en-US')).toMatchObject({
      ok: false,
      reason: 'Enter a number such as 12.50',
    });
  });
});

describe('amountReading', () => {
  const t = translator('amounts');
  it('shows the amount that will be saved, in the person’s form, before saving', () => {
    expect(amountReading('12,50', 'USD', 'en-US', t)).toBe('Reads as $12.50');
    expect(amountReading('12,50', 'EUR', 'de-DE', t)).toBe('Reads as 12,50\u00a0€');
    expect(amountReading('1500', 'JPY', 'en-US', t)).toBe('Reads as ¥1,500');
    expect(amountReading('1.234', 'BHD', 'en-US', t)).toBe('Reads as BHD\u00a01.234');
  });

  it('shows an example in the person’s form while the text reads as no amount', () => {
    expect(amountReading('', 'USD', 'en-US', t)).toBe('For example 12.50');
    expect(amountReading('12,505', 'EUR', 'de-DE', t)).toBe('For example 12,50');
    expect(amountReading('12.505', 'EUR', 'de-DE', t)).toBe('Reads as 12.505,00\u00a0€');
    expect(amountReading('abc', 'JPY', 'en-US', t)).toBe('For example 1500');
  });
});

describe('describeRefusal', () => {
  // One refusal of each code, as the parser gives them (typed in en-US, USD): the test below checks it has them all.
  const refusals = (['', '-5', 'abc', '12.505', '99999999999'] as const)
    .map((text) => parseAmountInput(text, 'USD', 'en-US'))
    .concat(parseAmountInput('1.234', 'USD', 'fr-FR'))
    .flatMap((parsed) => (parsed.ok ? [] : [parsed]));

  it('has a refusal of every code the parser can give', () => {
    expect(refusals.map(({ refusal }) => refusal.code).sort()).toEqual([...MONEY_REFUSAL_CODES].sort());
  });

  it('words every code in English as the API does, and in German', () => {
    const en = translator('amountRefusals');
    const de = translator('amountRefusals', 'de');
    for (const { refusal, reason } of refusals) {
      expect(describeRefusal(refusal, en), refusal.code).toBe(reason);
      const german = describeRefusal(refusal, de);
      expect(german, refusal.code).not.toBe(reason);
      expect(german, refusal.code).not.toMatch(/amountRefusals|\{|\}/);
    }
  });

  it('words the values into German sentences', () => {
    const de = translator('amountRefusals', 'de');
    const german = (text: string, currency = 'EUR') => {
      const parsed = parseAmountInput(text, currency, 'de-DE');
      return parsed.ok ? '' : describeRefusal(parsed.refusal, de);
    };
    expect(german('')).toBe('Gib einen Betrag ein');
    expect(german('abc')).toBe('Gib eine Zahl ein, zum Beispiel 12,50');
    expect(german('10,5', 'JPY')).toBe('„10,5“ wird als 10,5 gelesen, aber JPY hat keine Nachkommastellen');
    expect(german('1,2345', 'BHD')).toBe('„1,2345“ wird als 1,2345 gelesen, aber BHD hat 3 Nachkommastellen');
    expect(german('0')).toBe('Der Betrag muss größer als null sein');
    const ambiguous: MoneyRefusal = {
      code: 'ambiguous',
      input: '1.234',
      readings: ['1,234', '1 234'],
      typeWhole: '1234',
    };
    expect(describeRefusal(ambiguous, de)).toBe(
      '„1.234“ ist mehrdeutig: Gemeint sein kann 1,234 oder 1 234. Gib 1,234 oder 1234 ein',
    );
  });
});

describe('amountInputValue', () => {
  it('shows stored minor units the way the person types them, and parses back to the same value', () => {
    expect(amountInputValue(1250, 'USD', 'en-US')).toBe('12.50');
    expect(amountInputValue(5, 'USD', 'en-US')).toBe('0.05');
    expect(amountInputValue(1250, 'EUR', 'de-DE')).toBe('12,50');
    expect(amountInputValue(1500, 'JPY', 'en-US')).toBe('1500');
    for (const [minor, currency, locale] of [
      [1999, 'USD', 'en-US'],
      [7, 'EUR', 'de-DE'],
      [123456, 'BHD', 'en-US'],
    ] as const) {
      expect(parseAmountInput(amountInputValue(minor, currency, locale), currency, locale)).toEqual({
        ok: true,
        minor,
      });
    }
  });
});

describe('formatting for reading', () => {
  it('formats money and percentages in the locale', () => {
    expect(formatAmount(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatAmount(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatAmount(1500, 'JPY', 'en-US')).toBe('¥1,500');
    // A refund: a true minus sign (U+2212), not a hyphen.
    expect(formatAmount(-2000, 'USD', 'en-US')).toBe('\u2212$20.00');
    expect(formatAmount(-123456, 'EUR', 'de-DE')).toBe('\u22121.234,56\u00a0€');
    expect(formatPercent(82.46, 'en-US')).toBe('82.5%');
  });
});
