'use client';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { useMe, useUpdateProfile } from '@/lib/api/queries';
import { useLocale } from '@/lib/locale';
import { ExchangeRates } from './ExchangeRates';
import { SecuritySettings } from './SecuritySettings';
import { SettingsForm } from './SettingsForm';
import { YourData } from './YourData';

export function SettingsView() {
  const me = useMe();
  const update = useUpdateProfile();
  const locale = useLocale();
  return (
    <>
      <h1>Settings</h1>
      {me.isPending ? (
        <Loading label="Loading your settings" height="20rem" />
      ) : me.isError ? (
        <ErrorState what="your settings" error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <SettingsForm profile={me.data} locale={locale} onSave={(values) => update.mutateAsync(values)} />
      )}
      <ExchangeRates locale={locale} />
      <SecuritySettings />
      <YourData />
    </>
  );
}
