'use client';
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { useDescribeError } from '@/lib/api/errors';
import { Alert } from './Alert';
import { Dialog } from './Dialog';

/** Asks before something that cannot be undone; shows the failure (and stays open) if it does not work. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const describeError = useDescribeError();
  const t = useTranslations('common');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} title={title}>
      {error !== null && <Alert tone="error">{describeError(error)}</Alert>}
      <div>{children}</div>
      <div className="actions">
        <button type="button" className="btn" onClick={close} disabled={busy}>
          {t('cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={confirm} disabled={busy}>
          {busy ? t('working') : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
