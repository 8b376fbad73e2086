import type { Metadata } from 'next';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { ConfirmSignUpForm } from './ConfirmSignUpForm';

export const metadata: Metadata = { title: 'Confirm your email' };

export default async function ConfirmSignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const { email } = await searchParams;
  return <ConfirmSignUpForm email={firstParam(email)} />;
}
