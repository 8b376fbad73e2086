'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { showAuthError } from '@/components/auth/auth-form';
import { AuthCard } from '@/components/auth/AuthCard';
import { CredentialForm, SubmitButton } from '@/components/auth/CredentialForm';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { signInWithPassword } from '@/lib/auth/actions';
import { SignInForm as SignInSchema, type SignInForm as SignInValues } from '@/lib/auth/schemas';
import { safeNextPath } from '@/lib/routes';

const NOTICES = {
  confirmed: 'Your email is confirmed. Sign in to start tracking.',
  reset: 'Your password has been changed. Sign in with the new one.',
};

export function SignInForm({
  email,
  next,
  notice,
}: {
  email: string;
  next: string;
  notice: keyof typeof NOTICES | null;
}) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({
    resolver: zodResolver(SignInSchema),
    mode: 'onTouched',
    defaultValues: { email, password: '' },
  });

  const onSubmit = handleSubmit(async ({ email: address, password }) => {
    try {
      const outcome = await signInWithPassword(address, password);
      if (outcome === 'needs-confirmation') {
        router.push(`/confirm-signup?email=${encodeURIComponent(address)}`);
      } else {
        router.replace(safeNextPath(next));
      }
    } catch (error) {
      showAuthError(error, 'signIn', setError, ['email', 'password']);
    }
  });

  return (
    <AuthCard
      title="Sign in"
      lead="Welcome back to SpendWise."
      footer={
        <>
          <p>
            <Link href="/forgot-password">Forgot your password?</Link>
          </p>
          <p>
            New here? <Link href="/signup">Create an account</Link>
          </p>
        </>
      }
    >
      {notice && <Alert tone="success">{NOTICES[notice]}</Alert>}
      {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        <Field id="email" label="Email" error={errors.email?.message}>
          {(a11y) => <input {...a11y} type="email" autoComplete="username" {...register('email')} />}
        </Field>
        <Field id="password" label="Password" error={errors.password?.message}>
          {(a11y) => (
            <input {...a11y} type="password" autoComplete="current-password" {...register('password')} />
          )}
        </Field>
        <SubmitButton busy={isSubmitting} busyLabel="Signing in…">
          Sign in
        </SubmitButton>
      </CredentialForm>
    </AuthCard>
  );
}
