'use client';
import type { Budget, BudgetInMonth, Dashboard } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { MonthPicker } from '@/components/ui/MonthPicker';
import { useBudgetMutations, useBudgetProgress, useBudgets, useCategories, useMe } from '@/lib/api/queries';
import { budgetBalance, scheduledOverBudget } from '@/features/budgets/budget-status';
import { currentMonthIn, monthLabel } from '@/lib/dates';
import { useLocale } from '@/lib/locale';
import { formatAmount } from '@/lib/money';
import type { Translate } from '@/i18n/translate';
import { useMonthInUrl } from '@/lib/use-month-in-url';
import type { BudgetSpending } from './BudgetRow';

// Each row is a form: rows load beside the budgets' data instead of in the page's first load (their form library and
// rules, zod, would put the page over its JavaScript budget).
const BudgetRow = dynamic(() => import('./BudgetRow').then((module) => module.BudgetRow), { ssr: false });

/** The month's spending the dashboard counts against a budget (categoryId undefined: the overall one). */
function spentIn(dashboard: Dashboard, categoryId: string | null | undefined): number {
  return categoryId === undefined
    ? dashboard.totalMinor
    : (dashboard.byCategory.find((row) => row.categoryId === categoryId)?.totalMinor ?? 0);
}

/**
 * "$512.00 spent, $12.00 over" — from the month's dashboard, once it is in the budget's currency — against what the
 * month has available (its amount plus what carried into it, when the budget rolls over).
 */
function spendingFor(
  budget: BudgetInMonth | undefined,
  categoryId: string | null | undefined,
  dashboard: Dashboard | undefined,
  locale: string,
  t: Translate,
): BudgetSpending | null {
  if (!budget || !dashboard || dashboard.currency !== budget.currency) return null;
  const money = (minor: number) => formatAmount(minor, budget.currency, locale);
  const spentMinor = spentIn(dashboard, categoryId);
  const { amountMinor, over } = budgetBalance(spentMinor, budget.availableMinor);
  const values = { spent: money(spentMinor), amount: money(amountMinor) };
  return { text: over ? t('spentOver', values) : t('spentLeft', values), over };
}

/**
 * "… would take Housing over" for a budget (categoryId undefined: the overall one) when this month's spending is
 * within it but that plus what is still scheduled is not — from this month's dashboard, against the budget as saved.
 */
function scheduledOverFor(
  budget: BudgetInMonth | undefined,
  categoryId: string | null | undefined,
  name: string,
  dashboard: Dashboard | undefined,
  locale: string,
  notes: Translate,
): string | null {
  if (!budget || !dashboard || dashboard.currency !== budget.currency) return null;
  const scheduled = dashboard.upcoming.items.filter(
    (item) =>
      item.currency === budget.currency && (categoryId === undefined || item.categoryId === categoryId),
  );
  return scheduledOverBudget(
    { name, spentMinor: spentIn(dashboard, categoryId), budgetMinor: budget.availableMinor, scheduled },
    (minor) => formatAmount(minor, budget.currency, locale),
    notes,
  );
}

