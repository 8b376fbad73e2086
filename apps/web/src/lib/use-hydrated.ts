import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/**
 * False in the server render and until React has hydrated this page in the browser, true afterwards: for controls
 * that must not be usable before React owns them (a credential form's submit button, a search box).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
