import { describe, it, expect } from 'vitest';
import { minorToDecimalString } from '@spendwise/contracts';
import { decimalAmount } from './expense-export.service';

describe('decimalAmount', () => {
  it.each([
    [1250, 'USD'],
    [5, 'USD'],
    [100000, 'EUR'],
    [1250, 'JPY'],
    [1, 'BHD'],
    [123456, 'BHD'],
    // Refunds: the sign goes before the padded digits ("-0.05", never "0.-5").
    [-5, 'USD'],
    [-50, 'USD'],
    [-2000, 'USD'],
    [-1250, 'JPY'],
    [-1, 'BHD'],
  ])('formats %i %s exactly like the contracts helper', (amount, currency) => {
    expect(decimalAmount(amount, currency)).toBe(minorToDecimalString(amount, currency));
  });
});
