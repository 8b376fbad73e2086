import { firstParam, type SearchParams } from '@/lib/search-params';
import { ResetPasswordForm } from '@/features/auth/ResetPasswordForm';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('auth.reset.metaTitle');

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { email } = await searchParams;
  return <ResetPasswordForm email={firstParam(email)} />;
}
