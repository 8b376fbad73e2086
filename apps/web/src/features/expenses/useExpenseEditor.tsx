'use client';
import type { Expense } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useDeleteExpense, useMe } from '@/lib/api/queries';
import { type ExpenseDraft, useStoredDraft } from '@/features/expenses/expense-draft';

// The form (react-hook-form, its resolver) loads the first time someone adds or edits an expense.
const ExpenseDialog = dynamic(() => import('./ExpenseDialog'), { ssr: false });
const MakeRecurringDialog = dynamic(() => import('@/features/recurring/MakeRecurringDialog'), {
  ssr: false,
});

type Editing =
  | { mode: 'closed' }
  | { mode: 'add'; copyOf?: Expense; draft?: ExpenseDraft }
  | { mode: 'edit'; expense: Expense; draft?: ExpenseDraft };

/**
 * Add, edit, delete and make recurring for any page that lists expenses: returns the actions and the dialogs to
 * render, and a status line announcing the last change.
 */
export function useExpenseEditor() {
  const t = useTranslations('expenseForm');
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<Expense | null>(null);
  const [repeating, setRepeating] = useState<Expense | null>(null);
  const [status, setStatus] = useState('');
  const remove = useDeleteExpense();
  const me = useMe();
  // Back after being signed out mid-form: the form reopens with what was typed (expense-draft.ts), once.
  const storedDraft = useStoredDraft(me.data?.id);
  const [draftHandled, setDraftHandled] = useState(false);
  const shown: Editing =
    editing.mode === 'closed' && storedDraft && !draftHandled
      ? storedDraft.editing
        ? { mode: 'edit', expense: storedDraft.editing, draft: storedDraft }
        : { mode: 'add', draft: storedDraft }
      : editing;
  const close = () => {
    setDraftHandled(true);
    setEditing({ mode: 'closed' });
  };

  const dialogs = (
    <>
      {shown.mode !== 'closed' && (
        <ExpenseDialog
          open
          expense={shown.mode === 'edit' ? shown.expense : undefined}
          copyOf={shown.mode === 'add' ? shown.copyOf : undefined}
          draft={shown.draft}
          onClose={close}
          onSaved={setStatus}
        />
      )}
      {repeating && (
        <MakeRecurringDialog expense={repeating} onClose={() => setRepeating(null)} onSaved={setStatus} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('deleteTitle')}
        confirmLabel={t('delete')}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          setStatus(t('deleted', { description: deleting.description }));
        }}
      >
        <p>{t('deleteBody', { description: deleting?.description ?? '' })}</p>
      </ConfirmDialog>
    </>
  );

  return {
    openAdd: () => {
      setStatus('');
      setEditing({ mode: 'add' });
    },
    openEdit: (expense: Expense) => {
      setStatus('');
      setEditing({ mode: 'edit', expense });
    },
    duplicate: (expense: Expense) => {
      setStatus('');
      setEditing({ mode: 'add', copyOf: expense });
    },
    askDelete: (expense: Expense) => {
      setStatus('');
      setDeleting(expense);
    },
    makeRecurring: (expense: Expense) => {
      setStatus('');
      setRepeating(expense);
    },
    status,
    dialogs,
  };
}
