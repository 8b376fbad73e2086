'use client';
import type { Category } from '@spendwise/contracts';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { useCategories, useCategoryMutations } from '@/lib/api/queries';
import { nextCategoryColor } from '@/lib/category-colors';
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
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Category | null>(null);
  const [status, setStatus] = useState('');
  const taken = categories.data?.items.map((category) => category.color) ?? [];

  return (
    <>
      <h1>Categories</h1>
      <p className="muted">
        Group your spending the way you think about it. Each category can have its own budget.
      </p>
      {status && <Alert tone="success">{status}</Alert>}
      <div className="stack">
        <section className="card" aria-labelledby="new-category">
          <h2 id="new-category">New category</h2>
          <CategoryForm
            initial={{ name: '', color: nextCategoryColor(taken) }}
            followInitialColor
            submitLabel="Add category"
            onSubmit={async (values) => {
              const category = await create.mutateAsync(values);
              setStatus(`Added “${category.name}”.`);
            }}
          />
        </section>
        <section className="card" aria-labelledby="your-categories">
          <h2 id="your-categories">Your categories</h2>
          {categories.isPending ? (
            <Loading label="Loading categories" />
          ) : categories.isError ? (
            <ErrorState
              what="your categories"
              error={categories.error}
              onRetry={() => void categories.refetch()}
            />
          ) : categories.data.items.length === 0 ? (
            <p className="muted">No categories yet.</p>
          ) : (
            <ul className={styles.list}>
              {categories.data.items.map((category) => (
                <li key={category.id} className={styles.item}>
                  {editingId === category.id ? (
                    <CategoryForm
                      initial={{ name: category.name, color: category.color }}
                      submitLabel={`Save ${category.name}`}
                      onCancel={() => setEditingId(null)}
                      onSubmit={async (values) => {
                        const saved = await update.mutateAsync({ id: category.id, input: values });
                        setEditingId(null);
                        setStatus(`Saved “${saved.name}”.`);
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
                          aria-label={`Edit ${category.name}`}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          className="btn btn-small btn-danger"
                          onClick={() => setDeleting(category)}
                          aria-label={`Delete ${category.name}`}
                        >
                          Delete
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
        title="Delete category?"
        confirmLabel="Delete"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          setStatus(`Deleted “${deleting.name}”.`);
        }}
      >
        <p>
          Expenses in “{deleting?.name}” stay, but become uncategorised, and its budget is removed. This
          cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
