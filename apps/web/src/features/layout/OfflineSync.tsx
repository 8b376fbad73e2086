'use client';
import { useTranslations } from 'next-intl';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ApiError, useDescribeError } from '@/lib/api/errors';
import { invalidateSpending, useMe } from '@/lib/api/queries';
import { api } from '@/lib/api/resources';
import { forgetOffline, offlineExpensesOf, useOfflineExpenses } from '@/features/expenses/offline-expenses';
import { useConnection } from '@/lib/api/reachability';
import styles from './OfflineSync.module.css';

/** How long to wait before trying again when the API answered with a passing failure (a 5xx, 429). */
const RETRY_MS = 30_000;

/**
 * Says when the API cannot be reached (the device is offline, or online without reaching SpendWise:
 * lib/api/reachability.ts), and sends the expenses recorded meanwhile (features/expenses/offline-expenses.ts) once
 * it can — each with its own Idempotency-Key, so a send cut off half-way and sent again is stored once. What the API
 * refuses is named, never dropped silently.
 */
export function OfflineSync() {
  const describeError = useDescribeError();
  const t = useTranslations('offline');
  const owner = useMe().data?.id;
  const connection = useConnection();
  const online = connection === 'online';
  const waiting = useOfflineExpenses(owner).length;
  const queryClient = useQueryClient();
  const [refused, setRefused] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const sending = useRef(false);

  useEffect(() => {
    if (!owner || !online || waiting === 0 || sending.current) return;
    sending.current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    void (async () => {
      for (const item of offlineExpensesOf(owner)) {
        try {
          await api.createExpense(item.input, item.idempotencyKey);
        } catch (error) {
          if (error instanceof ApiError && error.isTransient) {
            retry = setTimeout(() => setAttempt((count) => count + 1), RETRY_MS);
            break;
          }
          // Signed out meanwhile: kept for when this person signs in again here (the page sends them to).
          if (error instanceof ApiError && error.kind === 'unauthenticated') break;
          setRefused((all) => [...all, `“${item.input.description}”: ${describeError(error)}`]);
        }
        forgetOffline(item.idempotencyKey);
      }
      sending.current = false;
      await invalidateSpending(queryClient);
    })();
    return () => clearTimeout(retry);
  }, [owner, online, waiting, attempt, queryClient, describeError]);

  if (online && waiting === 0 && refused.length === 0) return null;
  return (
    <div className={styles.bar} role="status" data-testid="offline-status">
      {connection === 'offline' ? (
        <p>{waiting > 0 ? t('offlineWaiting', { count: waiting }) : t('offline')}</p>
      ) : connection === 'unreachable' ? (
        <p>{waiting > 0 ? t('unreachableWaiting', { count: waiting }) : t('unreachable')}</p>
      ) : (
        waiting > 0 && <p>{t('saving', { count: waiting })}</p>
      )}
      {refused.length > 0 && (
        <Alert tone="error" title={t('refused')}>
          <ul>
            {refused.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}
