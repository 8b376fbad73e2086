'use client';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { describeError } from '@/lib/api/errors';
import { useMe, useUpdateProfile } from '@/lib/api/queries';

/** Settings → Budget alerts: the person's switch for the emails at 80 % and 100 % of a budget (docs/budgets.md). */
export function BudgetAlerts() {
  const me = useMe();
  const update = useUpdateProfile();
  if (!me.data) return null;
  return (
    <BudgetAlertsSetting
      enabled={me.data.budgetAlerts}
      onChange={async (budgetAlerts) => {
        await update.mutateAsync({ budgetAlerts });
      }}
    />
  );
}

/** The switch itself, saved as soon as it changes. */
export function BudgetAlertsSetting({
  enabled,
  onChange,
}: {
  enabled: boolean;
  onChange: (enabled: boolean) => Promise<void>;
}) {
  const [state, setState] = useState<{ busy: boolean; error: unknown; saved: boolean }>({
    busy: false,
    error: null,
    saved: false,
  });

  const change = async (next: boolean) => {
    setState({ busy: true, error: null, saved: false });
    try {
      await onChange(next);
      setState({ busy: false, error: null, saved: true });
    } catch (error) {
      setState({ busy: false, error, saved: false });
    }
  };

  return (
    <section className="card stack" aria-labelledby="budget-alerts-heading">
      <h2 id="budget-alerts-heading">Budget alerts</h2>
      <label>
        <input
          type="checkbox"
          checked={enabled}
          disabled={state.busy}
          onChange={(event) => void change(event.target.checked)}
        />{' '}
        Email me when a budget passes 80 % and 100 %
      </label>
      <p>Once per budget and month at each, to the address you sign in with.</p>
      {state.saved && (
        <Alert tone="success">{enabled ? 'Budget alerts are on.' : 'Budget alerts are off.'}</Alert>
      )}
      {state.error !== null && (
        <Alert tone="error" title="Your choice was not saved.">
          {describeError(state.error)}
        </Alert>
      )}
    </section>
  );
}
