'use client';
import type { Category, CreateCategorisationRuleInput } from '@spendwise/contracts';
import { MAX_RULE_TEXT } from '@spendwise/contracts/limits';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { useDescribeError, fieldErrorsFrom } from '@/lib/api/errors';
import { RULE_KINDS } from './rule-labels';

const FIELDS = ['kind', 'text', 'categoryId'] as const;
type RuleField = (typeof FIELDS)[number];

/**
 * One rule's kind, text and category, for a new rule or a change to one. Checks what the page can (a text, a
 * category) before sending; the API's answer (a duplicate, a text too long once normalised) lands on its field.
 */
export function RuleForm({
  idPrefix,
  categories,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  categories: readonly Category[];
  initial?: CreateCategorisationRuleInput | undefined;
  submitLabel: string;
  onSubmit: (input: CreateCategorisationRuleInput) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const describeError = useDescribeError();
  const t = useTranslations('rules.form');
  const tKind = useTranslations('rules.kind');
  const tCommon = useTranslations('common');
  const [kind, setKind] = useState(initial?.kind ?? 'equals');
  const [text, setText] = useState(initial?.text ?? '');
  const [categoryId, setCategoryId] = useState(initial?.categoryId ?? '');
  const [errors, setErrors] = useState<Partial<Record<RuleField, string>>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Partial<Record<RuleField, string>> = {};
    if (!text.trim()) local.text = t('textMissing');
    if (!categoryId) local.categoryId = t('categoryMissing');
    setErrors(local);
    setFailure('');
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await onSubmit({ kind, text, categoryId });
      if (!initial) setText('');
    } catch (caught) {
      const { fields, unmatched } = fieldErrorsFrom(caught, FIELDS);
      setErrors(fields);
      if (Object.keys(fields).length === 0 || unmatched.length > 0) setFailure(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      {failure && <Alert tone="error">{failure}</Alert>}
      <Field id={`${idPrefix}-kind`} label={t('kind')} error={errors.kind}>
        {(control) => (
          <select {...control} value={kind} onChange={(event) => setKind(event.target.value as typeof kind)}>
            {RULE_KINDS.map((value) => (
              <option key={value} value={value}>
                {tKind(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}-text`} label={t('text')} error={errors.text} hint={t('textHint')}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={MAX_RULE_TEXT}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <Field id={`${idPrefix}-category`} label={t('category')} error={errors.categoryId}>
        {(control) => (
          <select {...control} value={categoryId} onChange={(event) => setCategoryId(event.target.value)}>
            <option value="">{t('choose')}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? tCommon('saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel}>
            {tCommon('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
