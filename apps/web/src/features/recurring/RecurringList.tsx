'use client';
import type { Category, RecurringSeries } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import type { Translate } from '@/i18n/translate';
import { dayLabel } from '@/lib/dates';
import { formatAmount } from '@/lib/money';
import { scheduleInWords, seriesState } from '@/features/recurring/recurring';
import styles from './Recurring.module.css';

export interface RecurringActions {
  onEdit: (series: RecurringSeries) => void;
  onSkip: (series: RecurringSeries, date: string) => void;
  onPause: (series: RecurringSeries) => void;
  onResume: (series: RecurringSeries) => void;
  onEnd: (series: RecurringSeries) => void;
}

/** What a row says after the schedule: the next date, or why there is none. `t`: the `recurring.list` messages. */
function whatsNext(series: RecurringSeries, locale: string, t: Translate): string {
  const state = seriesState(series);
  if (state === 'ended')
    return series.endOn ? t('endedOn', { date: dayLabel(series.endOn, locale) }) : t('endedNoDate');
  const date = dayLabel(series.nextOn!, locale);
  return state === 'paused' ? t('pausedNext', { date }) : t('next', { date });
}

export function RecurringList({
  series,
  categories,
  locale,
  busy,
  actions,
}: {
  series: RecurringSeries[];
  categories: Map<string, Category>;
  locale: string;
  /** A change is on its way: the buttons wait for it. */
  busy: boolean;
  actions: RecurringActions;
}) {
  const t = useTranslations('recurring.list');
  const tSchedule = useTranslations('recurring.schedule');
  const tRecurring = useTranslations('recurring');
  return (
    <ul className={styles.list} aria-label={t('label')}>
      {series.map((item) => {
        const state = seriesState(item);
        const category = item.categoryId ? categories.get(item.categoryId)?.name : undefined;
        return (
          <li key={item.id} className={styles.row} data-testid="recurring-row">
            <div>
              <p className={styles.title}>
                <span>{item.description}</span>
                <span className="tabular">{formatAmount(item.amountMinor, item.currency, locale)}</span>
              </p>
              <p className={styles.details}>
                {scheduleInWords(item.schedule, tSchedule, locale)}
                {category && ` · ${category}`} · {whatsNext(item, locale, t)}
              </p>
            </div>
            {state !== 'ended' && (
              <div className={styles.controls}>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy}
                  onClick={() => actions.onEdit(item)}
                  aria-label={tRecurring('editNamed', { description: item.description })}
                >
                  {tRecurring('edit')}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy}
                  onClick={() => actions.onSkip(item, item.nextOn!)}
                  aria-label={t('skipNextLabel', {
                    description: item.description,
                    date: dayLabel(item.nextOn!, locale),
                  })}
                >
                  {t('skipNext')}
                </button>
                {state === 'paused' ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy}
                    onClick={() => actions.onResume(item)}
                    aria-label={t('resumeLabel', { description: item.description })}
                  >
                    {t('resume')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy}
                    onClick={() => actions.onPause(item)}
                    aria-label={t('pauseLabel', { description: item.description })}
                  >
                    {t('pause')}
                  </button>
                )}
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  disabled={busy}
                  onClick={() => actions.onEnd(item)}
                  aria-label={t('endLabel', { description: item.description })}
                >
                  {tRecurring('end')}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
