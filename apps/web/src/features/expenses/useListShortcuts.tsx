'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Dialog } from '@/components/ui/Dialog';
import { LIST_SHORTCUTS, shortcutOf } from '@/features/expenses/list-shortcuts';
import styles from './useListShortcuts.module.css';

/**
 * Keyboard shortcuts on the expense list (list-shortcuts.ts says which): j/k move between rows by focusing the
 * row's Edit button, so Enter, e, d and Delete act on the row the person can see they are on. `?` opens the help.
 */
export function useListShortcuts(onNew: () => void) {
  const t = useTranslations('shortcuts');
  const [helpOpen, setHelpOpen] = useState(false);
  const latestOnNew = useRef(onNew);
  useEffect(() => {
    latestOnNew.current = onNew;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event, document.querySelector('dialog[open]') !== null);
      if (!shortcut) return;
      event.preventDefault();
      const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="expense-row"]')];
      const current = rows.findIndex((row) => row.contains(document.activeElement));
      const press = (action: string) =>
        rows[current]?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)?.click();
      const focusRow = (index: number) =>
        rows[Math.max(0, Math.min(rows.length - 1, index))]
          ?.querySelector<HTMLButtonElement>('[data-action="edit"]')
          ?.focus();
      switch (shortcut) {
        case 'new':
          return latestOnNew.current();
        case 'search':
          return document.getElementById('filter-q')?.focus();
        case 'next':
          return focusRow(current + 1);
        case 'previous':
          return focusRow(current < 0 ? 0 : current - 1);
        case 'help':
          return setHelpOpen(true);
        default:
          return press(shortcut);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return {
    hint: <p className={styles.hint}>{t.rich('hint', { kbd: (chunks) => <kbd>{chunks}</kbd> })}</p>,
    help: (
      <Dialog open={helpOpen} onClose={() => setHelpOpen(false)} title={t('title')}>
        <dl className={styles.list}>
          {LIST_SHORTCUTS.map(({ keys, shortcut }) => (
            <div key={shortcut} className={styles.entry}>
              <dt>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && t('or')}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{t(shortcut)}</dd>
            </div>
          ))}
        </dl>
      </Dialog>
    ),
  };
}
