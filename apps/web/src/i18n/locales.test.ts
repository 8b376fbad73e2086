import { describe, expect, it } from 'vitest';
import { acceptedLanguages, formattingLocale, localeCookie, resolveLocale } from './locales';

describe('resolveLocale', () => {
  it('takes the language chosen in Settings (the cookie) over the browser', () => {
    expect(resolveLocale({ cookie: 'de', acceptLanguage: 'en-US,en;q=0.9' })).toBe('de');
    expect(resolveLocale({ cookie: 'en', acceptLanguage: 'de-DE,de;q=0.9' })).toBe('en');
  });

  it('ignores a cookie naming a language the app does not speak', () => {
    expect(resolveLocale({ cookie: 'fr', acceptLanguage: 'de-AT' })).toBe('de');
    expect(resolveLocale({ cookie: '', acceptLanguage: null })).toBe('en');
  });

  it('takes the first language of Accept-Language the app speaks, by region-less language', () => {
    expect(resolveLocale({ acceptLanguage: 'de-CH' })).toBe('de');
    expect(resolveLocale({ acceptLanguage: 'fr-FR, fr;q=0.9, de;q=0.8, en;q=0.7' })).toBe('de');
    expect(resolveLocale({ acceptLanguage: 'en-GB,de;q=0.5' })).toBe('en');
  });

  it('orders by q-value, not by position, and skips q=0', () => {
    expect(resolveLocale({ acceptLanguage: 'en;q=0.4, de;q=0.9' })).toBe('de');
    expect(resolveLocale({ acceptLanguage: 'de;q=0, en;q=0.1' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: 'de;q=0' })).toBe('en');
  });

  it('falls back to English for unsupported, malformed or missing headers', () => {
    expect(resolveLocale({ acceptLanguage: 'ja-JP,ja;q=0.9' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: '*' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: 'de;q=abc' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: ',,;' })).toBe('en');
    expect(resolveLocale({})).toBe('en');
  });
});

describe('acceptedLanguages', () => {
  it('keeps the header order among equal weights', () => {
    expect(acceptedLanguages('de-DE, en, fr;q=0.5, it;q=0.5')).toEqual(['de-DE', 'en', 'fr', 'it']);
  });
});

describe('formattingLocale', () => {
  it("keeps the browser's region when it speaks the app's language", () => {
    expect(formattingLocale('de', 'de-AT')).toBe('de-AT');
    expect(formattingLocale('en', 'en-GB')).toBe('en-GB');
  });

  it("formats German the German way whatever the browser's language", () => {
    expect(formattingLocale('de', 'en-US')).toBe('de-DE');
    expect(formattingLocale('de', 'fr-FR')).toBe('de-DE');
    expect(formattingLocale('de', undefined)).toBe('de-DE');
  });

  it('formats English the US way for a German browser switched to English', () => {
    expect(formattingLocale('en', 'de-DE')).toBe('en-US');
  });

  it("keeps a browser's own conventions when English is only the fallback for its language", () => {
    expect(formattingLocale('en', 'fr-FR')).toBe('fr-FR');
  });
});

describe('localeCookie', () => {
  it('remembers the language for a year on every page', () => {
    expect(localeCookie('de')).toBe('NEXT_LOCALE=de; Path=/; Max-Age=31536000; SameSite=Lax');
  });
});
