'use client';
/**
 * Add or edit an expense in a modal. Loaded on demand (next/dynamic) so the form code is not part of the
 * dashboard's first load.
 */
import type { Expense } from '@spendwise/contracts';
import { useState } from 'react';
import { Dialog } from '@/components/ui/Dialog';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { useCategories, useCreateExpense, useMe, useUpdateExpense } from '@/lib/api/queries';
import { todayIn } from '@/lib/dates';
import { useLocale } from '@/lib/locale';
import { ExpenseForm } from './ExpenseForm';

export interface ExpenseDialogProps {
  open: boolean;
  /** The expense to edit; absent to add a new one. */
  expense?: Expense | undefined;
  onClose: () => void;
  onSaved: (message: string) => void;
}

export default function ExpenseDialog({ open, expense, onClose, onSaved }: ExpenseDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={expense ? 'Edit expense' : 'Add expense'}>
      <ExpenseDialogBody expense={expense} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function ExpenseDialogBody({ expense, onClose, onSaved }: Omit<ExpenseDialogProps, 'open'>) {
  const me = useMe();
  const categories = useCategories();
  const locale = useLocale();
  const create = useCreateExpense();
  const update = useUpdateExpense();
  // One key per opened form: if a save is retried after a timeout, the API recognises the first one.
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  if (me.isPending || categories.isPending) return <Loading label="Loading the form" height="20rem" />;
  if (me.isError || categories.isError) {
    return (
      <ErrorState
        what="the form"
        error={me.error ?? categories.error}
        onRetry={() => void Promise.all([me.refetch(), categories.refetch()])}
      />
    );
  }

  const currency = expense?.currency ?? me.data.currency;
  return (
    <ExpenseForm
      currency={currency}
      locale={locale}
      defaultDate={todayIn(me.data.timeZone)}
      categories={categories.data.items}
      expense={expense}
      submitLabel={expense ? 'Save changes' : 'Add expense'}
      onCancel={onClose}
      onSubmit={async (input) => {
        if (expense) await update.mutateAsync({ id: expense.id, input });
        else await create.mutateAsync({ input, idempotencyKey });
        onSaved(expense ? 'Expense updated.' : 'Expense added.');
        onClose();
      }}
    />
  );
}
