import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { themeInitScript } from '@/components/theme/theme-script';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return {
    title: { default: 'SpendWise', template: '%s · SpendWise' },
    description: t('description'),
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f6f7f9' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1318' },
  ],
};

/**
 * Reads the request's CSP nonce (set by src/proxy.ts), which also makes every page render per request: a page
 * prerendered at build time could not carry this response's nonce, and its scripts would be refused.
 * The language (src/i18n/request.ts) sets `lang` and hands the browser that language's messages only.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const [locale, messages, t] = await Promise.all([getLocale(), getMessages(), getTranslations('app')]);
  return (
    // The theme script sets data-theme before React hydrates, so the attribute may differ from the server's.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>
        <NextIntlClientProvider locale={locale} messages={messages}>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
