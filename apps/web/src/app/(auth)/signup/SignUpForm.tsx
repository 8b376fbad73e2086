'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { useAuthForm } from '@/components/auth/auth-form';
import { AuthCard } from '@/components/auth/AuthCard';
import { CredentialForm, SubmitButton } from '@/components/auth/CredentialForm';
import { NewPasswordFields } from '@/components/auth/NewPasswordFields';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { registerAccount } from '@/lib/auth/actions';
import { SignUpForm as SignUpSchema, type SignUpForm as SignUpValues } from '@/lib/auth/schemas';

export function SignUpForm() {
  const router = useRouter();
  const {
    register,
    control,
    onSubmit,
    serverError,
    formState: { errors, isSubmitting },
  } = useAuthForm<SignUpValues>({
    schema: SignUpSchema,
    defaultValues: { email: '', password: '', confirmPassword: '' },
    step: 'signUp',
    fields: ['email', 'password'],
    submit: async ({ email, password }) => {
      const address = email.trim().toLowerCase();
      await registerAccount(address, password);
      router.push(`/confirm-signup?email=${encodeURIComponent(address)}`);
    },
  });
  const password = useWatch({ control, name: 'password' });

  return (
    <AuthCard
      title="Create your account"
      lead="Track what you spend, set budgets, and see where your money goes."
      footer={
        <p>
          Already have an account? <Link href="/signin">Sign in</Link>
        </p>
      }
    >
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        <Field id="email" label="Email" error={errors.email?.message}>
          {(a11y) => <input {...a11y} type="email" autoComplete="email" {...register('email')} />}
        </Field>
        <NewPasswordFields
          label="Password"
          password={password}
          passwordInput={register('password')}
          confirmInput={register('confirmPassword')}
          passwordError={errors.password?.message}
          confirmError={errors.confirmPassword?.message}
        />
        <SubmitButton busy={isSubmitting} busyLabel="Creating your account…">
          Create account
        </SubmitButton>
      </CredentialForm>
    </AuthCard>
  );
}
