import { RulesView } from '@/features/rules/RulesView';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('nav.rules');

export default function RulesPage() {
  return <RulesView />;
}
