import type { Metadata } from 'next';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { ResetPasswordForm } from './ResetPasswordForm';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { email } = await searchParams;
  return <ResetPasswordForm email={firstParam(email)} />;
}
