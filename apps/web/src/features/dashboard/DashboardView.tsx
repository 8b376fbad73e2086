'use client';
import type { Category, Dashboard } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useMemo } from 'react';
import { ExpenseList } from '@/features/expenses/ExpenseList';
import { useExpenseEditor } from '@/features/expenses/useExpenseEditor';
import { Alert } from '@/components/ui/Alert';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { KeptDashboardNotice, ReadOnly } from '@/features/offline/KeptDashboardNotice';
import { MonthPicker } from '@/components/ui/MonthPicker';
import { useCategories, useDashboard } from '@/lib/api/queries';
import { budgetStatus } from '@/features/budgets/budget-status';
import { currentMonthIn, monthLabel } from '@/lib/dates';
import { useLocale } from '@/lib/locale';
import { useMonthInUrl } from '@/lib/use-month-in-url';
import { useConnection } from '@/lib/api/reachability';
import { CategoryBudgets } from './CategoryBudgets';
import { NotInTotals } from '@/components/currency/NotInTotals';
import { SummaryCards } from './SummaryCards';
import { UpcomingCard } from './UpcomingCard';
import styles from './DashboardView.module.css';

// Charts (recharts) load after the numbers, keeping the dashboard's first-load JavaScript small.
function ChartPlaceholder() {
  return <Loading label={useTranslations('charts')('loading')} height="220px" />;
}
const chartPlaceholder = () => <ChartPlaceholder />;
const CategoryChart = dynamic(() => import('@/features/dashboard/charts/CategoryChart'), {
  ssr: false,
  loading: chartPlaceholder,
});
const DailyChart = dynamic(() => import('@/features/dashboard/charts/DailyChart'), {
  ssr: false,
  loading: chartPlaceholder,
});
const TrendChart = dynamic(() => import('@/features/dashboard/charts/TrendChart'), {
  ssr: false,
  loading: chartPlaceholder,
});

/** A person who has never recorded anything: nothing this month, last month or in the past year. */
function isBrandNew(dashboard: Dashboard): boolean {
  return dashboard.recent.length === 0 && dashboard.monthly.every((month) => month.totalMinor === 0);
}

export function DashboardView({ month }: { month: string | undefined }) {
  const t = useTranslations('dashboard');
  const locale = useLocale();
  const dashboard = useDashboard(month);
  const categories = useCategories();
  const editor = useExpenseEditor();
  const categoryById = useMemo(
    () =>
      new Map<string, Category>((categories.data?.items ?? []).map((category) => [category.id, category])),
    [categories.data],
  );

  const chooseMonth = useMonthInUrl();
  // Without the API (offline, or online but it cannot be reached) and with data on screen (fetched before it went,
  // or kept on this device: OfflineShell): read it, add expenses (they wait in OfflineSync's queue), change nothing
  // else.
  const connection = useConnection();
  const readOnly = connection !== 'online' && dashboard.data !== undefined;

  const header = (
    <div className="page-header">
      <h1>{t('title')}</h1>
      <div className="row">
        {dashboard.data && (
          <MonthPicker
            id="dashboard-month"
            month={dashboard.data.month}
            latest={currentMonthIn(dashboard.data.timeZone)}
            locale={locale}
            onChange={chooseMonth}
            disabled={readOnly}
          />
        )}
        <button type="button" className="btn btn-primary" onClick={editor.openAdd}>
          {t('addExpense')}
        </button>
      </div>
    </div>
  );

  if (dashboard.isPending) {
    return (
      <>
        {header}
        <div className={styles.grid} aria-busy="true">
          <Loading label={t('loading')} height="9rem" />
          <Loading height="16rem" />
        </div>
        {editor.dialogs}
      </>
    );
  }

  if (dashboard.isError && !readOnly) {
    return (
      <>
        {header}
        <ErrorState what={t('what')} error={dashboard.error} onRetry={() => void dashboard.refetch()} />
        {editor.dialogs}
      </>
    );
  }

  const data = dashboard.data;
  const { currency } = data;
  const overBudget = data.byCategory.filter((category) => budgetStatus(category.percentUsed) === 'over');
  const nearBudget = data.byCategory.filter((category) => budgetStatus(category.percentUsed) === 'near');

  return (
    <>
      {header}
      {readOnly && (
        <KeptDashboardNotice savedAt={dashboard.dataUpdatedAt} locale={locale} connection={connection} />
      )}
      {editor.status && <Alert tone="success">{editor.status}</Alert>}
      {isBrandNew(data) ? (
        <section className={`card ${styles.empty}`} aria-labelledby="empty-title">
          <h2 id="empty-title">{t('welcomeTitle')}</h2>
          <p>{t('welcomeBody')}</p>
          <button type="button" className="btn btn-primary" onClick={editor.openAdd}>
            {t('addFirst')}
          </button>
        </section>
      ) : (
        <ReadOnly when={readOnly}>
          <div className={styles.grid} aria-busy={dashboard.isFetching}>
            <SummaryCards dashboard={data} locale={locale} />
            <NotInTotals entries={data.notInTotals} locale={locale} />
            {(overBudget.length > 0 || nearBudget.length > 0) && (
              <Alert tone={overBudget.length > 0 ? 'error' : 'warning'} title={t('budgetCheck')}>
                {overBudget.length > 0 && (
                  <p>{t('overBudget', { names: overBudget.map((category) => category.name).join(', ') })}</p>
                )}
                {nearBudget.length > 0 && (
                  <p>{t('nearBudget', { names: nearBudget.map((category) => category.name).join(', ') })}</p>
                )}
              </Alert>
            )}
            <UpcomingCard upcoming={data.upcoming} locale={locale} />
            <div className={styles.columns}>
              <section className="card" aria-labelledby="by-category">
                <h2 id="by-category">{t('byCategory')}</h2>
                {data.byCategory.length === 0 ? (
                  <p className="muted">{t('noSpendingYet', { month: monthLabel(data.month, locale) })}</p>
                ) : (
                  <>
                    <CategoryChart
                      categories={data.byCategory}
                      month={data.month}
                      currency={currency}
                      locale={locale}
                    />
                    <CategoryBudgets
                      categories={data.byCategory}
                      upcoming={data.upcoming.items}
                      month={data.month}
                      currency={currency}
                      locale={locale}
                    />
                  </>
                )}
              </section>
              <section className="card" aria-labelledby="recent">
                <div className={styles.sectionHeader}>
                  <h2 id="recent">{t('recent')}</h2>
                  <Link href="/expenses">{t('seeAll')}</Link>
                </div>
                {data.recent.length === 0 ? (
                  <p className="muted">{t('nothingRecorded', { month: monthLabel(data.month, locale) })}</p>
                ) : (
                  <ExpenseList
                    label={t('recent')}
                    expenses={data.recent}
                    baseCurrency={currency}
                    categories={categoryById}
                    locale={locale}
                    onEdit={editor.openEdit}
                    onDelete={editor.askDelete}
                    onMakeRecurring={editor.makeRecurring}
                  />
                )}
              </section>
            </div>
            <section className="card" aria-labelledby="daily">
              <h2 id="daily">{t('dayByDay')}</h2>
              <DailyChart daily={data.daily} month={data.month} currency={currency} locale={locale} />
            </section>
            <section className="card" aria-labelledby="trend">
              <h2 id="trend">{t('last12')}</h2>
              <TrendChart monthly={data.monthly} currency={currency} locale={locale} />
            </section>
          </div>
        </ReadOnly>
      )}
      {editor.dialogs}
    </>
  );
}
