/**
 * A translator of one namespace (what next-intl's `useTranslations('ns')` or `getTranslations('ns')` returns),
 * for code outside components that words something for people: form schemas, error descriptions.
 */
export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;
