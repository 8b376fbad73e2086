import type { Metadata } from 'next';
import { RulesView } from '@/components/rules/RulesView';

export const metadata: Metadata = { title: 'Categorisation rules' };

export default function RulesPage() {
  return <RulesView />;
}
