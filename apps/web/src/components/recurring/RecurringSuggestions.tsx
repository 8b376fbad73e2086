'use client';
import type { Category, RecurringSuggestion } from '@spendwise/contracts';
import { dayLabel } from '@/lib/dates';
import { formatAmount } from '@/lib/money';
import { scheduleInWords } from '@/lib/recurring';
import styles from './Recurring.module.css';

/** A suggestion's name as the person knows it: the merchant when there is one, else the expense's wording. */
export const suggestionName = (suggestion: RecurringSuggestion) =>
  suggestion.merchant ?? suggestion.description;

/** Habits found in the person's expenses, each to make recurring (the form, filled) or to dismiss for good. */
export function RecurringSuggestions({
  suggestions,
  categories,
  locale,
  busy,
  onAccept,
  onDismiss,
}: {
  suggestions: RecurringSuggestion[];
  categories: Map<string, Category>;
  locale: string;
  busy: boolean;
  onAccept: (suggestion: RecurringSuggestion) => void;
  onDismiss: (suggestion: RecurringSuggestion) => void;
}) {
  return (
    <ul className={styles.list} aria-label="Suggested recurring expenses">
      {suggestions.map((item) => {
        const name = suggestionName(item);
        const category = item.categoryId ? categories.get(item.categoryId)?.name : undefined;
        return (
          <li key={item.key} className={styles.row} data-testid="recurring-suggestion">
            <div>
              <p className={styles.title}>
                <span>{name}</span>
                <span className="tabular">{formatAmount(item.amountMinor, item.currency, locale)}</span>
              </p>
              <p className={styles.details}>
                {scheduleInWords(item.schedule)}
                {category && ` · ${category}`} · seen {item.seen} times, last on{' '}
                {dayLabel(item.lastOn, locale)} · next on {dayLabel(item.startOn, locale)}
              </p>
            </div>
            <div className={styles.controls}>
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => onAccept(item)}
                aria-label={`Make recurring: ${name}`}
              >
                Make recurring
              </button>
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => onDismiss(item)}
                aria-label={`Dismiss: ${name}`}
              >
                Dismiss
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
