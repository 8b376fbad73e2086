import { ForgotPasswordForm } from '@/features/auth/ForgotPasswordForm';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('auth.forgot.metaTitle');

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm />;
}
