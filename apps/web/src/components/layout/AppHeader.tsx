'use client';
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useState } from 'react';
import { ThemeToggle } from '@/components/theme/ThemeToggle';
import { useMe } from '@/lib/api/queries';
import { signOutOfThisDevice } from '@/lib/auth/session';
import styles from './AppHeader.module.css';

const NAV = [
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/expenses', label: 'Expenses' },
  { href: '/recurring', label: 'Recurring' },
  { href: '/budgets', label: 'Budgets' },
  { href: '/categories', label: 'Categories' },
  { href: '/settings', label: 'Settings' },
  { href: '/import', label: 'Import' },
];

export function AppHeader() {
  const pathname = usePathname();
  const router = useRouter();
  const queryClient = useQueryClient();
  const me = useMe();
  const [signingOut, setSigningOut] = useState(false);

  const onSignOut = async () => {
    setSigningOut(true);
    await signOutOfThisDevice().catch(() => undefined);
    queryClient.clear();
    router.replace('/signin');
    // Drops the signed-in pages from the router cache, so Back cannot show them.
    router.refresh();
  };

  return (
    <header className={styles.header}>
      <div className={styles.top}>
        <Link href="/dashboard" className={styles.brand}>
          SpendWise
        </Link>
        <div className={styles.account}>
          {me.data && (
            <div className={styles.user} data-testid="current-user">
              {me.data.displayName && <span className={styles.name}>{me.data.displayName}</span>}
              <span className={styles.email}>{me.data.email}</span>
            </div>
          )}
          <ThemeToggle />
          <button type="button" className="btn btn-small" onClick={onSignOut} disabled={signingOut}>
            {signingOut ? 'Signing out…' : 'Sign out'}
          </button>
        </div>
      </div>
      <nav aria-label="Main" className={styles.nav}>
        <ul>
          {NAV.map(({ href, label }) => {
            const current = pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={href}>
                <Link href={href} aria-current={current ? 'page' : undefined} className={styles.link}>
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
