import { addDays, shiftMonth } from '@spendwise/contracts';
import { type ForeignMonthRow } from './dashboard.sql';

/**
 * What a dashboard needs read to convert its foreign spending: the groups of `months` in `currencies`
 * (foreignSpendingQuery) and the rates of `rateCurrencies` for dates in [from, to] (ratesForDatesQuery).
 */
export interface ForeignNeed {
  /** The currencies other than the base one spent in `months`, sorted. */
  currencies: string[];
  /** First days (YYYY-MM-DD) of the months whose conversion is not kept, sorted; may be empty. */
  months: string[];
  /** The base currency, `currencies` and those of the recent expenses in another currency. */
  rateCurrencies: string[];
  from: string;
  to: string;
}

/**
 * The need of a dashboard in `base` whose months `months` (those of foreignMonthsQuery not kept) and recent expenses
 * are as given; null when nothing needs converting. The rates cover whole months from the first of `months` rather
 * than only the days with spending: once the past months are kept, the same range (the month shown) on every call,
 * which is what the kept ECB rates are looked up by.
 */
export function foreignNeedOf(
  base: string,
  months: readonly ForeignMonthRow[],
  recent: ReadonlyArray<{ currency: string; occurredOn: string }>,
): ForeignNeed | null {
  const recentForeign = recent.filter((expense) => expense.currency !== base);
  if (months.length === 0 && recentForeign.length === 0) return null;
  const currencies = [...new Set(months.flatMap((entry) => entry.currencies))].sort();
  const starts = months.map((entry) => `${entry.month}-01`).sort();
  const dates = recentForeign.map((expense) => expense.occurredOn);
  if (starts.length > 0)
    dates.push(starts[0]!, addDays(`${shiftMonth(starts.at(-1)!.slice(0, 7), 1)}-01`, -1));
  dates.sort();
  return {
    currencies,
    months: starts,
    rateCurrencies: [...new Set([base, ...currencies, ...recentForeign.map((expense) => expense.currency)])],
    from: dates[0]!,
    to: dates.at(-1)!,
  };
}

/**
 * Whether what was read for `expected` answers `need` exactly: the groups of the same months (a month more would be
 * counted twice, once kept and once converted; one fewer, not at all) in every currency spent in them (the groups are
 * filtered by currency, and a currency beyond those spent matches no expense), and rates of every currency wanted
 * over at least the dates wanted (a rate is looked up on or before its date, so rates from further back or later
 * change no conversion of a date in range).
 */
export function answers(expected: ForeignNeed, need: ForeignNeed | null): boolean {
  return (
    need !== null &&
    need.months.length === expected.months.length &&
    need.months.every((month, index) => month === expected.months[index]) &&
    need.currencies.every((currency) => expected.currencies.includes(currency)) &&
    need.rateCurrencies.every((currency) => expected.rateCurrencies.includes(currency)) &&
    expected.from <= need.from &&
    need.to <= expected.to
  );
}
