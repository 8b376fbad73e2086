'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import styles from './Dialog.module.css';

/**
 * A modal built on the native <dialog>: the browser traps focus inside it, closes it on Escape and returns
 * focus to whatever opened it.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onClose={onClose}>
      <div className={styles.header}>
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn-small" onClick={onClose} aria-label="Close">
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {open && children}
    </dialog>
  );
}
