/**
 * The message files: German has exactly the keys English has (a missing one would show its key, an extra one is a
 * leftover), every message uses the same placeholders and tags in both, and each parses as ICU.
 */
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import { LOCALES } from './locales';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

/** `{name}`, `{count, plural, …}`'s argument and `<tag>`s: what the code must supply. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  // A plural or select branch ("one {expense}") is text, not an argument.
  const argument = /(?<!(?:\b(?:zero|one|two|few|many|other)|=\d+)\s*)\{\s*([A-Za-z_]\w*)\s*[,}]/g;
  for (const [, name] of message.matchAll(argument)) found.add(`{${name}}`);
  for (const [, tag] of message.matchAll(/<\/?([A-Za-z][\w]*)>/g)) found.add(`<${tag}>`);
  return [...found].sort();
}

const english = flatten(en);
const german = flatten(de);

describe('messages', () => {
  it('has a file for each language the app offers', () => {
    expect(LOCALES).toEqual(['en', 'de']);
  });

  it('German has exactly the keys English has', () => {
    const missing = [...english.keys()].filter((key) => !german.has(key));
    const extra = [...german.keys()].filter((key) => !english.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('every German message has the same placeholders and tags as the English one', () => {
    const differing = [...english]
      .filter(([key]) => german.has(key))
      .map(([key, text]) => ({ key, en: placeholders(text), de: placeholders(german.get(key)!) }))
      .filter(({ en: inEnglish, de: inGerman }) => inEnglish.join() !== inGerman.join());
    expect(differing).toEqual([]);
  });

  it('every message formats in its language with the values the code passes', () => {
    for (const [locale, messages, tree] of [
      ['en', english, en],
      ['de', german, de],
    ] as const) {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages: tree, onError: (error) => errors.push(error.message) });
      for (const [key, text] of messages) {
        const values = Object.fromEntries(
          placeholders(text).map((name) =>
            name.startsWith('<')
              ? [name.slice(1, -1), (chunks: string) => chunks]
              : [name.slice(1, -1), name === '{count}' || name === '{day}' ? 2 : 'x'],
          ),
        );
        t.markup(key as never, values as never);
      }
      expect(errors, locale).toEqual([]);
    }
  });

  it('finds a placeholder that differs (the check can fail)', () => {
    expect(placeholders('Hallo {name}, <link>hier</link>')).toEqual(['<link>', '{name}']);
    expect(placeholders('{count, plural, one {# Tag} other {# Tage}}')).toEqual(['{count}']);
    expect(placeholders('{n} {total, plural, one {Ausgabe} other {Ausgaben}}')).toEqual(['{n}', '{total}']);
    expect(placeholders('your time zone {timeZone}')).toEqual(['{timeZone}']);
  });
});
