'use client';
import type { Budget, Dashboard } from '@spendwise/contracts';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { useBudgetMutations, useBudgetProgress, useBudgets, useCategories, useMe } from '@/lib/api/queries';
import { scheduledOverBudget } from '@/lib/budget-status';
import { useLocale } from '@/lib/locale';
import { formatAmount } from '@/lib/money';

// Each row is a form: rows load beside the budgets' data instead of in the page's first load (their form library and
// rules, zod, would put the page over its JavaScript budget).
const BudgetRow = dynamic(() => import('./BudgetRow').then((module) => module.BudgetRow), { ssr: false });

/**
 * "… would take Housing over" for a budget (categoryId undefined: the overall one) when this month's spending is
 * within it but that plus what is still scheduled is not — from this month's dashboard, against the budget as saved.
 */
function scheduledOverFor(
  budget: Budget | undefined,
  categoryId: string | null | undefined,
  name: string,
  dashboard: Dashboard | undefined,
  locale: string,
): string | null {
  if (!budget || !dashboard || dashboard.currency !== budget.currency) return null;
  const spentMinor =
    categoryId === undefined
      ? dashboard.totalMinor
      : (dashboard.byCategory.find((row) => row.categoryId === categoryId)?.totalMinor ?? 0);
  const scheduled = dashboard.upcoming.items.filter(
    (item) =>
      item.currency === budget.currency && (categoryId === undefined || item.categoryId === categoryId),
  );
  return scheduledOverBudget({ name, spentMinor, budgetMinor: budget.amountMinor, scheduled }, (minor) =>
    formatAmount(minor, budget.currency, locale),
  );
}

export function BudgetsView() {
  const locale = useLocale();
  const me = useMe();
  const categories = useCategories();
  const budgets = useBudgets();
  // This month's spending and what is still scheduled: only for the "would take it over" notes, never waited for.
  const thisMonth = useBudgetProgress().data;
  const { set, remove } = useBudgetMutations();
  const [removing, setRemoving] = useState<{ budget: Budget; name: string } | null>(null);
  const [status, setStatus] = useState('');

  const queries = [me, categories, budgets];
  const failed = queries.find((query) => query.isError);

  let content;
  if (failed) {
    content = (
      <ErrorState
        what="your budgets"
        error={failed.error}
        onRetry={() => queries.forEach((query) => query.isError && void query.refetch())}
      />
    );
  } else if (!me.data || !categories.data || !budgets.data) {
    content = <Loading label="Loading budgets" height="16rem" />;
  } else {
    const { currency } = me.data;
    const byCategory = new Map(budgets.data.items.map((budget) => [budget.categoryId ?? 'overall', budget]));
    const save = (categoryId: string | null, name: string) => async (amountMinor: number) => {
      await set.mutateAsync({ categoryId, amountMinor });
      setStatus(`Saved the ${name} budget.`);
    };
    content = (
      <>
        <section className="card" aria-labelledby="overall-budget">
          <h2 id="overall-budget">Overall</h2>
          <BudgetRow
            id="overall"
            name="All spending"
            budget={byCategory.get('overall')}
            currency={currency}
            locale={locale}
            onSave={save(null, 'overall')}
            onRemove={(budget) => setRemoving({ budget, name: 'overall' })}
            scheduledOver={scheduledOverFor(
              byCategory.get('overall'),
              undefined,
              'your overall budget',
              thisMonth,
              locale,
            )}
          />
        </section>
        <section className="card" aria-labelledby="category-budgets">
          <h2 id="category-budgets">By category</h2>
          {categories.data.items.length === 0 && (
            <p className="muted">Add categories to budget for each of them.</p>
          )}
          {categories.data.items.map((category) => (
            <BudgetRow
              key={category.id}
              id={category.id}
              name={category.name}
              color={category.color}
              budget={byCategory.get(category.id)}
              currency={currency}
              locale={locale}
              onSave={save(category.id, category.name)}
              onRemove={(budget) => setRemoving({ budget, name: category.name })}
              scheduledOver={scheduledOverFor(
                byCategory.get(category.id),
                category.id,
                category.name,
                thisMonth,
                locale,
              )}
            />
          ))}
        </section>
      </>
    );
  }

  return (
    <>
      <h1>Budgets</h1>
      <p className="muted">
        Monthly limits. The dashboard warns you when a category reaches 80% of its budget and when it goes
        over; both pages say when a recurring expense still due this month would take a budget over.
      </p>
      {status && <Alert tone="success">{status}</Alert>}
      <div className="stack">{content}</div>
      <ConfirmDialog
        open={removing !== null}
        title="Remove budget?"
        confirmLabel="Remove"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync(removing.budget.id);
          setStatus(`Removed the ${removing.name} budget.`);
        }}
      >
        <p>The {removing?.name} budget will be removed. Your expenses are not affected.</p>
      </ConfirmDialog>
    </>
  );
}
