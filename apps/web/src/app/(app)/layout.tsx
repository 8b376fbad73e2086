import type { ReactNode } from 'react';
import { AppHeader } from '@/components/layout/AppHeader';
import { AppProviders } from '@/components/layout/AppProviders';
import { OfflineSync } from '@/components/layout/OfflineSync';
import { OfflineShell } from '@/components/offline/OfflineShell';
import { BrowserDefaults } from '@/components/settings/BrowserDefaults';
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
