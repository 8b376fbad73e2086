'use client';
/**
 * React Query bindings: cache keys, queries and mutations. A change to expenses, categories or budgets marks
 * everything derived from them stale (dashboard totals, lists), so every screen shows the new numbers.
 */
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type {
  BulkExpenseInput,
  CategoryList,
  CreateCategoryInput,
  CreateExpenseInput,
  CreateRecurringSeriesInput,
  ExpenseFilters,
  ExpensePage,
  CreateCategorisationRuleInput,
  SaveImportPresetInput,
  UpdateCategorisationRuleInput,
  SetBudgetInput,
  UpdateCategoryInput,
  UpdateExpenseInput,
  UpdateProfileInput,
  UpdateRecurringSeriesInput,
  UserProfile,
} from '@spendwise/contracts';
import type { ListOrder } from '@/lib/expense-order';
import { EXPENSE_LIST_PAGE_SIZE, type Prefetched } from './list-page';
import type { UploadProgress } from './client';
import { api, type ImportSettings } from './resources';

export const queryKeys = {
  me: ['me'] as const,
  dashboard: (month: string | undefined) => ['dashboard', month ?? 'current'] as const,
  dashboards: ['dashboard'] as const,
  budgetProgress: (month: string | undefined) =>
    ['dashboard', 'budget-progress', month ?? 'current'] as const,
  categories: ['categories'] as const,
  budgets: ['budgets'] as const,
  budgetList: (month: string | undefined) => ['budgets', month ?? 'current'] as const,
  personalRates: ['personal-rates'] as const,
  imports: ['imports'] as const,
  importPresets: ['import-presets'] as const,
  categorisationRules: ['categorisation-rules'] as const,
  recurring: ['recurring'] as const,
  // Under `recurring`: creating a series (which covers a suggestion) refreshes the suggestions too.
  recurringSuggestions: ['recurring', 'suggestions'] as const,
  expenses: ['expenses'] as const,
  expenseList: (filters: Partial<ExpenseFilters>, order: Partial<ListOrder> = {}) =>
    ['expenses', filters, order] as const,
  expenseSummary: (filters: Partial<ExpenseFilters>) => ['expenses', 'summary', filters] as const,
  undoableActions: ['expenses', 'undo'] as const,
};

/** What a server-rendered page already fetched: seeds the cache, so the browser does not ask again. */
const seeded = <T>(prefetched: Prefetched<T> | undefined) =>
  prefetched && { initialData: prefetched.data, initialDataUpdatedAt: prefetched.fetchedAt };

export const useMe = (prefetched?: Prefetched<UserProfile>) =>
  useQuery({ queryKey: queryKeys.me, queryFn: ({ signal }) => api.me(signal), ...seeded(prefetched) });

