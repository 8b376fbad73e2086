import type { Metadata } from 'next';
import { RecurringView } from '@/components/recurring/RecurringView';

export const metadata: Metadata = { title: 'Recurring' };

export default function RecurringPage() {
  return <RecurringView />;
}
