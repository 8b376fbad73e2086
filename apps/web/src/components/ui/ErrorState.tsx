'use client';
import { describeError } from '@/lib/api/errors';

/** What a section shows when its data could not load: what went wrong, and a way to try again. */
export function ErrorState({ error, onRetry, what }: { error: unknown; onRetry: () => void; what: string }) {
  return (
    <div role="alert" className="card">
      <p>
        <strong>Couldn’t load {what}.</strong> {describeError(error)}
      </p>
      <button type="button" className="btn" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
