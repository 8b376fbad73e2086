import { createTranslator } from 'next-intl';
import type { Translate } from '@/i18n/translate';
import de from '../../messages/de.json';
import en from '../../messages/en.json';

/** A namespace's translator outside React, for testing schemas and error wording: English unless asked. */
export function translator(namespace: string, locale: 'en' | 'de' = 'en'): Translate {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : de });
  return (key, values) => (t as unknown as Translate)(`${namespace}.${key}`, values);
}
