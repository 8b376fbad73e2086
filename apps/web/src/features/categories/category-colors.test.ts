import { DEFAULT_CATEGORIES } from '@spendwise/contracts';
import { describe, expect, it } from 'vitest';
import { CATEGORY_PALETTE, nextCategoryColor } from './category-colors';

describe('nextCategoryColor', () => {
  it('gives a person with the default categories a colour none of them has', () => {
    const taken = DEFAULT_CATEGORIES.map((category) => category.color);
    const next = nextCategoryColor(taken);
    expect(taken).not.toContain(next);
  });

  it('gives ten new categories ten different colours', () => {
    const taken = DEFAULT_CATEGORIES.map((category) => category.color);
    for (let i = 0; i < 10; i++) taken.push(nextCategoryColor(taken));
    expect(new Set(taken).size).toBe(20);
  });

  it('reuses the least used colour once every colour is taken, ignoring case', () => {
    const taken = [...CATEGORY_PALETTE, ...CATEGORY_PALETTE.slice(0, 5)].map((color) => color.toUpperCase());
    expect(nextCategoryColor(taken)).toBe(CATEGORY_PALETTE[5]);
  });

  it('keeps the palette distinct and in the form the API accepts', () => {
    expect(new Set(CATEGORY_PALETTE).size).toBe(CATEGORY_PALETTE.length);
    for (const color of CATEGORY_PALETTE) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