export const useDashboard = (month: string | undefined) =>
  useQuery({
    queryKey: queryKeys.dashboard(month),
    queryFn: ({ signal }) => api.dashboard(month, signal),
    // Keep the previous month on screen while the next one loads, instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });

/**
 * A month's dashboard for the Budgets page (spending and what is still scheduled, per category; undefined: this
 * month). Its own cache entry: sharing the dashboard page's would keep that one fresh (not refetched on opening the
 * dashboard) while Budgets is open. Invalidated with every dashboard.
 */
export const useBudgetProgress = (month: string | undefined) =>
  useQuery({
    queryKey: queryKeys.budgetProgress(month),
    queryFn: ({ signal }) => api.dashboard(month, signal),
  });

export const useCategories = (prefetched?: Prefetched<CategoryList>) =>
  useQuery({
    queryKey: queryKeys.categories,
    queryFn: ({ signal }) => api.categories(signal),
    ...seeded(prefetched),
  });

/** The budgets as they are in `month` (undefined: this month), each with that month's amount. */
export const useBudgets = (month: string | undefined) =>
  useQuery({ queryKey: queryKeys.budgetList(month), queryFn: ({ signal }) => api.budgets(month, signal) });

export const useExpenseList = (
  filters: Partial<ExpenseFilters>,
  order: Partial<ListOrder>,
  prefetchedFirstPage?: Prefetched<ExpensePage>,
) =>
  useInfiniteQuery({
    ...(prefetchedFirstPage && {
      initialData: { pages: [prefetchedFirstPage.data], pageParams: [''] },
      initialDataUpdatedAt: prefetchedFirstPage.fetchedAt,
    }),
    queryKey: queryKeys.expenseList(filters, order),
    queryFn: ({ pageParam, signal }) =>
      api.expenses(
        { ...filters, ...order, limit: EXPENSE_LIST_PAGE_SIZE, ...(pageParam && { cursor: pageParam }) },
        signal,
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** What the filtered list adds up to; refreshed with the list whenever spending changes (same `expenses` key). */
export const useExpenseSummary = (filters: Partial<ExpenseFilters>) =>
  useQuery({
    queryKey: queryKeys.expenseSummary(filters),
    queryFn: ({ signal }) => api.expenseSummary(filters, signal),
    placeholderData: keepPreviousData,
  });

/** Everything that shows money spent depends on expenses (and on categories and budgets for grouping). */
export function invalidateSpending(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.expenses }),
    queryClient.invalidateQueries({ queryKey: queryKeys.dashboards }),
  ]);
}

export function useCreateExpense() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CreateExpenseInput; idempotencyKey: string }) =>
      api.createExpense(input, idempotencyKey),
    onSuccess: () => invalidateSpending(queryClient),
  });
}

export function useUpdateExpense() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateExpenseInput }) => api.updateExpense(id, input),
    onSuccess: () => invalidateSpending(queryClient),
  });
}

export function useDeleteExpense() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.deleteExpense(id),
    onSuccess: () => invalidateSpending(queryClient),
  });
}

/** The person's undoable bulk actions (under the `expenses` key: every change to spending refreshes it). */
export const useUndoableActions = () =>
  useQuery({ queryKey: queryKeys.undoableActions, queryFn: ({ signal }) => api.undoableActions(signal) });

export function useBulkExpenses() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkExpenseInput) => api.bulkExpenses(input),
    onSuccess: () => invalidateSpending(queryClient),
  });
}

export function useUndoAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.undoAction(id),
    onSuccess: () => invalidateSpending(queryClient),
  });
}

export function useCategoryMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.categories }),
      queryClient.invalidateQueries({ queryKey: queryKeys.budgets }),
      // A deleted category takes its categorisation rules with it.
      queryClient.invalidateQueries({ queryKey: queryKeys.categorisationRules }),
      invalidateSpending(queryClient),
    ]);
  return {
    create: useMutation({ mutationFn: (input: CreateCategoryInput) => api.createCategory(input), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: UpdateCategoryInput }) =>
        api.updateCategory(id, input),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: string) => api.deleteCategory(id), onSuccess }),
  };
}

export function useBudgetMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.budgets }),
      queryClient.invalidateQueries({ queryKey: queryKeys.dashboards }),
    ]);
  return {
    set: useMutation({ mutationFn: (input: SetBudgetInput) => api.setBudget(input), onSuccess }),
    remove: useMutation({ mutationFn: (id: string) => api.deleteBudget(id), onSuccess }),
  };
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => api.updateMe(input),
    onSuccess: (profile) => {
      queryClient.setQueryData(queryKeys.me, profile);
      // Currency and time zone change how totals are computed and shown.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboards }),
        queryClient.invalidateQueries({ queryKey: queryKeys.expenses }),
        queryClient.invalidateQueries({ queryKey: queryKeys.budgets }),
      ]);
    },
  });
}

export const usePersonalRates = () =>
  useQuery({ queryKey: queryKeys.personalRates, queryFn: ({ signal }) => api.personalRates(signal) });

