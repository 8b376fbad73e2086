'use client';
import { monthLabel, shiftMonth } from '@/lib/dates';
import styles from './MonthPicker.module.css';

/** Previous / next buttons around a native month field. Months after `latest` cannot be picked. */
export function MonthPicker({
  month,
  latest,
  locale,
  onChange,
}: {
  month: string;
  latest: string;
  locale: string;
  onChange: (month: string) => void;
}) {
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return (
    <div className={styles.picker} role="group" aria-label="Month">
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange(previous)}
        aria-label={`Previous month, ${monthLabel(previous, locale)}`}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <label className="visually-hidden" htmlFor="dashboard-month">
        Show month
      </label>
      <input
        id="dashboard-month"
        type="month"
        className={styles.input}
        value={month}
        max={latest}
        onChange={(event) => {
          if (event.target.value && event.target.value <= latest) onChange(event.target.value);
        }}
      />
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange(next)}
        disabled={next > latest}
        aria-label={`Next month, ${monthLabel(next, locale)}`}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
