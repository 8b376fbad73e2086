'use client';
import { useTranslations } from 'next-intl';
import type { BulkExpenseAction, Category } from '@spendwise/contracts';
import { useState } from 'react';
import styles from './BulkActionBar.module.css';

/**
 * What can be done to the selected expenses at once: move them to a category, add or remove a tag, delete them.
 * No "are you sure?" for the delete: every action can be undone from the toast that follows.
 */
export function BulkActionBar({
  count,
  categories,
  busy,
  onApply,
  onClear,
}: {
  count: number;
  categories: Category[];
  busy: boolean;
  onApply: (action: BulkExpenseAction) => void;
  onClear: () => void;
}) {
  const t = useTranslations('bulk');
  const [categoryId, setCategoryId] = useState('');
  const [tag, setTag] = useState('');
  const cleanTag = tag.trim();
  return (
    <div className={styles.bar} role="region" aria-label={t('label')}>
      <strong aria-live="polite">{t('selected', { count })}</strong>
      <div className={styles.group}>
        <label htmlFor="bulk-category">{t('category')}</label>
        <select id="bulk-category" value={categoryId} onChange={(event) => setCategoryId(event.target.value)}>
          <option value="">{t('uncategorised')}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-small"
          disabled={busy}
          onClick={() => onApply({ kind: 'setCategory', categoryId: categoryId || null })}
        >
          {t('move')}
        </button>
      </div>
      <div className={styles.group}>
        <label htmlFor="bulk-tag">{t('tag')}</label>
        <input id="bulk-tag" value={tag} maxLength={30} onChange={(event) => setTag(event.target.value)} />
        <button
          type="button"
          className="btn btn-small"
          disabled={busy || !cleanTag}
          onClick={() => onApply({ kind: 'addTag', tag: cleanTag.toLowerCase() })}
        >
          {t('addTag')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={busy || !cleanTag}
          onClick={() => onApply({ kind: 'removeTag', tag: cleanTag.toLowerCase() })}
        >
          {t('removeTag')}
        </button>
      </div>
      <div className={styles.group}>
        <button
          type="button"
          className="btn btn-small btn-danger"
          disabled={busy}
          onClick={() => onApply({ kind: 'delete' })}
        >
          {t('delete', { count })}
        </button>
        <button type="button" className="btn btn-small" onClick={onClear}>
          {t('clear')}
        </button>
      </div>
    </div>
  );
}
