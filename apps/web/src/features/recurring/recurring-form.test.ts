import { describe, expect, it } from 'vitest';
import { describer, translator } from '@/test/translate';
import type { Expense, RecurringSuggestion } from '@spendwise/contracts';
import {
  recurringFormSchema,
  recurringValuesFrom,
  recurringValuesFromSuggestion,
  toRecurringInput,
  weekdayOf,
  type RecurringFormValues,
} from './recurring-form';

const filled: RecurringFormValues = {
  amount: '1,200.50',
  description: '  Rent ',
  categoryId: '',
  merchant: '',
  note: '',
  tags: '',
  startOn: '2026-01-31',
  kind: 'monthly',
  every: '1',
  day: '31',
  weekday: '6',
  week: '-1',
  ends: 'never',
  endOn: '',
  count: '',
};

function issues(values: RecurringFormValues) {
  const result = recurringFormSchema('USD', 'en-US', translator('recurring.errors'), describer()).safeParse(
    values,
  );
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
}

describe('recurring form schema', () => {
  it('turns the typed form into the API request: minor units and a monthly schedule on the day', () => {
    const parsed = recurringFormSchema('USD', 'en-US', translator('recurring.errors'), describer()).parse(
      filled,
    );
    expect(toRecurringInput(parsed, 'USD')).toEqual({
      currency: 'USD',
      amountMinor: 120050,
      description: 'Rent',
      categoryId: null,
      merchant: null,
      note: null,
      tags: [],
      schedule: { kind: 'monthly', every: 1, day: 31 },
      startOn: '2026-01-31',
      endOn: null,
      count: null,
    });
  });

  it('sends no day for the kinds that have none, whatever the hidden day field holds', () => {
    const parsed = recurringFormSchema('USD', 'en-US', translator('recurring.errors'), describer()).parse({
      ...filled,
      kind: 'weeks',
      every: '2',
      day: '',
    });
    expect(toRecurringInput(parsed, 'USD').schedule).toEqual({ kind: 'weeks', every: 2 });
  });

  it('offers every schedule the API knows: the Nth or last weekday, days, years', () => {
    const schema = recurringFormSchema('USD', 'en-US', translator('recurring.errors'), describer());
    const scheduleOf = (values: Partial<RecurringFormValues>) =>
      toRecurringInput(schema.parse({ ...filled, ...values }), 'USD').schedule;
    expect(scheduleOf({ kind: 'monthlyWeekday' })).toEqual({
      kind: 'monthlyWeekday',
      every: 1,
      weekday: 6,
      week: -1,
    });
    expect(scheduleOf({ kind: 'days', every: '10' })).toEqual({ kind: 'days', every: 10 });
    expect(scheduleOf({ kind: 'yearly' })).toEqual({ kind: 'yearly', every: 1 });
  });

  it('ends never, on a last date, or after a number of times — sending only the one chosen', () => {
    const schema = recurringFormSchema('USD', 'en-US', translator('recurring.errors'), describer());
    const endOf = (values: Partial<RecurringFormValues>) => {
      const { endOn, count } = toRecurringInput(
        schema.parse({ ...filled, endOn: '2026-12-31', count: '12', ...values }),
        'USD',
      );
      return { endOn, count };
    };
    expect(endOf({ ends: 'never' })).toEqual({ endOn: null, count: null });
    expect(endOf({ ends: 'on' })).toEqual({ endOn: '2026-12-31', count: null });
    expect(endOf({ ends: 'after' })).toEqual({ endOn: null, count: 12 });
  });

  it('starts "monthly on a weekday" from the first date: 2026-01-31 is the last Saturday', () => {
    expect(weekdayOf('2026-01-31')).toEqual({ weekday: '6', week: '-1' });
    expect(weekdayOf('2026-12-04')).toEqual({ weekday: '5', week: '1' });
    expect(weekdayOf('2026-12-28')).toEqual({ weekday: '1', week: '4' });
    expect(weekdayOf('2026-12-29')).toEqual({ weekday: '2', week: '-1' });
  });

  it('names the field and the reason for each mistake', () => {
    expect(issues({ ...filled, day: '32' })).toEqual({ day: 'Enter a day from 1 to 31' });
    expect(issues({ ...filled, every: '0' })).toEqual({ every: 'Enter a whole number from 1 to 366' });
    expect(issues({ ...filled, every: '1.5' })).toEqual({ every: 'Enter a whole number from 1 to 366' });
    expect(issues({ ...filled, ends: 'on', endOn: '2026-01-30' })).toEqual({
      endOn: 'Pick a date on or after the first date',
    });
    expect(issues({ ...filled, ends: 'on', endOn: '' })).toEqual({ endOn: 'Pick the last date' });
    expect(issues({ ...filled, ends: 'after', count: '0' })).toEqual({
      count: 'Enter a number from 1 to 1000',
    });
    // A date left in a field the choice hides is not checked.
    expect(issues({ ...filled, ends: 'never', endOn: '2026-01-30' })).toEqual({});
    expect(Object.keys(issues({ ...filled, amount: 'abc' }))).toEqual(['amount']);
  });
});

