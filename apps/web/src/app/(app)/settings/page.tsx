import { SettingsView } from '@/features/settings/SettingsView';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('nav.settings');

export default function SettingsPage() {
  return <SettingsView />;
}
