'use client';
import { useLocale as useAppLocale } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { formattingLocale, isAppLocale, DEFAULT_LOCALE } from '@/i18n/locales';

const subscribe = (onChange: () => void) => {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
};

/**
 * The locale numbers and dates are formatted in: the app's language (chosen in Settings, or the browser's), with
 * the browser's region where it speaks that language (src/i18n/locales.ts `formattingLocale`). The server, which
 * cannot see the browser's region, renders the language's main one; the browser corrects it on hydration.
 */
export function useLocale(): string {
  const chosen = useAppLocale();
  const appLocale = isAppLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return useSyncExternalStore(
    subscribe,
    () => formattingLocale(appLocale, navigator.language),
    () => formattingLocale(appLocale, null),
  );
}
