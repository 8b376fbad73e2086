import type { ReactNode } from 'react';
import { AppHeader } from '@/features/layout/AppHeader';
import { AppProviders } from '@/features/layout/AppProviders';
import { OfflineSync } from '@/features/layout/OfflineSync';
import { OfflineShell } from '@/features/offline/OfflineShell';
import { BrowserDefaults } from '@/features/settings/BrowserDefaults';
import styles from './app-layout.module.css';

/** Every signed-in page: the header (navigation, account, sign out) above the page. src/proxy.ts guards it. */
export default function AppLayout({ children }: { children: ReactNode }) {
  return (
    <AppProviders>
      <AppHeader />
      <OfflineSync />
      <OfflineShell />
      <main id="main" className={styles.main}>
        <BrowserDefaults />
        {children}
      </main>
    </AppProviders>
  );
}
