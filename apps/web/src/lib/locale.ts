'use client';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
};

/** The browser's language for formatting numbers and dates ('en-US' while rendering on the server). */
export function useLocale(): string {
  return useSyncExternalStore(
    subscribe,
    () => navigator.language || 'en-US',
    () => 'en-US',
  );
}
