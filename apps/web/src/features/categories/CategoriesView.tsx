'use client';
import { useTranslations } from 'next-intl';
import type { Category } from '@spendwise/contracts';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { useCategories, useCategoryMutations } from '@/lib/api/queries';
import { nextCategoryColor } from '@/features/categories/category-colors';
import styles from './CategoriesView.module.css';

// The forms load beside the categories' data instead of in the page's first load: their form library and rules
// (react-hook-form, zod) put the page over its JavaScript budget of 250 KB (scripts/report-bundle-size.mjs).
const CategoryForm = dynamic(() => import('./CategoryForm').then((module) => module.CategoryForm), {
  ssr: false,
  loading: () => <Loading height="5.5rem" />,
});

export function CategoriesView() {
  const categories = useCategories();
  const { create, update, remove } = useCategoryMutations();
  const t = useTranslations('categories');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Category | null>(null);
  const [status, setStatus] = useState('');
  const taken = categories.data?.items.map((category) => category.color) ?? [];

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('lead')}</p>
      {status && <Alert tone="success">{status}</Alert>}
      <div className="stack">
        <section className="card" aria-labelledby="new-category">
          <h2 id="new-category">{t('new')}</h2>
          <CategoryForm
            initial={{ name: '', color: nextCategoryColor(taken) }}
            followInitialColor
            submitLabel={t('add')}
            onSubmit={async (values) => {
              const category = await create.mutateAsync(values);
              setStatus(t('added', { name: category.name }));
            }}
          />
        </section>
        <section className="card" aria-labelledby="your-categories">
          <h2 id="your-categories">{t('yours')}</h2>
          {categories.isPending ? (
            <Loading label={t('loading')} />
          ) : categories.isError ? (
            <ErrorState what={t('what')} error={categories.error} onRetry={() => void categories.refetch()} />
          ) : categories.data.items.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <ul className={styles.list}>
              {categories.data.items.map((category) => (
                <li key={category.id} className={styles.item}>
                  {editingId === category.id ? (
                    <CategoryForm
                      initial={{ name: category.name, color: category.color }}
                      submitLabel={t('save', { name: category.name })}
                      onCancel={() => setEditingId(null)}
                      onSubmit={async (values) => {
                        const saved = await update.mutateAsync({ id: category.id, input: values });
                        setEditingId(null);
                        setStatus(t('saved', { name: saved.name }));
                      }}
                    />
                  ) : (
                    <div className={styles.row}>
                      <span className={styles.name}>
                        <span
                          className={styles.swatch}
                          style={{ background: category.color }}
                          aria-hidden="true"
                        />
                        {category.name}
                      </span>
                      <div className="row">
                        <button
                          type="button"
                          className="btn btn-small"
                          onClick={() => setEditingId(category.id)}
                          aria-label={t('editLabel', { name: category.name })}
                        >
                          {t('edit')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-small btn-danger"
                          onClick={() => setDeleting(category)}
                          aria-label={t('deleteLabel', { name: category.name })}
                        >
                          {t('delete')}
                        </button>
                      </div>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={t('deleteTitle')}
        confirmLabel={t('delete')}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          setStatus(t('deleted', { name: deleting.name }));
        }}
      >
        <p>{t('deleteBody', { name: deleting?.name ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
