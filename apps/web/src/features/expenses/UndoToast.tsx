'use client';
import { useTranslations } from 'next-intl';
import styles from './UndoToast.module.css';

/**
 * The last bulk action and its Undo, announced politely; it stays until dismissed (a toast that vanishes after a few
 * seconds is gone before a screen reader or a slow hand reaches it).
 */
export function UndoToast({
  message,
  busy,
  onUndo,
  onDismiss,
}: {
  message: string;
  busy: boolean;
  /** No Undo button without it (after an undo, the toast says what it did). */
  onUndo?: () => void;
  onDismiss: () => void;
}) {
  const t = useTranslations('expenses');
  return (
    <div className={styles.toast} role="status" data-testid="undo-toast">
      <span>{message}</span>
      {onUndo && (
        <button type="button" className="btn btn-small" onClick={onUndo} disabled={busy}>
          {busy ? t('undoing') : t('undo')}
        </button>
      )}
      <button type="button" className="btn btn-small" onClick={onDismiss} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