describe('recurringValuesFrom (make recurring from an expense)', () => {
  const expense: Expense = {
    id: '00000000-0000-7000-8000-000000000001',
    amountMinor: 120_000,
    currency: 'USD',
    occurredOn: '2026-10-31',
    description: 'Rent',
    merchant: 'Landlord Ltd',
    note: 'Flat 2',
    tags: ['home', 'fixed'],
    categoryId: '00000000-0000-7000-8000-0000000000a1',
    createdAt: '2026-10-31T09:00:00.000Z',
    updatedAt: '2026-10-31T09:00:00.000Z',
  };
  const context = { locale: 'en-US', today: '2026-11-10' };

  it('copies the expense and repeats it monthly on its day, from the next such day not before today', () => {
    expect(recurringValuesFrom(expense, context)).toMatchObject({
      amount: '1200.00',
      description: 'Rent',
      categoryId: expense.categoryId,
      merchant: 'Landlord Ltd',
      note: 'Flat 2',
      tags: 'home, fixed',
      kind: 'monthly',
      every: '1',
      day: '31',
      // November has 30 days: the 31st is the 30th there.
      startOn: '2026-11-30',
    });
    // A recent expense: the next month's day, never the expense's own date again.
    expect(recurringValuesFrom(expense, { ...context, today: '2026-10-31' }).startOn).toBe('2026-11-30');
    // An old one does not backfill the months since: it starts from today on.
    expect(
      recurringValuesFrom({ ...expense, occurredOn: '2026-03-10' }, { ...context, today: '2026-11-10' })
        .startOn,
    ).toBe('2026-11-10');
  });

  it("keeps an expense's amount in its own currency: a subscription billed in euros repeats in euros", () => {
    // The series is created in the expense's currency (MakeRecurringDialog), so its amount carries over as typed.
    expect(recurringValuesFrom({ ...expense, currency: 'EUR', amountMinor: 1399 }, context).amount).toBe(
      '13.99',
    );
    expect(recurringValuesFrom({ ...expense, currency: 'JPY', amountMinor: 1500 }, context).amount).toBe(
      '1500',
    );
  });

  it('gives values the form accepts, sending merchant, note and tags', () => {
    const values = { ...filled, ...recurringValuesFrom(expense, context) };
    expect(
      toRecurringInput(
        recurringFormSchema('USD', 'en-US', translator('recurring.errors'), describer()).parse(values),
        'USD',
      ),
    ).toMatchObject({
      amountMinor: 120_000,
      merchant: 'Landlord Ltd',
      note: 'Flat 2',
      tags: ['home', 'fixed'],
      schedule: { kind: 'monthly', every: 1, day: 31 },
      startOn: '2026-11-30',
    });
  });
});

describe('recurringValuesFromSuggestion (accepting a suggested series)', () => {
  const suggestion: RecurringSuggestion = {
    key: 'a'.repeat(64),
    description: 'NETFLIX.COM 1003',
    merchant: 'Netflix',
    amountMinor: 1399,
    currency: 'EUR',
    categoryId: null,
    schedule: { kind: 'monthly', every: 1, day: 3 },
    startOn: '2026-12-03',
    seen: 5,
    firstOn: '2026-07-03',
    lastOn: '2026-11-03',
  };

  it('fills the form so it sends the suggested series in its own currency, from its next date', () => {
    const values = { ...filled, ...recurringValuesFromSuggestion(suggestion, 'de-DE') };
    expect(values).toMatchObject({
      amount: '13,99',
      kind: 'monthly',
      every: '1',
      day: '3',
      startOn: '2026-12-03',
    });
    expect(
      toRecurringInput(
        recurringFormSchema('EUR', 'de-DE', translator('recurring.errors'), describer()).parse(values),
        'EUR',
      ),
    ).toMatchObject({
      currency: 'EUR',
      amountMinor: 1399,
      description: 'NETFLIX.COM 1003',
      merchant: 'Netflix',
      schedule: { kind: 'monthly', every: 1, day: 3 },
      startOn: '2026-12-03',
      endOn: null,
      count: null,
    });
  });

  it('keeps weekly rhythms weekly', () => {
    const weekly = { ...suggestion, schedule: { kind: 'weeks' as const, every: 2 }, startOn: '2026-12-11' };
    const values = { ...filled, ...recurringValuesFromSuggestion(weekly, 'en-US') };
    expect(
      toRecurringInput(
        recurringFormSchema('EUR', 'en-US', translator('recurring.errors'), describer()).parse(values),
        'EUR',
      ).schedule,
    ).toEqual({
      kind: 'weeks',
      every: 2,
    });
  });
});
