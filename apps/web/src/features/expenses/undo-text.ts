import type { UndoableAction, UndoResult } from '@spendwise/contracts';
import type { Translate } from '@/i18n/translate';

/** What a bulk action did, in the words of the toast that offers to undo it (`t`: the `undo` messages). */
export function describeAction(action: Pick<UndoableAction, 'kind' | 'count'>, t: Translate): string {
  return t(action.kind, { count: action.count });
}

/** What an undo did; expenses changed again since are named, not silently overwritten. */
export function describeUndo(result: UndoResult, t: Translate): string {
  const restored = t('restored', { count: result.restored });
  if (result.skipped === 0) return restored;
  return `${restored} ${t('skipped', { count: result.skipped })}`;
}

/** Offered again after a reload for this long: long enough to undo a slip, short enough not to nag. */
export const UNDO_OFFER_MS = 10 * 60_000;
