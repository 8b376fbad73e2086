'use client';
import { useTranslations } from 'next-intl';
import { useDescribeError } from '@/lib/api/errors';
import { probe } from '@/lib/api/reachability';

/**
 * What a section shows when its data could not load: what went wrong, and a way to try again. Trying again also
 * asks at once whether the API is back (lib/api/reachability.ts): while it is taken for unreachable, React Query
 * holds the retried request until that answer instead of sending it into nothing.
 */
export function ErrorState({ error, onRetry, what }: { error: unknown; onRetry: () => void; what: string }) {
  const t = useTranslations('common');
  const describeError = useDescribeError();
  const retry = () => {
    void probe();
    onRetry();
  };
  return (
    <div role="alert" className="card">
      <p>
        <strong>{t('couldNotLoad', { what })}</strong> {describeError(error)}
      </p>
      <button type="button" className="btn" onClick={retry}>
        {t('tryAgain')}
      </button>
    </div>
  );
}
