'use client';
import { useTranslations } from 'next-intl';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';

import {
  CATEGORY_FORM_FIELDS,
  categoryFormSchema,
  type CategoryFormOutput,
  type CategoryFormValues,
} from '@/features/categories/category-form';
import { useShowApiError } from '@/lib/forms/show-api-error';
import styles from './CategoryForm.module.css';

/** Name and colour of a category, for adding one or renaming/recolouring one. */
export function CategoryForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  followInitialColor = false,
}: {
  initial: CategoryFormValues;
  submitLabel: string;
  onSubmit: (values: CategoryFormOutput) => Promise<unknown>;
  onCancel?: () => void;
  /**
   * For the new-category form: when `initial.color` changes (the list loaded, a category was added), offer the new
   * colour — unless the person picked one. Nothing typed is lost.
   */
  followInitialColor?: boolean;
}) {
  const showApiError = useShowApiError();
  const t = useTranslations();
  const schema = useMemo(() => categoryFormSchema(t), [t]);
  const id = useId();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    setValue,
    getFieldState,
    formState: { errors, isSubmitting },
  } = useForm<CategoryFormValues, unknown, CategoryFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  useEffect(() => {
    if (followInitialColor && !getFieldState('color').isDirty) setValue('color', initial.color);
  }, [followInitialColor, initial.color, getFieldState, setValue]);

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      if (!onCancel) reset(initial);
    } catch (error) {
      showApiError(error, setError, CATEGORY_FORM_FIELDS);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
      <div className={styles.row}>
        <Field id={`${id}-name`} label={t('categories.name')} error={errors.name?.message}>
          {(a11y) => <input {...a11y} autoComplete="off" {...register('name')} />}
        </Field>
        <Field id={`${id}-color`} label={t('categories.colour')} error={errors.color?.message}>
          {(a11y) => <input {...a11y} type="color" {...register('color')} />}
        </Field>
        <div className={styles.buttons}>
          {onCancel && (
            <button type="button" className="btn" onClick={onCancel} disabled={isSubmitting}>
              {t('common.cancel')}
            </button>
          )}
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : submitLabel}
          </button>
        </div>
      </div>
    </form>
  );
}
