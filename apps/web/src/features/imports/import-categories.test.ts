import { describe, expect, it } from 'vitest';
import { categoryChoices } from './import-categories';

const GROCERIES = '0190a000-0000-7000-8000-000000000001';
const DINING = '0190a000-0000-7000-8000-000000000002';

describe('categoryChoices', () => {
  const rows = [
    { line: 2, suggestedCategoryId: GROCERIES },
    { line: 3, suggestedCategoryId: null },
    { line: 4, suggestedCategoryId: GROCERIES },
    { line: 5, suggestedCategoryId: null },
  ];
  const all = { 2: true, 3: true, 4: true, 5: true };

  it('sends nothing when every row keeps its suggestion', () => {
    expect(categoryChoices(rows, {}, all)).toEqual([]);
    expect(categoryChoices(rows, { 2: GROCERIES, 3: null }, all)).toEqual([]);
  });

  it('sends each changed row as line:id, and a suggestion cleared as line:none', () => {
    expect(categoryChoices(rows, { 4: DINING, 3: GROCERIES, 2: null }, all)).toEqual([
      `2:none`,
      `3:${GROCERIES}`,
      `4:${DINING}`,
    ]);
  });

  it('leaves out rows that are not imported', () => {
    expect(categoryChoices(rows, { 3: DINING, 5: DINING }, { ...all, 5: false })).toEqual([`3:${DINING}`]);
  });
});
