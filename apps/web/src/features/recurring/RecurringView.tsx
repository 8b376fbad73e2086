'use client';
import type { Category, RecurringSeries, RecurringSuggestion } from '@spendwise/contracts';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Dialog } from '@/components/ui/Dialog';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import { useDescribeError } from '@/lib/api/errors';
import {
  useCategories,
  useMe,
  useRecurringMutations,
  useRecurringSeries,
  useRecurringSuggestions,
} from '@/lib/api/queries';
import { dayLabel, todayIn } from '@/lib/dates';
import { useLocale } from '@/lib/locale';
import { RecurringList } from './RecurringList';
import { RecurringSuggestions, suggestionName } from './RecurringSuggestions';

// The forms (their form library and rules, zod) load beside the page's data rather than in its first load: the
// page shows its loading state until the data is in anyway.
const RecurringForm = dynamic(() => import('./RecurringForm').then((module) => module.RecurringForm), {
  ssr: false,
});
const RecurringEditForm = dynamic(
  () => import('./RecurringEditForm').then((module) => module.RecurringEditForm),
  { ssr: false },
);

/** The last date an ended series may occur on: today, or its first date when it has not started yet. */
const endDateFor = (series: RecurringSeries, today: string) =>
  series.startOn > today ? series.startOn : today;

export function RecurringView() {
  const t = useTranslations('recurring');
  const describeError = useDescribeError();
  const locale = useLocale();
  const me = useMe();
  const categories = useCategories();
  const recurring = useRecurringSeries();
  const suggestions = useRecurringSuggestions();
  const mutations = useRecurringMutations();
  const [accepting, setAccepting] = useState<RecurringSuggestion | null>(null);
  const [ending, setEnding] = useState<RecurringSeries | null>(null);
  const [editing, setEditing] = useState<RecurringSeries | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const categoryById = useMemo(
    () =>
      new Map<string, Category>((categories.data?.items ?? []).map((category) => [category.id, category])),
    [categories.data],
  );
  const busy = [mutations.skip, mutations.pause, mutations.resume, mutations.dismissSuggestion].some(
    (mutation) => mutation.isPending,
  );

  /** Runs a row's action, and says what happened (or what went wrong) above the list. */
  const act = (run: () => Promise<unknown>, done: string) => {
    setFailure(null);
    setStatus('');
    run().then(
      () => setStatus(done),
      (error: unknown) => setFailure(error),
    );
  };

  const queries = [me, categories, recurring];
  const failed = queries.find((query) => query.isError);

  let content;
  if (failed) {
    content = (
      <ErrorState
        what={t('what')}
        error={failed.error}
        onRetry={() => queries.forEach((query) => query.isError && void query.refetch())}
      />
    );
  } else if (!me.data || !categories.data || !recurring.data) {
    content = <Loading label={t('loading')} height="16rem" />;
  } else {
    const today = todayIn(me.data.timeZone);
    // Suggestions are a help, not the page: while they load or if they fail, the series show without them.
    const suggested = suggestions.data?.items ?? [];
    content = (
      <>
        {suggested.length > 0 && (
          <section className="card" aria-labelledby="recurring-suggestions">
            <h2 id="recurring-suggestions">{t('suggestedTitle')}</h2>
            <p className="muted">{t('suggestedIntro')}</p>
            <RecurringSuggestions
              suggestions={suggested}
              categories={categoryById}
              locale={locale}
              busy={busy}
              onAccept={(suggestion) => {
                setFailure(null);
                setStatus('');
                setAccepting(suggestion);
              }}
              onDismiss={(suggestion) =>
                act(
                  () => mutations.dismissSuggestion.mutateAsync(suggestion.key),
                  t('dismissed', { name: suggestionName(suggestion) }),
                )
              }
            />
          </section>
        )}
        <section className="card" aria-labelledby="recurring-list">
          <h2 id="recurring-list">{t('yourSeries')}</h2>
          {recurring.data.items.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <RecurringList
              series={recurring.data.items}
              categories={categoryById}
              locale={locale}
              busy={busy}
              actions={{
                onEdit: (series) => {
                  setFailure(null);
                  setStatus('');
                  setEditing(series);
                },
                onSkip: (series, date) =>
                  act(
                    () => mutations.skip.mutateAsync({ id: series.id, date }),
                    t('skipped', { description: series.description, date: dayLabel(date, locale) }),
                  ),
                onPause: (series) =>
                  act(
                    () => mutations.pause.mutateAsync(series.id),
                    t('paused', { description: series.description }),
                  ),
                onResume: (series) =>
                  act(
                    () => mutations.resume.mutateAsync(series.id),
                    t('resumed', { description: series.description }),
                  ),
                onEnd: setEnding,
              }}
            />
          )}
        </section>
        <section className="card" aria-labelledby="recurring-add">
          <h2 id="recurring-add">{t('addTitle')}</h2>
          <RecurringForm
            currency={me.data.currency}
            locale={locale}
            today={today}
            categories={categories.data.items}
            onSubmit={async (input) => {
              setFailure(null);
              await mutations.create.mutateAsync(input);
              setStatus(t('added', { description: input.description }));
            }}
          />
        </section>
        <Dialog
          open={accepting !== null}
          title={
            accepting ? t('makeNamedRecurring', { name: suggestionName(accepting) }) : t('makeRecurring')
          }
          onClose={() => setAccepting(null)}
        >
          {accepting && (
            <RecurringForm
              currency={accepting.currency}
              locale={locale}
              today={today}
              categories={categories.data.items}
              fromSuggestion={accepting}
              idPrefix="recurring-suggested"
              onSubmit={async (input) => {
                await mutations.create.mutateAsync(input);
                setAccepting(null);
                setStatus(t('nowRepeats', { description: input.description }));
              }}
            />
          )}
        </Dialog>
        <Dialog
          open={editing !== null}
          title={editing ? t('editNamed', { description: editing.description }) : t('edit')}
          onClose={() => setEditing(null)}
        >
          {editing && (
            <RecurringEditForm
              series={editing}
              locale={locale}
              categories={categories.data.items}
              onCancel={() => setEditing(null)}
              onSubmit={async (input) => {
                await mutations.update.mutateAsync({ id: editing.id, input });
                setEditing(null);
                setStatus(t('saved', { description: input.description ?? editing.description }));
              }}
            />
          )}
        </Dialog>
        <ConfirmDialog
          open={ending !== null}
          title={t('endTitle')}
          confirmLabel={t('end')}
          onClose={() => setEnding(null)}
          onConfirm={async () => {
            if (!ending) return;
            const on = endDateFor(ending, today);
            await mutations.end.mutateAsync({ id: ending.id, on });
            setStatus(t('ended', { description: ending.description }));
          }}
        >
          {ending && (
            <p>
              {t('endBody', {
                description: ending.description,
                date: dayLabel(endDateFor(ending, today), locale),
              })}
            </p>
          )}
        </ConfirmDialog>
      </>
    );
  }

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {status && <Alert tone="success">{status}</Alert>}
      {failure !== null && <Alert tone="error">{describeError(failure)}</Alert>}
      <div className="stack">{content}</div>
    </>
  );
}
