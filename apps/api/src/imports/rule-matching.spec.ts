import { describe, expect, it } from 'vitest';
import { type MatchableRule, ruleMatcher } from './rule-matching';

const rule = (id: string, kind: MatchableRule['kind'], text: string): MatchableRule => ({
  id,
  kind,
  text,
  categoryId: `category-${id}`,
});

describe('ruleMatcher', () => {
  it('matches an equals rule only on the whole text', () => {
    const match = ruleMatcher([rule('a', 'equals', 'tesco')]);
    expect(match('tesco')?.id).toBe('a');
    expect(match('tesco metro')).toBeUndefined();
  });

  it('matches a contains rule anywhere in the text', () => {
    const match = ruleMatcher([rule('a', 'contains', 'netflix')]);
    expect(match('paypal *netflix.com')?.id).toBe('a');
    expect(match('spotify')).toBeUndefined();
  });

  it('prefers an equals rule to any contains rule, however long', () => {
    const match = ruleMatcher([
      rule('long', 'contains', 'amazon marketplace'),
      rule('exact', 'equals', 'amazon marketplace'),
      rule('short', 'contains', 'amazon'),
    ]);
    expect(match('amazon marketplace')?.id).toBe('exact');
    expect(match('amazon marketplace de')?.id).toBe('long');
  });

  it('prefers the longest contains text, whatever the order the rules come in', () => {
    const rules = [rule('short', 'contains', 'amazon'), rule('long', 'contains', 'amazon prime')];
    expect(ruleMatcher(rules)('amazon prime video')?.id).toBe('long');
    expect(ruleMatcher([...rules].reverse())('amazon prime video')?.id).toBe('long');
    expect(ruleMatcher(rules)('amazon fresh')?.id).toBe('short');
  });

  it('breaks a tie of equal length by the text, then the id, so the answer never depends on order', () => {
    const rules = [
      rule('z', 'contains', 'shop'),
      rule('y', 'contains', 'cafe'),
      rule('x', 'contains', 'cafe'),
    ];
    for (const order of [rules, [...rules].reverse()]) {
      expect(ruleMatcher(order)('cafe shop')?.id).toBe('x');
    }
  });

  it('finds nothing without rules', () => {
    expect(ruleMatcher([])('anything')).toBeUndefined();
  });
});
