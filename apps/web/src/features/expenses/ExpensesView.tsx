'use client';
import { useTranslations } from 'next-intl';
import type { Category, CategoryList, ExpensePage, ExpenseSummary, UserProfile } from '@spendwise/contracts';
import dynamic from 'next/dynamic';
import { usePathname, useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { api } from '@/lib/api/resources';
import type { Translate } from '@/i18n/translate';
import { useDescribeError } from '@/lib/api/errors';
import type { Prefetched } from '@/lib/api/list-page';
import { useCategories, useExpenseList, useExpenseSummary, useMe } from '@/lib/api/queries';
import { saveBlob } from '@/lib/download';
import { useHydrated } from '@/lib/use-hydrated';
import { filtersToQuery, hasFilters, type AppliedFilters } from '@/lib/expense-filter-query';
import { type ListOrder, orderParams, orderToQuery } from '@/lib/expense-order';
import { useLocale } from '@/lib/locale';
import { formatAmount } from '@/lib/money';
import { useOfflineExpenses } from '@/features/expenses/offline-expenses';
import { NotInTotals } from '@/components/currency/NotInTotals';
import { ExpenseList } from './ExpenseList';
import { ListOrderSelect } from './ListOrderSelect';
import { useExpenseBulk } from './useExpenseBulk';
import { useExpenseEditor } from './useExpenseEditor';
import { useListShortcuts } from './useListShortcuts';
import { WaitingExpenses } from './WaitingExpenses';
import styles from './ExpensesView.module.css';

// Shown only once React owns the page (see below), so it loads then: its form library and rules (zod) stay out of
// the list's first load.
const ExpenseFilterForm = dynamic(
  () => import('./ExpenseFilterForm').then((module) => module.ExpenseFilterForm),
  {
    ssr: false,
  },
);

/** What the server fetched while rendering the page (each part absent when it could not). */
export interface ExpensesPrefetched {
  me?: Prefetched<UserProfile>;
  categories?: Prefetched<CategoryList>;
  firstPage?: Prefetched<ExpensePage>;
}

export function ExpensesView({
  filters,
  order,
  prefetched = {},
}: {
  filters: AppliedFilters;
  order: ListOrder;
  prefetched?: ExpensesPrefetched;
}) {
  const describeError = useDescribeError();
  const t = useTranslations('expenses');
  const router = useRouter();
  const pathname = usePathname();
  const locale = useLocale();
  const me = useMe(prefetched.me);
  const categories = useCategories(prefetched.categories);
  const list = useExpenseList(filters, orderParams(order), prefetched.firstPage);
  const summary = useExpenseSummary(filters);
  const hydrated = useHydrated();
  const waiting = useOfflineExpenses(me.data?.id);
  const editor = useExpenseEditor();
  const shortcuts = useListShortcuts(editor.openAdd);
  const [exportState, setExportState] = useState<{ busy: boolean; error: unknown }>({
    busy: false,
    error: null,
  });
  const categoryById = useMemo(
    () =>
      new Map<string, Category>((categories.data?.items ?? []).map((category) => [category.id, category])),
    [categories.data],
  );

  const show = (nextFilters: AppliedFilters, nextOrder: ListOrder) => {
    const query = orderToQuery(nextOrder, filtersToQuery(nextFilters)).toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  const applyFilters = (next: AppliedFilters) => show(next, order);

  const exportCsv = async () => {
    setExportState({ busy: true, error: null });
    try {
      saveBlob(
        await api.exportExpensesCsv(filters),
        `spendwise-expenses-${new Date().toISOString().slice(0, 10)}.csv`,
      );
      setExportState({ busy: false, error: null });
    } catch (error) {
      setExportState({ busy: false, error });
    }
  };

  const expenses = list.data?.pages.flatMap((page) => page.items) ?? [];
  const bulk = useExpenseBulk(
    orderToQuery(order, filtersToQuery(filters)).toString(),
    categories.data?.items ?? [],
  );
  const allSelected = expenses.length > 0 && expenses.every((expense) => bulk.selected.has(expense.id));

  return (
    <>
      <div className="page-header">
        <h1>{t('title')}</h1>
        <div className="row">
          <button type="button" className="btn" onClick={exportCsv} disabled={exportState.busy}>
            {exportState.busy ? t('preparingCsv') : t('exportCsv')}
          </button>
          <button type="button" className="btn btn-primary" onClick={editor.openAdd}>
            {t('add')}
          </button>
        </div>
      </div>
      {shortcuts.hint}
      {exportState.error !== null && (
        <Alert tone="error" title={t('exportFailed')}>
          {describeError(exportState.error)}
        </Alert>
      )}
      {editor.status && <Alert tone="success">{editor.status}</Alert>}
      <div className="stack">
        {/* The rows come in the server's HTML; the filter form only once React owns it, or a search typed before
            hydration would be lost. */}
        {hydrated && me.data && categories.data && (
          <ExpenseFilterForm
            filters={filters}
            currency={me.data.currency}
            locale={locale}
            categories={categories.data.items}
            onApply={applyFilters}
          />
        )}
        {me.data && <WaitingExpenses items={waiting} currency={me.data.currency} locale={locale} />}
        <section className="card" aria-labelledby="expense-list-title" aria-busy={list.isFetching}>
          <div className={styles.listHeader}>
            <h2 id="expense-list-title">{hasFilters(filters) ? t('matching') : t('all')}</h2>
            <ListOrderSelect order={order} disabled={!hydrated} onChange={(next) => show(filters, next)} />
          </div>
          {list.isPending ? (
            <Loading label={t('loading')} height="12rem" />
          ) : !list.data ? (
            <ErrorState what={t('what')} error={list.error} onRetry={() => void list.refetch()} />
          ) : expenses.length === 0 ? (
            <p className="muted">{hasFilters(filters) ? t('noMatch') : t('none')}</p>
          ) : (
            <>
              <p className="muted" aria-live="polite" data-testid="list-summary">
                {listSummary(expenses.length, list.hasNextPage, summary.data, locale, t)}
              </p>
              {summary.data && <NotInTotals entries={summary.data.notInTotals} locale={locale} />}
              {hydrated && (
                <label className={styles.selectAll}>
                  <input
                    type="checkbox"
                    checked={allSelected}
                    onChange={() =>
                      bulk.setSelected(
                        allSelected ? new Set() : new Set(expenses.map((expense) => expense.id)),
                      )
                    }
                  />
                  {t('selectAll', { count: expenses.length })}
                </label>
              )}
              {bulk.bar}
              {order.sort === 'amount' &&
                expenses.some((expense) => expense.currency !== expenses[0]?.currency) && (
                  <p className="muted" data-testid="amount-order-note">
                    {t('amountOrderNote', { currency: list.data.pages[0]?.baseCurrency ?? '' })}
                  </p>
                )}
              <ExpenseList
                label={t('listLabel')}
                expenses={expenses}
                baseCurrency={list.data?.pages[0]?.baseCurrency}
                categories={categoryById}
                locale={locale}
                onEdit={editor.openEdit}
                onDelete={editor.askDelete}
                onMakeRecurring={editor.makeRecurring}
                onDuplicate={editor.duplicate}
                {...(hydrated && { selection: { selected: bulk.selected, onToggle: bulk.toggle } })}
              />
              {/* A failed page keeps what is already shown; "Load more" tries the same page again. */}
              {list.isError && <Alert tone="error">{describeError(list.error)}</Alert>}
              {list.hasNextPage && (
                <div className={styles.more}>
                  <button
                    type="button"
                    className="btn"
                    onClick={() => void list.fetchNextPage()}
                    disabled={list.isFetchingNextPage}
                  >
                    {list.isFetchingNextPage ? t('loadingMore') : t('loadMore')}
                  </button>
                </div>
              )}
            </>
          )}
        </section>
      </div>
      {editor.dialogs}
      {bulk.feedback}
      {shortcuts.help}
    </>
  );
}

/**
 * "Showing 25 of 1,204 expenses · total $12,345.67." once the summary is in (it counts every page, in the base
 * currency); until then, what is on screen.
 */
function listSummary(
  shown: number,
  more: boolean,
  summary: ExpenseSummary | undefined,
  locale: string,
  t: Translate,
): string {
  if (!summary) return t(more ? 'showingMore' : 'showing', { shown });
  const amount = formatAmount(summary.totalMinor, summary.baseCurrency, locale);
  const count = new Intl.NumberFormat(locale).format(summary.count);
  return t('showingOf', { shown, count, total: summary.count, amount });
}