/** The budgets as they are in `requestedMonth` (undefined: this month), with that month's spending against them. */
export function BudgetsView({ month: requestedMonth }: { month: string | undefined }) {
  const notes = useTranslations('budgetNotes');
  const t = useTranslations('budgets');
  const locale = useLocale();
  const me = useMe();
  const categories = useCategories();
  const budgets = useBudgets(requestedMonth);
  // The month's spending (and, this month, what is still scheduled): shown beside each budget, never waited for.
  const progress = useBudgetProgress(requestedMonth).data;
  const chooseMonth = useMonthInUrl();
  const { set, remove } = useBudgetMutations();
  const thisMonth = me.data && currentMonthIn(me.data.timeZone);
  const month = requestedMonth ?? thisMonth;
  const [removing, setRemoving] = useState<{ budget: Budget; name: string | null } | null>(null);
  const [status, setStatus] = useState('');

  const queries = [me, categories, budgets];
  const failed = queries.find((query) => query.isError);

  let content;
  if (failed) {
    content = (
      <ErrorState
        what={t('what')}
        error={failed.error}
        onRetry={() => queries.forEach((query) => query.isError && void query.refetch())}
      />
    );
  } else if (!me.data || !month || !categories.data || !budgets.data) {
    content = <Loading label={t('loading')} height="16rem" />;
  } else {
    const { currency } = me.data;
    // What is still scheduled (`upcoming`) is always this month's: no note on another month.
    const scheduled = month === thisMonth ? progress : undefined;
    const byCategory = new Map(budgets.data.items.map((budget) => [budget.categoryId ?? 'overall', budget]));
    const save =
      (categoryId: string | null, name: string | null, budget: Budget | undefined) =>
      async (amountMinor: number, rollover: boolean) => {
        // A change applies from the month shown on, so the months before keep theirs. A first budget set in this
        // month is left without a month: the API applies it from the beginning, as budgets always did.
        const fromMonth = budget || month !== thisMonth ? month : undefined;
        await set.mutateAsync({ categoryId, amountMinor, fromMonth, rollover });
        setStatus(name === null ? t('savedOverall') : t('saved', { name }));
      };
    content = (
      <>
        <section className="card" aria-labelledby="overall-budget">
          <h2 id="overall-budget">{t('overall')}</h2>
          <BudgetRow
            id="overall"
            name={t('allSpending')}
            budget={byCategory.get('overall')}
            month={month}
            currency={currency}
            locale={locale}
            onSave={save(null, null, byCategory.get('overall'))}
            onRemove={(budget) => setRemoving({ budget, name: null })}
            spending={spendingFor(byCategory.get('overall'), undefined, progress, locale, t)}
            scheduledOver={scheduledOverFor(
              byCategory.get('overall'),
              undefined,
              t('overallInNote'),
              scheduled,
              locale,
              notes,
            )}
          />
        </section>
        <section className="card" aria-labelledby="category-budgets">
          <h2 id="category-budgets">{t('byCategory')}</h2>
          {categories.data.items.length === 0 && <p className="muted">{t('noCategories')}</p>}
          {categories.data.items.map((category) => (
            <BudgetRow
              key={category.id}
              id={category.id}
              name={category.name}
              color={category.color}
              budget={byCategory.get(category.id)}
              month={month}
              currency={currency}
              locale={locale}
              onSave={save(category.id, category.name, byCategory.get(category.id))}
              onRemove={(budget) => setRemoving({ budget, name: category.name })}
              spending={spendingFor(byCategory.get(category.id), category.id, progress, locale, t)}
              scheduledOver={scheduledOverFor(
                byCategory.get(category.id),
                category.id,
                category.name,
                scheduled,
                locale,
                notes,
              )}
            />
          ))}
        </section>
      </>
    );
  }

  return (
    <>
      <div className="page-header">
        <h1>{t('title')}</h1>
        {month && <MonthPicker id="budgets-month" month={month} locale={locale} onChange={chooseMonth} />}
      </div>
      <p className="muted">{t('intro')}</p>
      {month && (
        <p className="muted" data-testid="budget-month-hint">
          {t('monthHint', { month: monthLabel(month, locale) })}
        </p>
      )}
      {status && <Alert tone="success">{status}</Alert>}
      <div className="stack">{content}</div>
      <ConfirmDialog
        open={removing !== null}
        title={t('removeTitle')}
        confirmLabel={t('remove')}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync(removing.budget.id);
          setStatus(removing.name === null ? t('removedOverall') : t('removed', { name: removing.name }));
        }}
      >
        <p>{removing?.name ? t('removeBody', { name: removing.name }) : t('removeBodyOverall')}</p>
      </ConfirmDialog>
    </>
  );
}
