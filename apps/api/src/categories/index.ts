/**
 * The categories feature as other features (and the benchmarks) see it: import from here, never from its files.
 */
export { CategoriesModule } from './categories.module';
export { CategoriesRepository } from './categories.repository';
export { UnknownCategoryError } from './category.errors';
export { toCategory } from './category.mapper';
export type { CategoryRow } from './category.mapper';
