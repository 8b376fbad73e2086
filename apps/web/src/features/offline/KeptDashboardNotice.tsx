'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import styles from './ReadOnly.module.css';

/** Says that the dashboard on screen is the one kept on this device, and from when (issue 21). */
export function KeptDashboardNotice({ savedAt, locale }: { savedAt: number; locale: string }) {
  const t = useTranslations('offline');
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(savedAt);
  return (
    <div data-testid="kept-dashboard-notice">
      <Alert tone="info" title={t('dashboardAsOf', { time })}>
        <p>{t('dashboardReadOnly')}</p>
      </Alert>
    </div>
  );
}

/**
 * Without a connection, every button and field inside is disabled (a fieldset's `disabled`): what needs the API
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
