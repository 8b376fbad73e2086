/** One typed function per API operation; request and response types come from @spendwise/contracts. */
import type {
  BulkExpenseInput,
  BulkExpenseResult,
  Budget,
  BudgetList,
  Category,
  CategoryList,
  CreateCategoryInput,
  CreateExpenseInput,
  Dashboard,
  Expense,
  ExpenseFilters,
  ExpensePage,
  ExpenseSort,
  ExpenseSummary,
  CsvColumn,
  ImportCommitResult,
  ImportList,
  CategorisationRule,
  CategorisationRuleList,
  CreateCategorisationRuleInput,
  UpdateCategorisationRuleInput,
  ImportPreset,
  ImportPresetList,
  ImportPreview,
  SaveImportPresetInput,
  CreateRecurringSeriesInput,
  PersonalRate,
  PersonalRateList,
  RecurringSeriesDetail,
  SortDirection,
  UndoableActionList,
  UndoResult,
  RecurringSeriesList,
  RecurringSuggestionList,
  SetBudgetInput,
  UpdateCategoryInput,
  UpdateExpenseInput,
  UpdateProfileInput,
  UpdateRecurringSeriesInput,
  UserProfile,
} from '@spendwise/contracts';
import {
  DOWNLOAD_TIMEOUT_MS,
  apiRequest,
  apiUpload,
  authenticatedFetch,
  type UploadProgress,
} from './client';

/**
 * The preview's settings a person confirmed (the date order and the columns where the file did not say, or a saved
 * preset) and their row decisions.
 */
export interface ImportSettings {
  dateOrder?: 'DMY' | 'MDY' | undefined;
  /** Columns by position (null: the file has none); sent as dateColumn=3, merchantColumn=none, … */
  columns?: Partial<Record<CsvColumn, number | null>> | undefined;
  include?: string | undefined;
  exclude?: string | undefined;
  /** Categories chosen instead of the suggestion, as line:categoryId (or line:none), comma-separated. */
  categories?: string | undefined;
  /** Preview only: the first row of the page to list (0 is the file's first row). */
  offset?: number | undefined;
}

/** The query string the API reads those settings from. */
function importQuery(file: File, { columns = {}, ...settings }: ImportSettings) {
  return {
    filename: file.name,
    ...settings,
    ...Object.fromEntries(
      Object.entries(columns).map(([column, index]) => [
        `${column}Column`,
        index === null ? 'none' : String(index),
      ]),
    ),
  };
}

export type ExpenseListParams = Partial<ExpenseFilters> & {
  sort?: ExpenseSort;
  direction?: SortDirection;
  cursor?: string;
  limit?: number;
};

