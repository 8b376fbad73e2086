'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import styles from './Dialog.module.css';

/**
 * A modal built on the native <dialog>: the browser traps focus inside it and returns focus to whatever opened it.
 * A dialog its owner removes instead (a form that closes once it has saved) would leave focus on the page's body —
 * the top of the page for a keyboard — so it hands focus back itself.
 *
 * `open` is the only truth. Escape asks the owner to close (the `cancel` event) instead of letting the browser
 * close the element at once: the browser's own close announces itself with a `close` event one task later, and a
 * key pressed in between (Escape then `n` for a new expense) would reach a page whose state still says the old
 * dialog is open — the new one opened and was then shut by the late event.
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
  const t = useTranslations('common');
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  // After every render, not only when `open` changes: the element can be closed under an `open` that never
  // changed (the browser closes it itself when a second Escape comes without a click or key in between).
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  });

  useEffect(() => {
    const dialog = ref.current;
    // Runs once the dialog is out of the page (React cleans up effects after removing the elements).
    return () => {
      const active = document.activeElement;
      const lost = !active || active === document.body || (dialog?.contains(active) ?? false);
      if (opener.current?.isConnected && lost) opener.current.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // A late `close` from a dialog that has since been opened again is not a request to close it.
      onClose={() => {
        if (!ref.current?.open) onClose();
      }}
    >
      <div className={styles.header}>
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn-small" onClick={onClose} aria-label={t('close')}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {open && children}
    </dialog>
  );
}
