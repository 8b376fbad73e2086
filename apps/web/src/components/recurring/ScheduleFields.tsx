'use client';
import { useFormContext, useWatch } from 'react-hook-form';
import { Field } from '@/components/ui/Field';
import type { ScheduleFormValues } from '@/lib/forms/recurring-form';
import styles from './Recurring.module.css';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

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
  const unit = { days: 'days', weeks: 'weeks', yearly: 'years' }[kind as string] ?? 'months';
  return (
    <>
      <div className={styles.grid}>
        <Field id={`${idPrefix}-kind`} label="Repeats" error={errors.kind?.message}>
          {(a11y) => (
            <select {...a11y} {...register('kind')}>
              <option value="monthly">Monthly on a day</option>
              <option value="monthlyLastDay">Monthly on the last day</option>
              <option value="monthlyWeekday">Monthly on a weekday</option>
              <option value="weeks">Every few weeks</option>
              <option value="days">Every few days</option>
              <option value="yearly">Yearly</option>
            </select>
          )}
        </Field>
        <Field id={`${idPrefix}-every`} label={`Every how many ${unit}`} error={errors.every?.message}>
          {(a11y) => <input {...a11y} inputMode="numeric" autoComplete="off" {...register('every')} />}
        </Field>
      </div>
      {kind === 'monthly' && (
        <Field
          id={`${idPrefix}-day`}
          label="Day of the month"
          error={errors.day?.message}
          hint="In a shorter month, its last day"
        >
          {(a11y) => <input {...a11y} inputMode="numeric" autoComplete="off" {...register('day')} />}
        </Field>
      )}
      {kind === 'monthlyWeekday' && (
        <div className={styles.grid}>
          <Field id={`${idPrefix}-week`} label="Which one" error={errors.week?.message}>
            {(a11y) => (
              <select {...a11y} {...register('week')}>
                <option value="1">First</option>
                <option value="2">Second</option>
                <option value="3">Third</option>
                <option value="4">Fourth</option>
                <option value="-1">Last</option>
              </select>
            )}
          </Field>
          <Field id={`${idPrefix}-weekday`} label="Weekday" error={errors.weekday?.message}>
            {(a11y) => (
              <select {...a11y} {...register('weekday')}>
                {WEEKDAYS.map((name, index) => (
                  <option key={name} value={String(index + 1)}>
                    {name}
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
