import type { UndoableAction, UndoResult } from '@spendwise/contracts';

const expenses = (count: number) => `${count} expense${count === 1 ? '' : 's'}`;

/** What a bulk action did, in the words of the toast that offers to undo it. */
export function describeAction(action: Pick<UndoableAction, 'kind' | 'count'>): string {
  switch (action.kind) {
    case 'delete':
      return `Deleted ${expenses(action.count)}.`;
    case 'setCategory':
      return `Changed the category of ${expenses(action.count)}.`;
    case 'addTag':
      return `Tagged ${expenses(action.count)}.`;
    case 'removeTag':
      return `Removed the tag from ${expenses(action.count)}.`;
  }
}

/** What an undo did; expenses changed again since are named, not silently overwritten. */
export function describeUndo(result: UndoResult): string {
  const restored = `Undone: ${expenses(result.restored)} back as ${result.restored === 1 ? 'it was' : 'they were'}.`;
  if (result.skipped === 0) return restored;
  return `${restored} ${expenses(result.skipped)} changed again since ${result.skipped === 1 ? 'was' : 'were'} left as ${result.skipped === 1 ? 'it is' : 'they are'}.`;
}

/** Offered again after a reload for this long: long enough to undo a slip, short enough not to nag. */
export const UNDO_OFFER_MS = 10 * 60_000;
