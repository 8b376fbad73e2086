'use client';
import { useTranslations } from 'next-intl';
import { LIST_ORDERS, type ListOrder, orderKey } from '@/lib/expense-order';
import styles from './ListOrderSelect.module.css';

/** "Sort by" for the expense list: one choice per order, so a keyboard or screen reader reaches each in one step. */
export function ListOrderSelect({
  order,
  disabled = false,
  onChange,
}: {
  order: ListOrder;
  disabled?: boolean;
  onChange: (order: ListOrder) => void;
}) {
  const t = useTranslations('expenses');
  return (
    <div className={styles.sort}>
      <label htmlFor="expense-order">{t('sortBy')}</label>
      <select
        id="expense-order"
        value={orderKey(order)}
        disabled={disabled}
        onChange={(event) => {
          const chosen = LIST_ORDERS.find((option) => orderKey(option) === event.target.value);
          if (chosen) onChange({ sort: chosen.sort, direction: chosen.direction });
        }}
      >
        {LIST_ORDERS.map((option) => (
          <option key={orderKey(option)} value={orderKey(option)}>
            {t(`order.${orderKey(option)}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
