'use client';
import { useTranslations } from 'next-intl';
import { useDescribeError } from '@/lib/api/errors';

/** What a section shows when its data could not load: what went wrong, and a way to try again. */
export function ErrorState({ error, onRetry, what }: { error: unknown; onRetry: () => void; what: string }) {
  const t = useTranslations('common');
  const describeError = useDescribeError();
  return (
    <div role="alert" className="card">
      <p>
        <strong>{t('couldNotLoad', { what })}</strong> {describeError(error)}
      </p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </div>
  );
}
