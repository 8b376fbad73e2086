import { firstParam, type SearchParams } from '@/lib/search-params';
import { ConfirmSignUpForm } from '@/features/auth/ConfirmSignUpForm';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('auth.confirm.metaTitle');

export default async function ConfirmSignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const { email } = await searchParams;
  return <ConfirmSignUpForm email={firstParam(email)} />;
}
