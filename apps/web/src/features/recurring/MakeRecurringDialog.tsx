'use client';
/**
 * "Make recurring" from an expense: the recurring form in a modal, filled from the expense (monthly on its day).
 * Loaded on demand (next/dynamic) like the expense form, so lists of expenses do not carry the form's code.
 */
import type { Expense } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import { Dialog } from '@/components/ui/Dialog';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { useCategories, useMe, useRecurringMutations } from '@/lib/api/queries';
import { todayIn } from '@/lib/dates';
import { recurringValuesFrom } from '@/features/recurring/recurring-form';
import { useLocale } from '@/lib/locale';
import { RecurringForm } from './RecurringForm';

export interface MakeRecurringDialogProps {
  expense: Expense;
  onClose: () => void;
  onSaved: (message: string) => void;
}

export default function MakeRecurringDialog({ expense, onClose, onSaved }: MakeRecurringDialogProps) {
  const t = useTranslations('recurring');
  return (
    <Dialog open onClose={onClose} title={t('makeNamedRecurring', { name: expense.description })}>
      <MakeRecurringBody expense={expense} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function MakeRecurringBody({ expense, onClose, onSaved }: MakeRecurringDialogProps) {
  const t = useTranslations('recurring');
  const tForm = useTranslations('expenseForm');
  const me = useMe();
  const categories = useCategories();
  const locale = useLocale();
  const { create } = useRecurringMutations();

  if (me.isPending || categories.isPending) return <Loading label={tForm('loading')} height="20rem" />;
  if (me.isError || categories.isError) {
    return (
      <ErrorState
        what={tForm('what')}
        error={me.error ?? categories.error}
        onRetry={() => void Promise.all([me.refetch(), categories.refetch()])}
      />
    );
  }

  const today = todayIn(me.data.timeZone);
  return (
    <>
      {expense.currency !== me.data.currency && (
        <p className="muted">{t('otherCurrency', { currency: expense.currency })}</p>
      )}
      <RecurringForm
        currency={expense.currency}
        locale={locale}
        today={today}
        categories={categories.data.items}
        initial={recurringValuesFrom(expense, { locale, today })}
        onSubmit={async (input) => {
          await create.mutateAsync(input);
          onSaved(t('nowRepeatsMonthly', { description: input.description }));
          onClose();
        }}
      />
    </>
  );
}
