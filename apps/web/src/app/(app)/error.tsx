'use client';
import { useTranslations } from 'next-intl';

/** Last line of defence for a signed-in page that crashed while rendering: say so and offer a retry. */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <div role="alert" className="card">
      <h1>{t('errorPage.title')}</h1>
      <p>{t('errorPage.body')}</p>
      <button type="button" className="btn btn-primary" onClick={reset}>
        {t('common.tryAgain')}
      </button>
    </div>
  );
}
