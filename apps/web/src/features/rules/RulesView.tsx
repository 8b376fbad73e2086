'use client';
import type { CategorisationRule } from '@spendwise/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { useDescribeError } from '@/lib/api/errors';
import { useCategories, useCategorisationRuleMutations, useCategorisationRules } from '@/lib/api/queries';
import { RuleForm } from './RuleForm';
import styles from './RulesView.module.css';

/**
 * The person's categorisation rules: merchant (or description) → category, as the import preview applies them.
 * Learned from the categories chosen in imports, or written here; a rule changed here is the person's from then on.
 */
export function RulesView() {
  const describeError = useDescribeError();
  const t = useTranslations('rules');
  const rules = useCategorisationRules();
  const categories = useCategories();
  const { create, update, remove } = useCategorisationRuleMutations();
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const categoryList = categories.data?.items ?? [];
  const nameOf = (id: string) => categoryList.find((category) => category.id === id)?.name ?? '…';

  const removeRule = async (rule: CategorisationRule) => {
    setError('');
    try {
      await remove.mutateAsync(rule.id);
      setStatus(t('removed', { text: rule.text }));
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t.rich('intro', { link: (chunks) => <Link href="/import">{chunks}</Link> })}</p>
      {status && <Alert tone="success">{status}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      <div className="stack">
        <section className="card" aria-labelledby="rules-list">
          <h2 id="rules-list">{t('yourRules')}</h2>
          {rules.isPending || categories.isPending ? (
            <Loading label={t('loading')} />
          ) : rules.isError ? (
            <ErrorState what={t('what')} error={rules.error} onRetry={() => void rules.refetch()} />
          ) : rules.data.items.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <div className={styles.scroll}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t('columnKind')}</th>
                    <th scope="col">{t('columnText')}</th>
                    <th scope="col">{t('columnCategory')}</th>
                    <th scope="col">{t('columnSource')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('columnActions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rules.data.items.map((rule) =>
                    editing === rule.id ? (
                      <tr key={rule.id}>
                        <td colSpan={5}>
                          <RuleForm
                            idPrefix={`rule-${rule.id}`}
                            categories={categoryList}
                            initial={{ kind: rule.kind, text: rule.text, categoryId: rule.categoryId }}
                            submitLabel={t('saveRule')}
                            onCancel={() => setEditing(null)}
                            onSubmit={async (input) => {
                              await update.mutateAsync({ id: rule.id, input });
                              setEditing(null);
                              setStatus(t('saved', { text: input.text.trim() }));
                            }}
                          />
                        </td>
                      </tr>
                    ) : (
                      <tr key={rule.id}>
                        <td>{t(`kind.${rule.kind}`)}</td>
                        <td>{rule.text}</td>
                        <td>{nameOf(rule.categoryId)}</td>
                        <td>{t(`source.${rule.source}`)}</td>
                        <td className={styles.actions}>
                          <button
                            type="button"
                            className="btn btn-small"
                            onClick={() => setEditing(rule.id)}
                            aria-label={t('editLabel', { text: rule.text })}
                          >
                            {t('edit')}
                          </button>
                          <button
                            type="button"
                            className="btn btn-small btn-danger"
                            onClick={() => void removeRule(rule)}
                            aria-label={t('removeLabel', { text: rule.text })}
                          >
                            {t('remove')}
                          </button>
                        </td>
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="card" aria-labelledby="rules-new">
          <h2 id="rules-new">{t('writeTitle')}</h2>
          <RuleForm
            idPrefix="new-rule"
            categories={categoryList}
            submitLabel={t('addRule')}
            onSubmit={async (input) => {
              const rule = await create.mutateAsync(input);
              setStatus(t('added', { text: rule.text }));
            }}
          />
        </section>
      </div>
    </>
  );
}
