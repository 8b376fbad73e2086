'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { CURRENCY_CODES } from '@spendwise/contracts/money';
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
} from '@/lib/forms/personal-rate-form';
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
      setStatus(`Saved: 1 EUR = ${saved.rate} ${saved.currency} on ${saved.date}.`);
    } catch (error) {
      showApiError(error, setError, PERSONAL_RATE_FORM_FIELDS);
    }
  });

  return (
    <section className="card stack" id={EXCHANGE_RATES_ANCHOR} aria-labelledby="exchange-rates-heading">
      <h2 id="exchange-rates-heading">Exchange rates</h2>
      <p className="muted">
        Totals use the European Central Bank’s daily rates. For a currency or a day it has no rate for, enter
        your own: it counts in your totals only, and for that currency and day it is used instead of the
        bank’s. Expenses dated up to 7 days after a rate use it too.
      </p>
      {status && <Alert tone="success">{status}</Alert>}
      <form onSubmit={submit} noValidate aria-label="Add an exchange rate" className="stack">
        {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
        {/* Not "Currency": that label is the profile's base currency, above on the same page. */}
        <Field id="rate-currency" label="Rate for" error={errors.currency?.message}>
          {(a11y) => (
            <select {...a11y} {...register('currency')}>
              <CurrencyOptions codes={currencies} locale={locale} />
            </select>
          )}
        </Field>
        <Field id="rate-date" label="Day" error={errors.date?.message}>
          {(a11y) => <input {...a11y} type="date" {...register('date')} />}
        </Field>
        <Field
          id="rate-value"
          label={`${currency || 'Units'} per 1 EUR`}
          error={errors.rate?.message}
          hint="How many units of the currency one euro bought that day, e.g. 1.0512 for USD. Use a point for decimals."
        >
          {(a11y) => <input {...a11y} inputMode="decimal" autoComplete="off" {...register('rate')} />}
        </Field>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save rate'}
          </button>
        </div>
      </form>
      {rates.isPending ? (
        <Loading label="Loading your exchange rates" />
      ) : rates.isError ? (
        <ErrorState what="your exchange rates" error={rates.error} onRetry={() => void rates.refetch()} />
      ) : rates.data.items.length === 0 ? (
        <p className="muted">You have not entered any rates.</p>
      ) : (
        <ul className="stack" aria-label="Your exchange rates">
          {rates.data.items.map((rate) => (
            <li key={`${rate.currency}-${rate.date}`} className="row">
              <span>
                {rate.date}: 1 EUR = {rate.rate} {rate.currency}
              </span>
              <button
                type="button"
                className="btn btn-small btn-danger"
                aria-label={`Remove the ${rate.currency} rate of ${rate.date}`}
                disabled={remove.isPending}
                onClick={async () => {
                  setStatus('');
                  try {
                    await remove.mutateAsync({ currency: rate.currency, date: rate.date });
                    setStatus(`Removed the ${rate.currency} rate of ${rate.date}.`);
                  } catch (error) {
                    setStatus(describeError(error));
                  }
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
