/**
 * The languages the web app speaks, and which one a request gets: the person's choice (a cookie, set in
 * Settings) over the browser's Accept-Language over English. Pure functions: the server (src/i18n/request.ts)
 * and the browser (Settings, number formatting) decide the same way.
 */

export const LOCALES = ['en', 'de'] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'en';

/** The cookie that remembers the language chosen in Settings (next-intl's customary name). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Each language's own name, as a language select shows it (never translated: people look for their own). */
export const LOCALE_NAMES: Record<AppLocale, string> = { en: 'English', de: 'Deutsch' };

/** Numbers and dates for a language whose browser is set to another one we speak: its main region's way. */
const FORMAT_DEFAULTS: Record<AppLocale, string> = { en: 'en-US', de: 'de-DE' };

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** "de-AT" → "de"; "EN" → "en". */
function languageOf(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The languages an Accept-Language header asks for, most wanted first ("de-CH, de;q=0.9, en;q=0.8" →
 * de-CH, de, en). Entries with q=0 ("not this one") and malformed q-values are dropped; equal weights keep the
 * header's order.
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';').map((piece) => piece.trim());
      const q = params.find((param) => param.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag, weight, index };
    })
    .filter(({ tag, weight }) => tag !== '' && tag !== '*' && Number.isFinite(weight) && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}

/** The request's language: the cookie when it names one we speak, else the first of the browser's we speak. */
export function resolveLocale({
  cookie,
  acceptLanguage,
}: {
  cookie?: string | null;
  acceptLanguage?: string | null;
}): AppLocale {
  if (isAppLocale(cookie)) return cookie;
  for (const tag of acceptedLanguages(acceptLanguage)) {
    const language = languageOf(tag);
    if (isAppLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}

/**
 * The locale amounts and dates are formatted in, for an app language and the browser's own locale. The browser's
 * locale when it is the same language (en-GB, de-AT keep their region's conventions) or one we do not speak (a
 * French browser reading the English app keeps "1 234,00 €"); otherwise the app language's main region (a German
 * browser switched to English reads "$1,234.00", an English one switched to Deutsch "1.234,00 $").
 */
export function formattingLocale(appLocale: AppLocale, browserLocale: string | null | undefined): string {
  if (browserLocale) {
    const language = languageOf(browserLocale);
    if (language === appLocale || (appLocale === DEFAULT_LOCALE && !isAppLocale(language))) {
      return browserLocale;
    }
  }
  return FORMAT_DEFAULTS[appLocale];
}

/** The Set-Cookie value (document.cookie) that remembers a language for a year, for every page. */
export function localeCookie(locale: AppLocale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}
