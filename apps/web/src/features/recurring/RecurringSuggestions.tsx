'use client';
import type { Category, RecurringSuggestion } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import { dayLabel } from '@/lib/dates';
import { formatAmount } from '@/lib/money';
import { scheduleInWords } from '@/features/recurring/recurring';
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
  const t = useTranslations('recurring.suggestions');
  const tSchedule = useTranslations('recurring.schedule');
  const tRecurring = useTranslations('recurring');
  return (
    <ul className={styles.list} aria-label={t('label')}>
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
                {scheduleInWords(item.schedule, tSchedule, locale)}
                {category && ` · ${category}`} ·{' '}
                {t('seen', {
                  count: item.seen,
                  last: dayLabel(item.lastOn, locale),
                  next: dayLabel(item.startOn, locale),
                })}
              </p>
            </div>
            <div className={styles.controls}>
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => onAccept(item)}
                aria-label={t('makeRecurringLabel', { name })}
              >
                {tRecurring('makeRecurring')}
              </button>
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => onDismiss(item)}
                aria-label={t('dismissLabel', { name })}
              >
                {t('dismiss')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
