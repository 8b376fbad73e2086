'use client';
import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY } from './theme-script';

type Theme = 'light' | 'dark';

const THEME_CHANGED = 'spendwise:theme-changed';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return darkQuery().matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void) {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  window.addEventListener(THEME_CHANGED, onChange);
  return () => {
    query.removeEventListener('change', onChange);
    window.removeEventListener(THEME_CHANGED, onChange);
  };
}

/** Switches between light and dark and remembers the choice on this device. */
export function ThemeToggle() {
  const t = useTranslations('theme');
  // The server cannot know the theme; it renders the neutral label and the browser corrects it on hydration.
  const theme = useSyncExternalStore<Theme | null>(subscribe, effectiveTheme, () => null);

  const toggle = () => {
    const next: Theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the theme still applies for this visit.
    }
    window.dispatchEvent(new Event(THEME_CHANGED));
  };

  const label = theme === 'dark' ? t('toLight') : t('toDark');
  return (
    <button type="button" className="btn btn-small" onClick={toggle} aria-label={label} title={label}>
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
