'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { useDescribeError } from '@/lib/api/errors';
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
  const t = useTranslations('budgetAlerts');
  const describeError = useDescribeError();
  // While saving, the box shows what was chosen; a refusal puts it back to what is stored.
  const [state, setState] = useState<{ saving: boolean | null; error: unknown; saved: boolean }>({
    saving: null,
    error: null,
    saved: false,
  });
  const checked = state.saving ?? enabled;

  const change = async (next: boolean) => {
    setState({ saving: next, error: null, saved: false });
    try {
      await onChange(next);
      setState({ saving: null, error: null, saved: true });
    } catch (error) {
      setState({ saving: null, error, saved: false });
    }
  };

  return (
    <section className="card stack" aria-labelledby="budget-alerts-heading">
      <h2 id="budget-alerts-heading">{t('title')}</h2>
      <label>
        <input
          type="checkbox"
          checked={checked}
          disabled={state.saving !== null}
          onChange={(event) => void change(event.target.checked)}
        />{' '}
        {t('switch')}
      </label>
      <p>{t('body')}</p>
      {state.saved && <Alert tone="success">{enabled ? t('on') : t('off')}</Alert>}
      {state.error !== null && (
        <Alert tone="error" title={t('notSaved')}>
          {describeError(state.error)}
        </Alert>
      )}
    </section>
  );
}
