import { describe, expect, it } from 'vitest';
import { recurringFormSchema, toRecurringInput, type RecurringFormValues } from './recurring-form';

const filled: RecurringFormValues = {
  amount: '1,200.50',
  description: '  Rent ',
  categoryId: '',
  startOn: '2026-01-31',
  kind: 'monthly',
  every: '1',
  day: '31',
  endOn: '',
};

function issues(values: RecurringFormValues) {
  const result = recurringFormSchema('USD', 'en-US').safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
}

describe('recurring form schema', () => {
  it('turns the typed form into the API request: minor units and a monthly schedule on the day', () => {
    const parsed = recurringFormSchema('USD', 'en-US').parse(filled);
    expect(toRecurringInput(parsed)).toEqual({
      amountMinor: 120050,
      description: 'Rent',
      categoryId: null,
      schedule: { kind: 'monthly', every: 1, day: 31 },
      startOn: '2026-01-31',
      endOn: null,
    });
  });

  it('sends no day for the kinds that have none, whatever the hidden day field holds', () => {
    const parsed = recurringFormSchema('USD', 'en-US').parse({
      ...filled,
      kind: 'weeks',
      every: '2',
      day: '',
    });
    expect(toRecurringInput(parsed).schedule).toEqual({ kind: 'weeks', every: 2 });
  });

  it('names the field and the reason for each mistake', () => {
    expect(issues({ ...filled, day: '32' })).toEqual({ day: 'Enter a day from 1 to 31' });
    expect(issues({ ...filled, every: '0' })).toEqual({ every: 'Enter a whole number from 1 to 366' });
    expect(issues({ ...filled, every: '1.5' })).toEqual({ every: 'Enter a whole number from 1 to 366' });
    expect(issues({ ...filled, endOn: '2026-01-30' })).toEqual({
      endOn: 'Pick a date on or after the first date',
    });
    expect(Object.keys(issues({ ...filled, amount: 'abc' }))).toEqual(['amount']);
  });
});
