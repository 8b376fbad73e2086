/**
 * The expenses feature as other features (and the benchmarks) see it: import from here, never from its files.
 */
export { csvLine } from './csv';
export { decimalAmount, ExpenseExportService, UTF8_BOM } from './expense-export.service';
export { EXPENSE_COLUMNS, NEWEST_FIRST } from './expense-filters.sql';
export { ExpenseListService } from './expense-list.service';
export { fromExpenseRowJson, toExpense } from './expense.mapper';
export type { ExpenseRowJson } from './expense.mapper';
export { ExpensesModule } from './expenses.module';
export { eachWithin, withDeadline } from './with-deadline';
