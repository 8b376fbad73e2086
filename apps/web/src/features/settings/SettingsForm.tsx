'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import type { UserProfile } from '@spendwise/contracts';
import { CURRENCY_CODES } from '@spendwise/contracts/money';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/Alert';
import { CurrencyOptions } from '@/components/ui/CurrencyOptions';
import { Field } from '@/components/ui/Field';
import {
  PROFILE_FORM_FIELDS,
  profileFormSchema,
  type ProfileFormOutput,
  type ProfileFormValues,
} from '@/features/settings/profile-form';
import { useShowApiError } from '@/lib/forms/show-api-error';

/** The values offered, with the person's current one first if it is not among them. */
function options(current: string, all: readonly string[]): readonly string[] {
  return all.includes(current) ? all : [current, ...all];
}

export function SettingsForm({
  profile,
  locale,
  onSave,
}: {
  profile: UserProfile;
  locale: string;
  onSave: (values: ProfileFormOutput) => Promise<unknown>;
}) {
  const showApiError = useShowApiError();
  const t = useTranslations('settings');
  const tCommon = useTranslations('common');
  const currencies = useMemo(() => options(profile.currency, CURRENCY_CODES), [profile.currency]);
  const timeZones = useMemo(
    () => options(profile.timeZone, Intl.supportedValuesOf('timeZone')),
    [profile.timeZone],
  );
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProfileFormValues, unknown, ProfileFormOutput>({
    resolver: zodResolver(profileFormSchema),
    values: {
      displayName: profile.displayName ?? '',
      currency: profile.currency,
      timeZone: profile.timeZone,
    },
  });

  const submit = handleSubmit(async (values) => {
    setSaved(false);
    try {
      await onSave(values);
      setSaved(true);
    } catch (error) {
      showApiError(error, setError, PROFILE_FORM_FIELDS);
    }
  });

  return (
    <form onSubmit={submit} noValidate className="card" aria-label={t('profile')}>
      {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
      {saved && <Alert tone="success">{t('saved')}</Alert>}
      <Field id="settings-email" label={t('email')} hint={t('emailHint')}>
        {(a11y) => <input {...a11y} value={profile.email} readOnly />}
      </Field>
      <Field
        id="settings-name"
        label={t('displayName')}
        error={errors.displayName?.message}
        hint={t('displayNameHint')}
      >
        {(a11y) => <input {...a11y} autoComplete="name" {...register('displayName')} />}
      </Field>
      <Field
        id="settings-currency"
        label={t('currency')}
        error={errors.currency?.message}
        hint={t('currencyHint')}
      >
        {(a11y) => (
          <select {...a11y} {...register('currency')}>
            <CurrencyOptions codes={currencies} locale={locale} />
          </select>
        )}
      </Field>
      <Field
        id="settings-zone"
        label={t('timeZone')}
        error={errors.timeZone?.message}
        hint={t('timeZoneHint')}
      >
        {(a11y) => (
          <select {...a11y} {...register('timeZone')}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? tCommon('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
