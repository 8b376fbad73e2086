'use client';
import { useTranslations } from 'next-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import { Field } from '@/components/ui/Field';
import type { ScheduleFormValues } from '@/features/recurring/recurring-form';
import { useLocale } from '@/lib/locale';
import { weekdayName } from '@/features/recurring/recurring';
import styles from './Recurring.module.css';

const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const EVERY_LABEL = { days: 'everyDays', weeks: 'everyWeeks', yearly: 'everyYears' } as const;

/**
 * "Repeats … every … on …": the schedule's fields, inside a form that provides them (FormProvider) — the create
 * form's schedule and the edit form's new one. `idPrefix` keeps two forms on a page apart.
 */
export function ScheduleFields({ idPrefix }: { idPrefix: string }) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ScheduleFormValues>();
  const kind = useWatch({ control, name: 'kind' });
  const t = useTranslations('recurring.form');
  const locale = useLocale();
  const everyLabel = EVERY_LABEL[kind as keyof typeof EVERY_LABEL] ?? 'everyMonths';
  return (
    <>
      <div className={styles.grid}>
        <Field id={`${idPrefix}-kind`} label={t('repeats')} error={errors.kind?.message}>
          {(a11y) => (
            <select {...a11y} {...register('kind')}>
              <option value="monthly">{t('kindMonthly')}</option>
              <option value="monthlyLastDay">{t('kindMonthlyLastDay')}</option>
              <option value="monthlyWeekday">{t('kindMonthlyWeekday')}</option>
              <option value="weeks">{t('kindWeeks')}</option>
              <option value="days">{t('kindDays')}</option>
              <option value="yearly">{t('kindYearly')}</option>
            </select>
          )}
        </Field>
        <Field id={`${idPrefix}-every`} label={t(everyLabel)} error={errors.every?.message}>
          {(a11y) => <input {...a11y} inputMode="numeric" autoComplete="off" {...register('every')} />}
        </Field>
      </div>
      {kind === 'monthly' && (
        <Field id={`${idPrefix}-day`} label={t('day')} error={errors.day?.message} hint={t('dayHint')}>
          {(a11y) => <input {...a11y} inputMode="numeric" autoComplete="off" {...register('day')} />}
        </Field>
      )}
      {kind === 'monthlyWeekday' && (
        <div className={styles.grid}>
          <Field id={`${idPrefix}-week`} label={t('week')} error={errors.week?.message}>
            {(a11y) => (
              <select {...a11y} {...register('week')}>
                <option value="1">{t('week1')}</option>
                <option value="2">{t('week2')}</option>
                <option value="3">{t('week3')}</option>
                <option value="4">{t('week4')}</option>
                <option value="-1">{t('weekLast')}</option>
              </select>
            )}
          </Field>
          <Field id={`${idPrefix}-weekday`} label={t('weekday')} error={errors.weekday?.message}>
            {(a11y) => (
              <select {...a11y} {...register('weekday')}>
                {ISO_WEEKDAYS.map((weekday) => (
                  <option key={weekday} value={String(weekday)}>
                    {weekdayName(weekday, locale)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
    </>
  );
}
