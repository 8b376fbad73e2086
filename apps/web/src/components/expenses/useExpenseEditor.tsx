'use client';
import type { Expense } from '@spendwise/contracts';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useDeleteExpense } from '@/lib/api/queries';

// The form (react-hook-form, its resolver) loads the first time someone adds or edits an expense.
const ExpenseDialog = dynamic(() => import('./ExpenseDialog'), { ssr: false });
const MakeRecurringDialog = dynamic(() => import('@/components/recurring/MakeRecurringDialog'), {
  ssr: false,
});

type Editing = { mode: 'closed' } | { mode: 'add'; copyOf?: Expense } | { mode: 'edit'; expense: Expense };

/**
 * Add, edit, delete and make recurring for any page that lists expenses: returns the actions and the dialogs to
 * render, and a status line announcing the last change.
 */
export function useExpenseEditor() {
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<Expense | null>(null);
  const [repeating, setRepeating] = useState<Expense | null>(null);
  const [status, setStatus] = useState('');
  const remove = useDeleteExpense();

  const dialogs = (
    <>
      {editing.mode !== 'closed' && (
        <ExpenseDialog
          open
          expense={editing.mode === 'edit' ? editing.expense : undefined}
          copyOf={editing.mode === 'add' ? editing.copyOf : undefined}
          onClose={() => setEditing({ mode: 'closed' })}
          onSaved={setStatus}
        />
      )}
      {repeating && (
        <MakeRecurringDialog expense={repeating} onClose={() => setRepeating(null)} onSaved={setStatus} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete expense?"
        confirmLabel="Delete"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          setStatus(`Deleted “${deleting.description}”.`);
        }}
      >
        <p>“{deleting?.description}” will be removed from your expenses and totals. This cannot be undone.</p>
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
