'use client';
import { useTranslations } from 'next-intl';
import type { BulkExpenseAction, Category, UndoableAction } from '@spendwise/contracts';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { useDescribeError } from '@/lib/api/errors';
import { useBulkExpenses, useUndoableActions, useUndoAction } from '@/lib/api/queries';
import { describeAction, describeUndo, UNDO_OFFER_MS } from '@/features/expenses/undo-text';
import { BulkActionBar } from './BulkActionBar';
import { UndoToast } from './UndoToast';

const DISMISSED_KEY = 'spendwise:undo-dismissed';

/**
 * Selection of list rows, the bar of bulk actions over it and the toast that offers Undo — also after a reload,
 * for the person's latest action of the last minutes (the undo itself lives on the server).
 * `scope` names what the list shows (filters and order): a new scope starts with nothing selected.
 */
export function useExpenseBulk(scope: string, categories: Category[]) {
  const describeError = useDescribeError();
  const tUndo = useTranslations('undo');
  const [selection, setSelection] = useState<{ scope: string; ids: Set<string> }>({ scope, ids: new Set() });
  const selected = selection.scope === scope ? selection.ids : new Set<string>();
  const [shown, setShown] = useState<{ action: UndoableAction | null; message: string } | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(() =>
    typeof window === 'undefined' ? null : window.sessionStorage.getItem(DISMISSED_KEY),
  );
  const bulk = useBulkExpenses();
  const undo = useUndoAction();
  const undoable = useUndoableActions();

  const setSelected = (ids: Set<string>) => setSelection({ scope, ids });
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };

  const apply = (action: BulkExpenseAction) =>
    bulk.mutate(
      { ids: [...selected], action },
      {
        onSuccess: ({ undo: done }) => {
          setSelected(new Set());
          setShown({ action: done, message: describeAction(done, tUndo) });
        },
      },
    );

  // After a reload: the latest action of the minutes before the list was read, unless undone or dismissed here.
  const latest = undoable.data?.items[0];
  const offered =
    shown ??
    (latest &&
    latest.id !== dismissed &&
    Date.parse(latest.createdAt) > undoable.dataUpdatedAt - UNDO_OFFER_MS
      ? { action: latest, message: describeAction(latest, tUndo) }
      : null);

  const dismiss = () => {
    if (offered?.action) {
      window.sessionStorage.setItem(DISMISSED_KEY, offered.action.id);
      setDismissed(offered.action.id);
    }
    setShown(null);
  };

  const undoOffered = offered?.action
    ? () => {
        const { id } = offered.action!;
        undo.mutate(id, {
          onSuccess: (result) => {
            window.sessionStorage.setItem(DISMISSED_KEY, id);
            setDismissed(id);
            setShown({ action: null, message: describeUndo(result, tUndo) });
          },
        });
      }
    : undefined;

  const error = bulk.error ?? undo.error;
  return {
    selected,
    toggle,
    setSelected,
    bar:
      selected.size > 0 ? (
        <BulkActionBar
          count={selected.size}
          categories={categories}
          busy={bulk.isPending}
          onApply={apply}
          onClear={() => setSelected(new Set())}
        />
      ) : null,
    feedback: (
      <>
        {error && <Alert tone="error">{describeError(error)}</Alert>}
        {offered && (
          <UndoToast
            message={offered.message}
            busy={undo.isPending}
            onUndo={undoOffered}
            onDismiss={dismiss}
          />
        )}
      </>
    ),
  };
}
