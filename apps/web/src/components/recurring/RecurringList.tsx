'use client';
import type { Category, RecurringSeries } from '@spendwise/contracts';
import { dayLabel } from '@/lib/dates';
import { formatAmount } from '@/lib/money';
import { scheduleInWords, seriesState } from '@/lib/recurring';
import styles from './Recurring.module.css';

export interface RecurringActions {
  onEdit: (series: RecurringSeries) => void;
  onSkip: (series: RecurringSeries, date: string) => void;
  onPause: (series: RecurringSeries) => void;
  onResume: (series: RecurringSeries) => void;
  onEnd: (series: RecurringSeries) => void;
}

/** What a row says after the schedule: the next date, or why there is none. */
function whatsNext(series: RecurringSeries, locale: string): string {
  const state = seriesState(series);
  if (state === 'ended') return series.endOn ? `Ended on ${dayLabel(series.endOn, locale)}` : 'Ended';
  const next = dayLabel(series.nextOn!, locale);
  return state === 'paused' ? `Paused (next on ${next} if resumed)` : `Next on ${next}`;
}

export function RecurringList({
  series,
  categories,
  locale,
  busy,
  actions,
}: {
  series: RecurringSeries[];
  categories: Map<string, Category>;
  locale: string;
  /** A change is on its way: the buttons wait for it. */
  busy: boolean;
  actions: RecurringActions;
}) {
  return (
    <ul className={styles.list} aria-label="Recurring expenses">
      {series.map((item) => {
        const state = seriesState(item);
        const category = item.categoryId ? categories.get(item.categoryId)?.name : undefined;
        return (
          <li key={item.id} className={styles.row} data-testid="recurring-row">
            <div>
              <p className={styles.title}>
                <span>{item.description}</span>
                <span className="tabular">{formatAmount(item.amountMinor, item.currency, locale)}</span>
              </p>
              <p className={styles.details}>
                {scheduleInWords(item.schedule)}
                {category && ` · ${category}`} · {whatsNext(item, locale)}
              </p>
            </div>
            {state !== 'ended' && (
              <div className={styles.controls}>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy}
                  onClick={() => actions.onEdit(item)}
                  aria-label={`Edit ${item.description}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy}
                  onClick={() => actions.onSkip(item, item.nextOn!)}
                  aria-label={`Skip next ${item.description} on ${dayLabel(item.nextOn!, locale)}`}
                >
                  Skip next
                </button>
                {state === 'paused' ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy}
                    onClick={() => actions.onResume(item)}
                    aria-label={`Resume ${item.description}`}
                  >
                    Resume
                  </button>
                ) : (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy}
                    onClick={() => actions.onPause(item)}
                    aria-label={`Pause ${item.description}`}
                  >
                    Pause
                  </button>
                )}
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  disabled={busy}
                  onClick={() => actions.onEnd(item)}
                  aria-label={`End ${item.description}`}
                >
                  End
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
