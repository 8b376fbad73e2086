import type { ReactNode } from 'react';
import { ThemeToggle } from '@/components/theme/ThemeToggle';
import styles from './auth-layout.module.css';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <span className={styles.brand}>SpendWise</span>
        <ThemeToggle />
      </header>
      <main id="main" className={styles.main}>
        {children}
      </main>
    </div>
  );
}
