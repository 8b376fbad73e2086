import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { describeAuthError, type AuthStep } from '@/lib/auth/cognito-errors';

/** Shows an Amplify/Cognito failure next to the field it concerns, or above the form. Typed values stay put. */
export function showAuthError<Form extends FieldValues>(
  error: unknown,
  step: AuthStep,
  setError: UseFormSetError<Form>,
  fields: ReadonlyArray<Path<Form>>,
): void {
  const problem = describeAuthError(error, step);
  const field = fields.find((name) => name === problem.field);
  if (field) setError(field, { type: 'server', message: problem.message }, { shouldFocus: true });
  else setError('root.server' as Path<Form>, { type: 'server', message: problem.message });
}
