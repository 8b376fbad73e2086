import { RecurringView } from '@/features/recurring/RecurringView';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('nav.recurring');

export default function RecurringPage() {
  return <RecurringView />;
}
