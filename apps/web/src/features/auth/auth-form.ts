import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormSetError,
} from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { z } from 'zod';
import { authSchemas } from '@/features/auth/schemas';
import { describeAuthError, type AuthProblem, type AuthStep } from '@/features/auth/cognito-errors';

/** Shows a Cognito problem next to the field it concerns, or above the form. Typed values stay put. */
function showProblem<Form extends FieldValues>(
  problem: AuthProblem,
  setError: UseFormSetError<Form>,
  fields: ReadonlyArray<Path<Form>>,
): void {
  const field = fields.find((name) => name === problem.field);
  if (field) setError(field, { type: 'server', message: problem.message }, { shouldFocus: true });
  else setError('root.server' as Path<Form>, { type: 'server', message: problem.message });
}

/**
 * The form every account action shares (sign-up, sign-in, codes, passwords, two-step verification, deletion):
 * validated by its schema once a field has been left, submitted once valid, and any failure of `submit` shown as
 * Cognito's reason by the field it concerns (one of `fields`) or above the form (`serverError`).
 */
export function useAuthForm<Values extends FieldValues>({
  schema,
  defaultValues,
  step,
  fields,
  submit,
  onRestart,
}: {
  schema: z.ZodType<Values, Values>;
  defaultValues: DefaultValues<Values>;
  /** Which Cognito call this is, for the wording of its errors. */
  step: AuthStep;
  /** The form's fields a Cognito error may point at. */
  fields: ReadonlyArray<Path<Values>>;
  /** The account action and what follows its success; a throw is shown, never lost. */
  submit: (values: Values) => Promise<void>;
  /** For a step Cognito can only retry from the start (its session expired): called instead of showing. */
  onRestart?: (message: string) => void;
}) {
  const t = useTranslations('authErrors');
  const form = useForm<Values>({ resolver: zodResolver(schema), mode: 'onTouched', defaultValues });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await submit(values);
    } catch (error) {
      const problem = describeAuthError(error, step, t);
      if (problem.restart && onRestart) onRestart(problem.message);
      else showProblem(problem, form.setError, fields);
    }
  });
  return { ...form, onSubmit, serverError: form.formState.errors.root?.server?.message };
}

/** The account forms' schemas, their messages in the page's language. */
export function useAuthSchemas() {
  const t = useTranslations('validation');
  return useMemo(() => authSchemas(t), [t]);
}
