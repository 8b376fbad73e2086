'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { Field } from '@/components/ui/Field';
import { LOCALE_NAMES, LOCALES, isAppLocale, localeCookie } from '@/i18n/locales';

/**
 * The app's language, remembered on this device in a cookie (the profile has no field for it): the server reads
 * it on every request (src/i18n/request.ts), so a refresh re-renders the page — and `lang` — in the new language.
 */
export function LanguageSelect() {
  const t = useTranslations('language');
  const locale = useLocale();
  const router = useRouter();
  const [switching, startSwitching] = useTransition();

  return (
    <section className="card" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('label')}</h2>
      <Field id="settings-language-select" label={t('label')} hint={t('hint')}>
        {(a11y) => (
          <select
            {...a11y}
            value={locale}
            disabled={switching}
            onChange={(event) => {
              const chosen = event.target.value;
              if (!isAppLocale(chosen)) return;
              document.cookie = localeCookie(chosen);
              startSwitching(() => router.refresh());
            }}
          >
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LOCALE_NAMES[code]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </section>
  );
}
