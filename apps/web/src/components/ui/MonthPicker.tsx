'use client';
import { useTranslations } from 'next-intl';
import { monthLabel, shiftMonth } from '@/lib/dates';
import styles from './MonthPicker.module.css';

/** Previous / next buttons around a native month field. Months after `latest`, when given, cannot be picked. */
export function MonthPicker({
  id,
  month,
  latest,
  locale,
  onChange,
  disabled = false,
}: {
  /** The month field's id, unique on the page. */
  id: string;
  month: string;
  latest?: string;
  locale: string;
  onChange: (month: string) => void;
  /** Nothing can be picked (e.g. offline, when another month cannot be fetched). */
  disabled?: boolean;
}) {
  const t = useTranslations('monthPicker');
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const pickable = (value: string) => latest === undefined || value <= latest;
  return (
    <div className={styles.picker} role="group" aria-label={t('label')}>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange(previous)}
        disabled={disabled}
        aria-label={t('previous', { month: monthLabel(previous, locale) })}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <label className="visually-hidden" htmlFor={id}>
        {t('show')}
      </label>
      <input
        id={id}
        type="month"
        className={styles.input}
        value={month}
        max={latest}
        disabled={disabled}
        onChange={(event) => {
          if (event.target.value && pickable(event.target.value)) onChange(event.target.value);
        }}
      />
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange(next)}
        disabled={disabled || !pickable(next)}
        aria-label={t('next', { month: monthLabel(next, locale) })}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