/** A rate changes what the dashboard can convert (and so its totals) and what a budget switch may use. */
export function usePersonalRateMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.personalRates }),
      queryClient.invalidateQueries({ queryKey: queryKeys.dashboards }),
    ]);
  return {
    set: useMutation({
      mutationFn: ({ currency, date, rate }: { currency: string; date: string; rate: string }) =>
        api.setPersonalRate(currency, date, rate),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: ({ currency, date }: { currency: string; date: string }) =>
        api.deletePersonalRate(currency, date),
      onSuccess,
    }),
  };
}

export const useImports = () =>
  useQuery({ queryKey: queryKeys.imports, queryFn: ({ signal }) => api.imports(signal) });

/** Committing or undoing an import changes expenses (and so every total) and the list of imports. */
export function useImportMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      invalidateSpending(queryClient),
      queryClient.invalidateQueries({ queryKey: queryKeys.imports }),
      // A category chosen in the preview is learned as a rule at commit.
      queryClient.invalidateQueries({ queryKey: queryKeys.categorisationRules }),
    ]);
  return {
    commit: useMutation({
      mutationFn: ({
        file,
        settings,
        onProgress,
      }: {
        file: File;
        settings: ImportSettings;
        onProgress?: (progress: UploadProgress) => void;
      }) => api.commitImport(file, settings, onProgress),
      onSuccess,
    }),
    undo: useMutation({ mutationFn: (id: string) => api.undoImport(id), onSuccess }),
  };
}

export const useImportPresets = () =>
  useQuery({ queryKey: queryKeys.importPresets, queryFn: ({ signal }) => api.importPresets(signal) });

/** Saved CSV mappings: saving or removing one changes only the list of presets. */
export function useImportPresetMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: queryKeys.importPresets });
  return {
    save: useMutation({
      mutationFn: (input: SaveImportPresetInput) => api.saveImportPreset(input),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: string) => api.removeImportPreset(id), onSuccess }),
  };
}

export const useCategorisationRules = () =>
  useQuery({
    queryKey: queryKeys.categorisationRules,
    queryFn: ({ signal }) => api.categorisationRules(signal),
  });

/** Rules written, changed or removed on the Rules page: only the list of rules changes. */
export function useCategorisationRuleMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: queryKeys.categorisationRules });
  return {
    create: useMutation({
      mutationFn: (input: CreateCategorisationRuleInput) => api.createCategorisationRule(input),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: UpdateCategorisationRuleInput }) =>
        api.updateCategorisationRule(id, input),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: string) => api.removeCategorisationRule(id), onSuccess }),
  };
}

export const useRecurringSeries = () =>
  useQuery({ queryKey: queryKeys.recurring, queryFn: ({ signal }) => api.recurring(signal) });

export const useRecurringSuggestions = () =>
  useQuery({
    queryKey: queryKeys.recurringSuggestions,
    queryFn: ({ signal }) => api.recurringSuggestions(signal),
  });

/** Creating a series records its past dates as expenses; skipping, pausing and ending change what comes next. */
export function useRecurringMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.recurring }),
      invalidateSpending(queryClient),
    ]);
  return {
    create: useMutation({
      mutationFn: (input: CreateRecurringSeriesInput) => api.createRecurring(input),
      onSuccess,
    }),
    skip: useMutation({
      mutationFn: ({ id, date }: { id: string; date: string }) => api.skipOccurrence(id, date),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: UpdateRecurringSeriesInput }) =>
        api.updateRecurring(id, input),
      onSuccess,
    }),
    pause: useMutation({ mutationFn: (id: string) => api.pauseRecurring(id), onSuccess }),
    resume: useMutation({ mutationFn: (id: string) => api.resumeRecurring(id), onSuccess }),
    end: useMutation({
      mutationFn: ({ id, on }: { id: string; on: string }) => api.endRecurring(id, on),
      onSuccess,
    }),
    dismissSuggestion: useMutation({
      mutationFn: (key: string) => api.dismissSuggestion(key),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.recurringSuggestions }),
    }),
  };
}
