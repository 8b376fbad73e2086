'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import type { Connection } from '@/lib/api/reachability';
import styles from './ReadOnly.module.css';

/**
 * Says that the dashboard on screen is the one kept on this device, from when (issue 21), and why: the device is
 * offline, or it is online but SpendWise cannot be reached (then "you are offline" would not be true).
 */
export function KeptDashboardNotice({
  savedAt,
  locale,
  connection,
}: {
  savedAt: number;
  locale: string;
  connection: Exclude<Connection, 'online'>;
}) {
  const t = useTranslations('offline');
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(savedAt);
  const offline = connection === 'offline';
  return (
    <div data-testid="kept-dashboard-notice">
      <Alert
        tone="info"
        title={offline ? t('dashboardAsOf', { time }) : t('unreachableDashboardAsOf', { time })}
      >
        <p>{t(offline ? 'dashboardReadOnly' : 'unreachableDashboardReadOnly')}</p>
      </Alert>
    </div>
  );
}

/**
 * Without the API, every button and field inside is disabled (a fieldset's `disabled`): what needs the API
 * (edit, delete, another month) cannot be used, and says so by being greyed out. Links still work.
 */
export function ReadOnly({ when, children }: { when: boolean; children: ReactNode }) {
  if (!when) return children;
  return (
    <fieldset disabled className={styles.readOnly}>
      {children}
    </fieldset>
  );
}
