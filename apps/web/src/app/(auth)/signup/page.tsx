import { SignUpForm } from '@/features/auth/SignUpForm';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('auth.signUp.metaTitle');

export default function SignUpPage() {
  return <SignUpForm />;
}
