'use client';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { LanguageSelect } from './LanguageSelect';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { useMe, useUpdateProfile } from '@/lib/api/queries';
import { useLocale } from '@/lib/locale';
import { BudgetAlerts } from './BudgetAlerts';

// Every section is a form: they load beside the person's data instead of in the page's first load (their form
// library and rules, zod, are most of a settings page's JavaScript).
const SettingsForm = dynamic(() => import('./SettingsForm').then((module) => module.SettingsForm), {
  ssr: false,
  loading: () => <LoadingSettings />,
});
const ExchangeRates = dynamic(() => import('./ExchangeRates').then((module) => module.ExchangeRates), {
  ssr: false,
});
const SecuritySettings = dynamic(
  () => import('./SecuritySettings').then((module) => module.SecuritySettings),
  { ssr: false },
);
const YourData = dynamic(() => import('./YourData').then((module) => module.YourData), { ssr: false });

function LoadingSettings() {
  return <Loading label={useTranslations('settings')('loading')} height="20rem" />;
}

export function SettingsView() {
  const t = useTranslations('settings');
  const me = useMe();
  const update = useUpdateProfile();
  const locale = useLocale();
  return (
    <>
      <h1>{t('title')}</h1>
      {me.isPending ? (
        <LoadingSettings />
      ) : me.isError ? (
        <ErrorState what={t('what')} error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <SettingsForm profile={me.data} locale={locale} onSave={(values) => update.mutateAsync(values)} />
      )}
      <LanguageSelect />
      <BudgetAlerts />
      <section className="card" aria-labelledby="settings-rules">
        <h2 id="settings-rules">{t('rulesTitle')}</h2>
        <p>{t.rich('rulesBody', { link: (chunks) => <Link href="/rules">{chunks}</Link> })}</p>
      </section>
      <ExchangeRates locale={locale} />
      <SecuritySettings />
      <YourData />
    </>
  );
}
