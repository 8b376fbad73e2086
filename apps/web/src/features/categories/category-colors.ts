// First: zod must be jitless before any schema (@spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { DEFAULT_CATEGORIES } from '@spendwise/contracts';

/**
 * Colours for categories, each distinct from its neighbours in the charts: the default categories' ten, then ten
 * more of the same weight (Tailwind's 600 shades), so white text and the page's contrast rules hold for all.
 */
export const CATEGORY_PALETTE: ReadonlyArray<string> = [
  ...DEFAULT_CATEGORIES.map((category) => category.color),
  '#4f46e5',
  '#65a30d',
  '#c026d3',
  '#0284c7',
  '#e11d48',
  '#059669',
  '#9333ea',
  '#d97706',
  '#475569',
  '#57534e',
];

/**
 * The colour a new category starts with: the first palette colour no category has yet, or, once all are taken,
 * the least used (earliest in the palette on a tie). The person can still pick any colour.
 */
export function nextCategoryColor(taken: ReadonlyArray<string>): string {
  const uses = new Map(CATEGORY_PALETTE.map((color) => [color, 0]));
  for (const color of taken) {
    const key = color.toLowerCase();
    const count = uses.get(key);
    if (count !== undefined) uses.set(key, count + 1);
  }
  let best = CATEGORY_PALETTE[0]!;
  for (const color of CATEGORY_PALETTE) if (uses.get(color)! < uses.get(best)!) best = color;
  return best;
}
