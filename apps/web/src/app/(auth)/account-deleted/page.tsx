import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/AuthCard';

export const metadata: Metadata = { title: 'Account deleted' };

/** Where Settings → Delete account lands: the person is signed out and their data is gone. */
export default function AccountDeletedPage() {
  return (
    <AuthCard
      title="Your account has been deleted"
      lead={<p>Your expenses, categories, budgets and settings are gone, and you have been signed out.</p>}
      footer={<Link href="/signup">Create a new account</Link>}
    >
      <p>Thank you for using SpendWise.</p>
    </AuthCard>
  );
}
