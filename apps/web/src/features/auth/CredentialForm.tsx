'use client';
import type { FormEventHandler, ReactNode } from 'react';
import { useHydrated } from '@/lib/use-hydrated';

/**
 * A form that carries a credential (password, code). It can never put one in a URL:
 * - `method="post"`: should the browser ever submit it natively, fields go in the body, never the query string;
 * - its submit button stays disabled until the page has hydrated, and a form whose default button is disabled
 *   is not submitted by Enter either (HTML implicit submission), so before the JavaScript runs — slow network,
 *   scripts blocked, a dev server refusing its own scripts — nothing is sent at all.
 */
export function CredentialForm({
  onSubmit,
  label,
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The form's accessible name, when the page has more than one form. */
  label?: string;
  children: ReactNode;
}) {
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={label}>
      {children}
    </form>
  );
}

/** The submit button of a CredentialForm: disabled before hydration and while the request is in flight. */
export function SubmitButton({
  busy,
  busyLabel,
  children,
  block = true,
  danger = false,
}: {
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
  block?: boolean;
  /** For a form whose submission destroys something (account deletion). */
  danger?: boolean;
}) {
  const hydrated = useHydrated();
  return (
    <button
      type="submit"
      className={`btn ${danger ? 'btn-danger' : 'btn-primary'}${block ? ' btn-block' : ''}`}
      disabled={!hydrated || busy}
    >
      {busy ? busyLabel : children}
    </button>
  );
}
