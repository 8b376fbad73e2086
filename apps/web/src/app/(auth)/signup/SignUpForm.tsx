'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useForm, useWatch } from 'react-hook-form';
import { showAuthError } from '@/components/auth/auth-form';
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
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SignUpValues>({
    resolver: zodResolver(SignUpSchema),
    mode: 'onTouched',
    defaultValues: { email: '', password: '', confirmPassword: '' },
  });
  const password = useWatch({ control, name: 'password' });

  const onSubmit = handleSubmit(async ({ email, password }) => {
    const address = email.trim().toLowerCase();
    try {
      await registerAccount(address, password);
    } catch (error) {
      showAuthError(error, 'signUp', setError, ['email', 'password']);
      return;
    }
    router.push(`/confirm-signup?email=${encodeURIComponent(address)}`);
  });

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
      {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
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
