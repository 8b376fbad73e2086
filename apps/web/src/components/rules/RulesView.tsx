'use client';
import type { CategorisationRule } from '@spendwise/contracts';
import Link from 'next/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { useDescribeError } from '@/lib/api/errors';
import { useCategories, useCategorisationRuleMutations, useCategorisationRules } from '@/lib/api/queries';
import { KIND_LABEL, SOURCE_LABEL } from './rule-labels';
import { RuleForm } from './RuleForm';
import styles from './RulesView.module.css';

/**
 * The person's categorisation rules: merchant (or description) → category, as the import preview applies them.
 * Learned from the categories chosen in imports, or written here; a rule changed here is the person's from then on.
 */
export function RulesView() {
  const describeError = useDescribeError();
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
      setStatus(`Removed the rule for “${rule.text}”.`);
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <>
      <h1>Categorisation rules</h1>
      <p className="muted">
        When you <Link href="/import">import</Link> a bank file, each row’s category is suggested by these
        rules first, then by the expenses you already have. An “is exactly” rule beats a “contains” one; of
        two “contains” rules, the longer text wins.
      </p>
      {status && <Alert tone="success">{status}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      <div className="stack">
        <section className="card" aria-labelledby="rules-list">
          <h2 id="rules-list">Your rules</h2>
          {rules.isPending || categories.isPending ? (
            <Loading label="Loading your rules" />
          ) : rules.isError ? (
            <ErrorState what="your rules" error={rules.error} onRetry={() => void rules.refetch()} />
          ) : rules.data.items.length === 0 ? (
            <p className="muted">
              No rules yet. When you import a bank file and choose a row’s category, SpendWise learns a rule
              for its merchant and suggests that category the next time. You can also write a rule below.
            </p>
          ) : (
            <div className={styles.scroll}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">When the merchant</th>
                    <th scope="col">Text</th>
                    <th scope="col">Category</th>
                    <th scope="col">From</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
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
                            submitLabel="Save rule"
                            onCancel={() => setEditing(null)}
                            onSubmit={async (input) => {
                              await update.mutateAsync({ id: rule.id, input });
                              setEditing(null);
                              setStatus(`Saved the rule for “${input.text.trim()}”.`);
                            }}
                          />
                        </td>
                      </tr>
                    ) : (
                      <tr key={rule.id}>
                        <td>{KIND_LABEL[rule.kind]}</td>
                        <td>{rule.text}</td>
                        <td>{nameOf(rule.categoryId)}</td>
                        <td>{SOURCE_LABEL[rule.source]}</td>
                        <td className={styles.actions}>
                          <button
                            type="button"
                            className="btn btn-small"
                            onClick={() => setEditing(rule.id)}
                            aria-label={`Edit the rule for ${rule.text}`}
                          >
                            Edit
                          </button>
                          <button
                            type="button"
                            className="btn btn-small btn-danger"
                            onClick={() => void removeRule(rule)}
                            aria-label={`Remove the rule for ${rule.text}`}
                          >
                            Remove
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
          <h2 id="rules-new">Write a rule</h2>
          <RuleForm
            idPrefix="new-rule"
            categories={categoryList}
            submitLabel="Add rule"
            onSubmit={async (input) => {
              const rule = await create.mutateAsync(input);
              setStatus(`Added the rule for “${rule.text}”.`);
            }}
          />
        </section>
      </div>
    </>
  );
}