export const api = {
  me: (signal?: AbortSignal) => apiRequest<UserProfile>('/me', { signal }),
  updateMe: (input: UpdateProfileInput) => apiRequest<UserProfile>('/me', { method: 'PATCH', body: input }),
  /** Deletes the account: every row and the Cognito user, in one transaction on the API. */
  deleteMe: () => apiRequest<void>('/me', { method: 'DELETE' }),
  /** Everything the person stored, as the API's zip (profile, categories, budgets, expenses; JSON and CSV). */
  exportAccount: async () => {
    const response = await authenticatedFetch('/me/export', {
      headers: { Accept: 'application/zip' },
      timeoutMs: DOWNLOAD_TIMEOUT_MS,
    });
    return response.blob();
  },

  personalRates: (signal?: AbortSignal) => apiRequest<PersonalRateList>('/me/exchange-rates', { signal }),
  /** 1 EUR = `rate` units of `currency` on `date`; the rate stays a decimal string all the way. */
  setPersonalRate: (currency: string, date: string, rate: string) =>
    apiRequest<PersonalRate>(
      `/me/exchange-rates/${encodeURIComponent(currency)}/${encodeURIComponent(date)}`,
      {
        method: 'PUT',
        body: { rate },
      },
    ),
  deletePersonalRate: (currency: string, date: string) =>
    apiRequest<void>(`/me/exchange-rates/${encodeURIComponent(currency)}/${encodeURIComponent(date)}`, {
      method: 'DELETE',
    }),

  dashboard: (month: string | undefined, signal?: AbortSignal) =>
    apiRequest<Dashboard>('/dashboard', { query: { month }, signal }),

  categories: (signal?: AbortSignal) => apiRequest<CategoryList>('/categories', { signal }),
  createCategory: (input: CreateCategoryInput) =>
    apiRequest<Category>('/categories', { method: 'POST', body: input }),
  updateCategory: (id: string, input: UpdateCategoryInput) =>
    apiRequest<Category>(`/categories/${id}`, { method: 'PATCH', body: input }),
  deleteCategory: (id: string) => apiRequest<void>(`/categories/${id}`, { method: 'DELETE' }),

  expenses: (params: ExpenseListParams, signal?: AbortSignal) =>
    apiRequest<ExpensePage>('/expenses', { query: params, signal }),
  /** `idempotencyKey` makes a retried create (after a timeout, say) return the first expense, not a copy. */
  createExpense: (input: CreateExpenseInput, idempotencyKey: string) =>
    apiRequest<Expense>('/expenses', {
      method: 'POST',
      body: input,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  updateExpense: (id: string, input: UpdateExpenseInput) =>
    apiRequest<Expense>(`/expenses/${id}`, { method: 'PATCH', body: input }),
  deleteExpense: (id: string) => apiRequest<void>(`/expenses/${id}`, { method: 'DELETE' }),
  /** One change to many expenses (all the caller's, or none changes); the answer carries its undo. */
  bulkExpenses: (input: BulkExpenseInput) =>
    apiRequest<BulkExpenseResult>('/expenses/bulk', { method: 'POST', body: input }),
  /** Bulk actions that can still be undone, newest first: kept on the server, so a reload does not lose them. */
  undoableActions: (signal?: AbortSignal) => apiRequest<UndoableActionList>('/expenses/undo', { signal }),
  undoAction: (id: string) => apiRequest<UndoResult>(`/expenses/undo/${id}`, { method: 'POST' }),
  /** Count and base-currency total of everything the filters match (every page). */
  expenseSummary: (filters: Partial<ExpenseFilters>, signal?: AbortSignal) =>
    apiRequest<ExpenseSummary>('/expenses/summary', { query: filters, signal }),
  exportExpensesCsv: async (filters: Partial<ExpenseFilters>) => {
    const response = await authenticatedFetch('/expenses/export.csv', {
      query: filters,
      headers: { Accept: 'text/csv' },
      timeoutMs: DOWNLOAD_TIMEOUT_MS,
    });
    return response.blob();
  },

  imports: (signal?: AbortSignal) => apiRequest<ImportList>('/imports', { signal }),
  /** The file goes as its bytes; a large one takes as long as its upload, so the download timeout applies. */
  /** `onProgress` follows the file's bytes going up (the answer comes once the API has read them). */
  previewImport: (file: File, settings: ImportSettings, onProgress?: (progress: UploadProgress) => void) =>
    apiUpload<ImportPreview>('/imports/preview', {
      file,
      query: importQuery(file, {
        dateOrder: settings.dateOrder,
        columns: settings.columns,
        ...(settings.offset ? { offset: settings.offset } : {}),
      }),
      timeoutMs: DOWNLOAD_TIMEOUT_MS,
      onProgress,
    }),
  commitImport: (file: File, settings: ImportSettings, onProgress?: (progress: UploadProgress) => void) =>
    apiUpload<ImportCommitResult>('/imports', {
      file,
      query: importQuery(file, settings),
      timeoutMs: DOWNLOAD_TIMEOUT_MS,
      onProgress,
    }),
  undoImport: (id: string) => apiRequest<void>(`/imports/${id}`, { method: 'DELETE' }),
  importPresets: (signal?: AbortSignal) => apiRequest<ImportPresetList>('/import-presets', { signal }),
  saveImportPreset: (input: SaveImportPresetInput) =>
    apiRequest<ImportPreset>('/import-presets', { method: 'PUT', body: input }),
  removeImportPreset: (id: string) => apiRequest<void>(`/import-presets/${id}`, { method: 'DELETE' }),
  categorisationRules: (signal?: AbortSignal) =>
    apiRequest<CategorisationRuleList>('/categorisation-rules', { signal }),
  createCategorisationRule: (input: CreateCategorisationRuleInput) =>
    apiRequest<CategorisationRule>('/categorisation-rules', { method: 'POST', body: input }),
  updateCategorisationRule: (id: string, input: UpdateCategorisationRuleInput) =>
    apiRequest<CategorisationRule>(`/categorisation-rules/${id}`, { method: 'PATCH', body: input }),
  removeCategorisationRule: (id: string) =>
    apiRequest<void>(`/categorisation-rules/${id}`, { method: 'DELETE' }),

  budgets: (month: string | undefined, signal?: AbortSignal) =>
    apiRequest<BudgetList>('/budgets', { query: { month }, signal }),
  setBudget: (input: SetBudgetInput) => apiRequest<Budget>('/budgets', { method: 'PUT', body: input }),
  deleteBudget: (id: string) => apiRequest<void>(`/budgets/${id}`, { method: 'DELETE' }),

  recurring: (signal?: AbortSignal) => apiRequest<RecurringSeriesList>('/recurring', { signal }),
  /** Dates from `startOn` up to today become expenses at once; later ones on their day. */
  createRecurring: (input: CreateRecurringSeriesInput) =>
    apiRequest<RecurringSeriesDetail>('/recurring', { method: 'POST', body: input }),
  /** `date` (YYYY-MM-DD) will never become an expense; 409 when it already is one. */
  skipOccurrence: (id: string, date: string) =>
    apiRequest<RecurringSeriesDetail>(`/recurring/${id}/occurrences/${encodeURIComponent(date)}/skip`, {
      method: 'POST',
    }),
  pauseRecurring: (id: string) =>
    apiRequest<RecurringSeriesDetail>(`/recurring/${id}/pause`, { method: 'POST' }),
  resumeRecurring: (id: string) =>
    apiRequest<RecurringSeriesDetail>(`/recurring/${id}/resume`, { method: 'POST' }),
  /** Scope `occurrence` (the expense on `on`), `future` (from `on` on: a split) or `series` (every expense). */
  updateRecurring: (id: string, input: UpdateRecurringSeriesInput) =>
    apiRequest<RecurringSeriesDetail>(`/recurring/${id}`, { method: 'PATCH', body: input }),
  /** Series the person's history suggests; accepting one is createRecurring with its fields. */
  recurringSuggestions: (signal?: AbortSignal) =>
    apiRequest<RecurringSuggestionList>('/recurring/suggestions', { signal }),
  dismissSuggestion: (key: string) =>
    apiRequest<void>(`/recurring/suggestions/${encodeURIComponent(key)}/dismiss`, { method: 'POST' }),
  /** `on` is the last date the series may occur on. */
  endRecurring: (id: string, on: string) =>
    apiRequest<RecurringSeriesDetail>(`/recurring/${id}/end`, { method: 'POST', body: { on } }),
};
