/**
 * Testing Library's `render`, inside the app's message provider: components read their text from
 * messages/<locale>.json as in the app. English unless a test passes `locale: 'de'`.
 */
import {
  render as baseRender,
  renderHook as baseRenderHook,
  type RenderHookOptions,
  type RenderOptions,
} from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactElement, ReactNode } from 'react';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import type { AppLocale } from '@/i18n/locales';

export * from '@testing-library/react';

const MESSAGES = { en, de };

export function IntlWrapper({ locale = 'en', children }: { locale?: AppLocale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}

export function render(ui: ReactElement, options: RenderOptions & { locale?: AppLocale } = {}) {
  const { locale, ...rest } = options;
  return baseRender(ui, {
    ...rest,
    wrapper: ({ children }) => <IntlWrapper locale={locale ?? 'en'}>{children}</IntlWrapper>,
  });
}

export function renderHook<Result, Props>(
  callback: (props: Props) => Result,
  options: RenderHookOptions<Props> & { locale?: AppLocale } = {},
) {
  const { locale, ...rest } = options;
  return baseRenderHook(callback, {
    ...rest,
    wrapper: ({ children }) => <IntlWrapper locale={locale ?? 'en'}>{children}</IntlWrapper>,
  });
}

/**
 * Message keys that show on the page instead of their text ("budgets.row.set"), or dotted key paths in aria labels:
 * next-intl renders a missing key as its path, so a German page must show none.
 */
export function leakedKeys(container: HTMLElement): string[] {
  const texts = [
    container.textContent ?? '',
    ...[...container.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap((element) =>
      ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
    ),
  ];
  return texts.flatMap((text) => text.match(/\b[a-z][A-Za-z]+(?:\.[a-z][A-Za-z0-9]+)+\b/g) ?? []);
}
