import { CategoriesView } from '@/features/categories/CategoriesView';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('nav.categories');

export default function CategoriesPage() {
  return <CategoriesView />;
}
