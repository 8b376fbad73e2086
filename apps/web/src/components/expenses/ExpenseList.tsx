'use client';
import type { Category, Expense } from '@spendwise/contracts';
import { dayLabel } from '@/lib/dates';
import { formatAmount } from '@/lib/money';
import styles from './ExpenseList.module.css';

interface ExpenseListProps {
  expenses: Expense[];
  categories: Map<string, Category>;
  locale: string;
  onEdit: (expense: Expense) => void;
  onDelete: (expense: Expense) => void;
  label: string;
}

/** Expenses as a list: what, when, which category, how much, and buttons to change or remove each. */
export function ExpenseList({ expenses, categories, locale, onEdit, onDelete, label }: ExpenseListProps) {
  return (
    <ul className={styles.list} aria-label={label}>
      {expenses.map((expense) => {
        const category = expense.categoryId ? categories.get(expense.categoryId) : undefined;
        return (
          <li key={expense.id} className={styles.item} data-testid="expense-row">
            <span
              className={styles.swatch}
              style={{ background: category?.color ?? 'var(--border)' }}
              aria-hidden="true"
            />
            <div className={styles.main}>
              <span className={styles.description}>{expense.description}</span>
              <span className={styles.meta}>
                {dayLabel(expense.occurredOn, locale)} · {category?.name ?? 'Uncategorised'}
                {expense.merchant && ` · ${expense.merchant}`}
              </span>
            </div>
            <span className={`${styles.amount} tabular`}>
              {formatAmount(expense.amountMinor, expense.currency, locale)}
            </span>
            <div className={styles.buttons}>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => onEdit(expense)}
                aria-label={`Edit ${expense.description}`}
              >
                Edit
              </button>
              <button
                type="button"
                className="btn btn-small btn-danger"
                onClick={() => onDelete(expense)}
                aria-label={`Delete ${expense.description}`}
              >
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
