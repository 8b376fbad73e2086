import { ImportView } from '@/features/imports/ImportView';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('nav.import');

export default function ImportPage() {
  return <ImportView />;
}
