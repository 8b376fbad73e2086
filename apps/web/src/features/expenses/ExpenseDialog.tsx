'use client';
/**
 * Add or edit an expense in a modal. Loaded on demand (next/dynamic) so the form code is not part of the
 * dashboard's first load.
 */
import type { CreateExpense, Expense } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Dialog } from '@/components/ui/Dialog';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { useCategories, useCreateExpense, useMe, useUpdateExpense } from '@/lib/api/queries';
import { todayIn } from '@/lib/dates';
import { ApiError } from '@/lib/api/errors';
import { clearDraft, type ExpenseDraft, saveDraft } from '@/features/expenses/expense-draft';
import { keepOffline } from '@/features/expenses/offline-expenses';
import { useLocale } from '@/lib/locale';
import { ExpenseForm } from './ExpenseForm';

export interface ExpenseDialogProps {
  open: boolean;
  /** The expense to edit; absent to add a new one. */
  expense?: Expense | undefined;
  /** Adds a new expense as a copy of this one (dated today). */
  copyOf?: Expense | undefined;
  /** What the person was typing when they were signed out: the form starts from it. */
  draft?: ExpenseDraft | undefined;
  onClose: () => void;
  onSaved: (message: string) => void;
}

export default function ExpenseDialog({
  open,
  expense,
  copyOf,
  draft,
  onClose,
  onSaved,
}: ExpenseDialogProps) {
  const t = useTranslations('expenseForm');
  const title = expense ? t('titleEdit') : copyOf ? t('titleDuplicate') : t('titleAdd');
  // Closing the form on purpose (Cancel, Escape, ✕) drops what was typed; only a sign-out keeps it.
  const close = () => {
    clearDraft();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={title}>
      <ExpenseDialogBody expense={expense} copyOf={copyOf} draft={draft} onClose={close} onSaved={onSaved} />
    </Dialog>
  );
}

function ExpenseDialogBody({ expense, copyOf, draft, onClose, onSaved }: Omit<ExpenseDialogProps, 'open'>) {
  const t = useTranslations('expenseForm');
  const me = useMe();
  const categories = useCategories();
  const locale = useLocale();
  const create = useCreateExpense();
  const update = useUpdateExpense();
  // One key per expense the form adds: if a save is retried after a timeout, the API recognises the first one.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [added, setAdded] = useState(0);

  if (me.isPending || categories.isPending) return <Loading label={t('loading')} height="20rem" />;
  // Only an error with nothing to show stops the form: the profile and categories kept on this device (or fetched
  // before the API went away) still serve it when a later fetch failed, and a new expense is then kept to send.
  if (me.data === undefined || categories.data === undefined) {
    return (
      <ErrorState
        what={t('what')}
        error={me.error ?? categories.error}
        onRetry={() => void Promise.all([me.refetch(), categories.refetch()])}
      />
    );
  }

  /** Creates the expense; without a connection, keeps it to send later (same key) and answers false. */
  const createOrKeep = async (input: CreateExpense): Promise<boolean> => {
    try {
      await create.mutateAsync({ input, idempotencyKey });
      return true;
    } catch (error) {
      if (!(error instanceof ApiError && error.kind === 'network')) throw error;
      keepOffline({ owner: me.data.id, idempotencyKey, input });
      return false;
    }
  };

  const currency = expense?.currency ?? me.data.currency;
  const copied = copyOf && copyOf.currency !== currency ? copyOf.currency : null;
  return (
    <>
      {copied && <p className="muted">{t('otherCurrency', { original: copied, currency })}</p>}
      {draft && <Alert tone="info">{t('restored')}</Alert>}
      <p className="muted" aria-live="polite" data-testid="added-count">
        {added > 0 && t('addedCount', { count: added })}
      </p>
      <ExpenseForm
        currency={currency}
        locale={locale}
        defaultDate={todayIn(me.data.timeZone)}
        categories={categories.data.items}
        expense={expense ?? copyOf}
        duplicate={!expense && copyOf !== undefined}
        addAnother={!expense}
        submitLabel={expense ? t('saveChanges') : t('add')}
        draftValues={draft?.values}
        onValuesChange={(values) => {
          // An untouched (or just emptied) form is not worth keeping.
          const typed = [values.amount, values.description, values.merchant, values.note, values.tags];
          if (typed.some((value) => value?.trim()))
            saveDraft({ owner: me.data.id, editing: expense, values });
          else clearDraft();
        }}
        onCancel={onClose}
        onSubmit={async (input, { another }) => {
          if (expense) await update.mutateAsync({ id: expense.id, input });
          else if (!(await createOrKeep(input))) {
            clearDraft();
            onSaved(t('keptOffline'));
            return onClose();
          }
          clearDraft();
          onSaved(expense ? t('updated') : added > 0 ? t('addedMany', { count: added + 1 }) : t('added'));
          if (!another) return onClose();
          setIdempotencyKey(crypto.randomUUID());
          setAdded(added + 1);
        }}
      />
    </>
  );
}
