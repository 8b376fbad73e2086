'use client';
import { useTranslations } from 'next-intl';
import type { Category, Expense } from '@spendwise/contracts';
import { dayLabel } from '@/lib/dates';
import { formatAmount } from '@/lib/money';
import Link from 'next/link';
import { tagHref } from '@/features/expenses/expense-links';
import styles from './ExpenseList.module.css';

/** An expense, with its amount in the dashboard's currency when the list shows one (the dashboard's recent items). */
type ListedExpense = Expense & { baseAmountMinor?: number | null };

interface ExpenseListProps {
  expenses: ListedExpense[];
  /** The currency converted amounts are in; expenses in another one show their original amount beside. */
  baseCurrency?: string;
  categories: Map<string, Category>;
  locale: string;
  onEdit: (expense: Expense) => void;
  onDelete: (expense: Expense) => void;
  /** Opens the recurring form filled from the expense; no button without it. */
  onMakeRecurring?: (expense: Expense) => void;
  /** Opens the add form filled from the expense; no button without it. */
  onDuplicate?: (expense: Expense) => void;
  /** A checkbox per row for bulk actions; none without it. */
  selection?: { selected: Set<string>; onToggle: (id: string) => void };
  label: string;
}

/** Expenses as a list: what, when, which category, how much, and buttons to change, repeat or remove each. */
export function ExpenseList({
  expenses,
  baseCurrency,
  categories,
  locale,
  onEdit,
  onDelete,
  onMakeRecurring,
  onDuplicate,
  selection,
  label,
}: ExpenseListProps) {
  const t = useTranslations('expenses');
  return (
    <ul className={styles.list} aria-label={label}>
      {expenses.map((expense) => {
        const category = expense.categoryId ? categories.get(expense.categoryId) : undefined;
        return (
          <li
            key={expense.id}
            className={selection ? `${styles.item} ${styles.selectable}` : styles.item}
            data-testid="expense-row"
          >
            {selection && (
              <input
                type="checkbox"
                className={styles.select}
                checked={selection.selected.has(expense.id)}
                onChange={() => selection.onToggle(expense.id)}
                aria-label={t('select', { description: expense.description })}
              />
            )}
            <span
              className={styles.swatch}
              style={{ background: category?.color ?? 'var(--border)' }}
              aria-hidden="true"
            />
            <div className={styles.main}>
              <span className={styles.description}>{expense.description}</span>
              <span className={styles.meta}>
                {dayLabel(expense.occurredOn, locale)} · {category?.name ?? t('uncategorised')}
                {expense.merchant && ` · ${expense.merchant}`}
              </span>
              {expense.tags.length > 0 && (
                <span className={styles.tags}>
                  {expense.tags.map((tag) => (
                    <Link
                      key={tag}
                      className={styles.tag}
                      href={tagHref(tag)}
                      aria-label={t('tagged', { tag })}
                    >
                      #{tag}
                    </Link>
                  ))}
                </span>
              )}
            </div>
            <Amount expense={expense} baseCurrency={baseCurrency} locale={locale} />
            <div className={styles.buttons}>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => onEdit(expense)}
                aria-label={t('editLabel', { description: expense.description })}
                data-action="edit"
              >
                {t('edit')}
              </button>
              {onDuplicate && (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => onDuplicate(expense)}
                  aria-label={t('duplicateLabel', { description: expense.description })}
                  data-action="duplicate"
                >
                  {t('duplicate')}
                </button>
              )}
              {/* A series repeats spending; money back is not something to schedule. */}
              {onMakeRecurring && expense.amountMinor > 0 && (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => onMakeRecurring(expense)}
                  aria-label={t('makeRecurringLabel', { description: expense.description })}
                >
                  {t('makeRecurring')}
                </button>
              )}
              <button
                type="button"
                className="btn btn-small btn-danger"
                onClick={() => onDelete(expense)}
                aria-label={t('deleteLabel', { description: expense.description })}
                data-action="delete"
              >
                {t('delete')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The amount as recorded (a refund's negative, labelled "Refund"); in a list with a base currency, an expense in another currency shows its converted amount
 * with the original beside it, or says that no rate converts it (it is then in no total).
 */
function Amount({
  expense,
  baseCurrency,
  locale,
}: {
  expense: ListedExpense;
  baseCurrency: string | undefined;
  locale: string;
}) {
  const t = useTranslations('expenses');
  const original = formatAmount(expense.amountMinor, expense.currency, locale);
  // Said in words, not only by the minus sign: a refund lowers the totals, and a glance must not read it as spending.
  const refund = expense.amountMinor < 0 && <span className={styles.refund}>{t('refund')}</span>;
  if (!baseCurrency || expense.currency === baseCurrency || expense.baseAmountMinor === undefined) {
    return (
      <span className={`${styles.amount} tabular`}>
        {original}
        {refund}
      </span>
    );
  }
  return (
    <span className={`${styles.amount} tabular`} data-testid="converted-amount">
      {expense.baseAmountMinor === null
        ? t('noRate')
        : formatAmount(expense.baseAmountMinor, baseCurrency, locale)}
      <span className={styles.original}>{original}</span>
      {refund}
    </span>
  );
}
