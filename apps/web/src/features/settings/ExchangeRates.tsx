'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { CURRENCY_CODES } from '@spendwise/contracts/money';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/Alert';
import { CurrencyOptions } from '@/components/ui/CurrencyOptions';
import { ErrorState } from '@/components/ui/ErrorState';
import { Field } from '@/components/ui/Field';
import { Loading } from '@/components/ui/Loading';
import { useDescribeError } from '@/lib/api/errors';
import { usePersonalRateMutations, usePersonalRates } from '@/lib/api/queries';
import {
  PERSONAL_RATE_FORM_FIELDS,
  personalRateFormSchema,
  type PersonalRateFormOutput,
  type PersonalRateFormValues,
} from '@/features/settings/personal-rate-form';
import { useShowApiError } from '@/lib/forms/show-api-error';

/** Where the dashboard's "not in these totals" notice sends people. */
export const EXCHANGE_RATES_ANCHOR = 'exchange-rates';

/**
 * Settings → Exchange rates: rates the person enters for a currency (or a day) ECB does not publish, in ECB's own
 * form — how many units of the currency one euro buys — so the rate is stored exactly as typed. They count in this
 * person's totals only, and win over ECB's rate of the same currency and day.
 */
export function ExchangeRates({ locale }: { locale: string }) {
  const showApiError = useShowApiError();
  const describeError = useDescribeError();
  const t = useTranslations('exchangeRates');
  const tCommon = useTranslations('common');
  const rates = usePersonalRates();
  const { set, remove } = usePersonalRateMutations();
  const [status, setStatus] = useState('');
  const currencies = useMemo(() => CURRENCY_CODES.filter((code) => code !== 'EUR'), []);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<PersonalRateFormValues, unknown, PersonalRateFormOutput>({
    resolver: zodResolver(personalRateFormSchema),
    defaultValues: { currency: 'USD', date: '', rate: '' },
  });
  const currency = useWatch({ control, name: 'currency' });

  const submit = handleSubmit(async (values) => {
    setStatus('');
    try {
      const saved = await set.mutateAsync(values);
      setStatus(t('saved', { rate: saved.rate, currency: saved.currency, date: saved.date }));
    } catch (error) {
      showApiError(error, setError, PERSONAL_RATE_FORM_FIELDS);
    }
  });

  return (
    <section className="card stack" id={EXCHANGE_RATES_ANCHOR} aria-labelledby="exchange-rates-heading">
      <h2 id="exchange-rates-heading">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {status && <Alert tone="success">{status}</Alert>}
      <form onSubmit={submit} noValidate aria-label={t('formLabel')} className="stack">
        {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
        {/* Not "Currency": that label is the profile's base currency, above on the same page. */}
        <Field id="rate-currency" label={t('rateFor')} error={errors.currency?.message}>
          {(a11y) => (
            <select {...a11y} {...register('currency')}>
              <CurrencyOptions codes={currencies} locale={locale} />
            </select>
          )}
        </Field>
        <Field id="rate-date" label={t('day')} error={errors.date?.message}>
          {(a11y) => <input {...a11y} type="date" {...register('date')} />}
        </Field>
        <Field
          id="rate-value"
          label={currency ? t('perEuro', { currency }) : t('perEuroNoCurrency')}
          error={errors.rate?.message}
          hint={t('rateHint')}
        >
          {(a11y) => <input {...a11y} inputMode="decimal" autoComplete="off" {...register('rate')} />}
        </Field>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? tCommon('saving') : t('save')}
          </button>
        </div>
      </form>
      {rates.isPending ? (
        <Loading label={t('loading')} />
      ) : rates.isError ? (
        <ErrorState what={t('what')} error={rates.error} onRetry={() => void rates.refetch()} />
      ) : rates.data.items.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className="stack" aria-label={t('listLabel')}>
          {rates.data.items.map((rate) => (
            <li key={`${rate.currency}-${rate.date}`} className="row">
              <span>{t('rate', { date: rate.date, rate: rate.rate, currency: rate.currency })}</span>
              <button
                type="button"
                className="btn btn-small btn-danger"
                aria-label={t('removeLabel', { currency: rate.currency, date: rate.date })}
                disabled={remove.isPending}
                onClick={async () => {
                  setStatus('');
                  try {
                    await remove.mutateAsync({ currency: rate.currency, date: rate.date });
                    setStatus(t('removed', { currency: rate.currency, date: rate.date }));
                  } catch (error) {
                    setStatus(describeError(error));
                  }
                }}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
