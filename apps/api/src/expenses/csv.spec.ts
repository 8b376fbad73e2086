import { describe, it, expect } from 'vitest';
import { csvField, csvLine } from './csv';

describe('csv', () => {
  it('quotes fields with separators, quotes or line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Vet, "Inc"')).toBe('"Vet, ""Inc"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField(null)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-2+3+cmd')).toBe("'-2+3+cmd");
    expect(csvField('-20.00.1')).toBe("'-20.00.1");
  });

  it('leaves a negative amount (a refund) a number', () => {
    expect(csvField('-20.00')).toBe('-20.00');
    expect(csvField('-1500')).toBe('-1500');
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', null, 3])).toBe('a,,3\r\n');
  });
});
