import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/features/auth/AuthCard';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('auth.deleted.metaTitle');

/** Where Settings → Delete account lands: the person is signed out and their data is gone. */
export default async function AccountDeletedPage() {
  const t = await getTranslations('auth.deleted');
  return (
    <AuthCard title={t('title')} lead={<p>{t('lead')}</p>} footer={<Link href="/signup">{t('again')}</Link>}>
      <p>{t('thanks')}</p>
    </AuthCard>
  );
}
