import { firstParam, type SearchParams } from '@/lib/search-params';
import { SignInForm } from '@/features/auth/SignInForm';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('auth.signIn.metaTitle');

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const notice = firstParam(params.confirmed) ? 'confirmed' : firstParam(params.reset) ? 'reset' : null;
  return <SignInForm email={firstParam(params.email)} next={firstParam(params.next)} notice={notice} />;
}
