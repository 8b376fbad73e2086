'use client';
/** Last line of defence for a signed-in page that crashed while rendering: say so and offer a retry. */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="card">
      <h1>Something went wrong</h1>
      <p>This page hit an unexpected problem. Your data is safe; try again, or reload the page.</p>
      <button type="button" className="btn btn-primary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
