import { formatMoney } from '@spendwise/contracts';
import { type OutgoingMail } from '../mail/mailer';
import { type Threshold } from './thresholds';

/** Where the switch is, named as the web's Settings page names it (apps/web/src/features/settings). */
export const TURN_OFF_HINT =
  'To stop these emails, open SpendWise, go to Settings and untick "Email me when a budget passes 80 % and 100 %".';

export interface BudgetAlert {
  to: string;
  displayName: string | null;
  /** The category's name; null for the overall budget. */
  categoryName: string | null;
  /** YYYY-MM */
  month: string;
  threshold: Threshold;
  spentMinor: number;
  availableMinor: number;
  currency: string;
  /** Some of the month's spending has no exchange rate yet and is not counted (as on the dashboard). */
  uncounted: boolean;
}

/** The month as people write it: "December 2026". */
export function monthName(month: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00.000Z`),
  );
}

/**
 * The alert as a plain-text email: which budget, which month, spent against available in the budget's currency,
 * and how to turn the alerts off. English, like the rest of what the API writes.
 */
export function alertEmail(alert: BudgetAlert): OutgoingMail {
  const budget = alert.categoryName === null ? 'Your overall budget' : `Your "${alert.categoryName}" budget`;
  const month = monthName(alert.month);
  const money = (minor: number) => formatMoney(minor, alert.currency);
  const spent = money(alert.spentMinor);
  const situation =
    alert.availableMinor <= 0
      ? `nothing is available this month (an overspend carried from earlier months leaves ${money(alert.availableMinor)}), and ${spent} has been spent.`
      : `${spent} of ${money(alert.availableMinor)} available has been spent (${Math.floor((alert.spentMinor * 100) / alert.availableMinor)} %)` +
        (alert.spentMinor > alert.availableMinor
          ? `: ${money(alert.spentMinor - alert.availableMinor)} over.`
          : `: ${money(alert.availableMinor - alert.spentMinor)} left.`);
  const subject =
    alert.threshold === 100 ? `${budget} for ${month} is used up` : `${budget} for ${month} has passed 80 %`;
  const lines = [
    alert.displayName ? `Hello ${alert.displayName},` : 'Hello,',
    '',
    `${budget} for ${month} has passed ${alert.threshold} %: ${situation}`,
    ...(alert.uncounted
      ? ['', 'Some spending this month has no exchange rate yet and is not counted in these figures.']
      : []),
    '',
    `SpendWise sends this once per budget and month when spending passes 80 % and again at 100 % of what the budget has available.`,
    TURN_OFF_HINT,
  ];
  return { to: alert.to, subject, text: `${lines.join('\n')}\n` };
}
