import { createTranslator } from 'next-intl';
import type { Translate } from '@/i18n/translate';
import { type DescribeRefusal, describeRefusal } from '@/lib/money';
import de from '../../messages/de.json';
import en from '../../messages/en.json';

/** A namespace's translator outside React, for testing schemas and error wording: English unless asked. */
export function translator(namespace: string, locale: 'en' | 'de' = 'en'): Translate {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : de });
  return (key, values) => (t as unknown as Translate)(`${namespace}.${key}`, values);
}

/** The amount parser's refusals worded as a form shows them: English unless asked. */
export function describer(locale: 'en' | 'de' = 'en'): DescribeRefusal {
  const t = translator('amountRefusals', locale);
  return (refusal) => describeRefusal(refusal, t);
}
