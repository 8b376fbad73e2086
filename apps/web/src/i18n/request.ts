/**
 * next-intl's per-request configuration (found by the plugin in next.config.ts): the request's language from the
 * Settings cookie or Accept-Language (src/i18n/locales.ts) and that language's messages only — the other
 * language's file is never loaded for it, on the server or in the browser.
 */
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, resolveLocale } from './locales';

export default getRequestConfig(async () => {
  const locale = resolveLocale({
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: (await headers()).get('accept-language'),
  });
  const messages = (await import(`../../messages/${locale}.json`)) as { default: Record<string, unknown> };
  return { locale, messages: messages.default };
});
