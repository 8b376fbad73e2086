import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/** A page's `generateMetadata`: its title (the tab, "… · SpendWise") from a message, in the request's language. */
export function titleFrom(key: string): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations())(key) });
}
