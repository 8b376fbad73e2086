'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useState } from 'react';
import { ThemeToggle } from '@/components/theme/ThemeToggle';
import { useMe } from '@/lib/api/queries';
import { signOutOfThisDevice } from '@/features/auth/session';
import styles from './AppHeader.module.css';

/**
 * The pages, most used first. On a phone the first three stay in the bar and the rest sit behind "More", so the
 * navigation is one row at 360 px; from tablet width up every link is in the bar and "More" is not shown.
 */
const NAV = [
  { href: '/dashboard', label: 'dashboard' },
  { href: '/expenses', label: 'expenses' },
  { href: '/budgets', label: 'budgets' },
  { href: '/recurring', label: 'recurring' },
  { href: '/categories', label: 'categories' },
  { href: '/settings', label: 'settings' },
  { href: '/import', label: 'import' },
] as const;
const IN_PHONE_BAR = 3;

export function AppHeader() {
  const t = useTranslations('nav');
  const pathname = usePathname();
  const router = useRouter();
  const queryClient = useQueryClient();
  const me = useMe();
  const [signingOut, setSigningOut] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const isCurrent = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  // On a phone the "More" button names the page behind it that is open, so the bar still says where one is.
  const currentBehindMore = NAV.slice(IN_PHONE_BAR).find(({ href }) => isCurrent(href));

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
            {signingOut ? t('signingOut') : t('signOut')}
          </button>
        </div>
      </div>
      <nav aria-label={t('label')} className={styles.nav} data-more-open={moreOpen || undefined}>
        <ul id="main-nav-links">
          {NAV.map(({ href, label }, index) => (
            <li key={href} className={index < IN_PHONE_BAR ? undefined : styles.behindMore}>
              <Link
                href={href}
                aria-current={isCurrent(href) ? 'page' : undefined}
                className={styles.link}
                onClick={() => setMoreOpen(false)}
              >
                {t(label)}
              </Link>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className={styles.more}
          aria-expanded={moreOpen}
          aria-controls="main-nav-links"
          data-current={currentBehindMore ? true : undefined}
          onClick={() => setMoreOpen((open) => !open)}
        >
          {currentBehindMore ? t('moreWithCurrent', { page: t(currentBehindMore.label) }) : t('more')}
        </button>
      </nav>
    </header>
  );
}
