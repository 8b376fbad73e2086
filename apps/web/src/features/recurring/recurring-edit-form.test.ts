import type { RecurringSeries } from '@spendwise/contracts';
import { describe, expect, it } from 'vitest';
import { describer, translator } from '@/test/translate';
import { editValuesFor, recurringEditSchema, toRecurringUpdate } from './recurring-edit-form';

const rent: RecurringSeries = {
  id: '0190b1c2-0000-7000-8000-000000000001',
  amountMinor: 120000,
  currency: 'EUR',
  description: 'Rent',
  merchant: null,
  note: null,
  tags: [],
  categoryId: null,
  schedule: { kind: 'monthly', every: 1, day: 31 },
  startOn: '2026-01-31',
  endOn: null,
  count: null,
  paused: false,
  nextOn: '2026-12-31',
  createdAt: '2026-01-31T08:00:00.000Z',
  updatedAt: '2026-01-31T08:00:00.000Z',
};

describe('recurring edit form', () => {
  it('opens on the series as it is, in the person’s decimal mark, changing from its next date on', () => {
    expect(editValuesFor(rent, 'de-DE')).toEqual({
      amount: '1200,00',
      description: 'Rent',
      categoryId: '',
      merchant: '',
      note: '',
      tags: '',
      scope: 'future',
      on: '2026-12-31',
      changeSchedule: false,
      kind: 'monthly',
      every: '1',
      day: '31',
      // 31 December 2026 is the last Thursday of its month.
      weekday: '4',
      week: '-1',
    });
  });

  it('sends the occurrence date for "this one" and "this and future", and none for every one', () => {
    const schema = recurringEditSchema('EUR', 'de-DE', translator('recurring.errors'), describer());
    const values = { ...editValuesFor(rent, 'de-DE'), amount: '1.300,50' };
    expect(toRecurringUpdate(schema.parse(values), rent)).toEqual({
      scope: 'future',
      on: '2026-12-31',
      amountMinor: 130050,
      description: 'Rent',
      categoryId: null,
    });
    expect(toRecurringUpdate(schema.parse({ ...values, scope: 'series', on: '' }), rent)).toEqual({
      scope: 'series',
      amountMinor: 130050,
      description: 'Rent',
      categoryId: null,
    });
  });

  it('asks for the occurrence date unless every one changes, and names a bad amount', () => {
    const schema = recurringEditSchema('EUR', 'de-DE', translator('recurring.errors'), describer());
    const fieldsWrong = (values: object) => {
      const result = schema.safeParse({ ...editValuesFor(rent, 'de-DE'), ...values });
      return result.success ? [] : result.error.issues.map((issue) => issue.path[0]);
    };
    expect(fieldsWrong({ scope: 'occurrence', on: '' })).toEqual(['on']);
    expect(fieldsWrong({ scope: 'series', on: '' })).toEqual([]);
    expect(fieldsWrong({ amount: 'zwölf' })).toEqual(['amount']);
  });

  it('sends merchant, note and tags only when changed, and a new schedule only when asked to', () => {
    const schema = recurringEditSchema('EUR', 'en-US', translator('recurring.errors'), describer());
    const tagged = { ...rent, merchant: 'Landlord', tags: ['home'] };
    const values = editValuesFor(tagged, 'en-US');
    expect(toRecurringUpdate(schema.parse(values), tagged)).toEqual({
      scope: 'future',
      on: '2026-12-31',
      amountMinor: 120000,
      description: 'Rent',
      categoryId: null,
    });
    const changed = {
      ...values,
      merchant: '',
      note: 'Flat 2',
      tags: 'home, Fixed',
      changeSchedule: true,
      kind: 'monthlyLastDay',
    };
    expect(toRecurringUpdate(schema.parse(changed), tagged)).toMatchObject({
      merchant: null,
      note: 'Flat 2',
      tags: ['home', 'fixed'],
      schedule: { kind: 'monthlyLastDay', every: 1 },
    });
    expect(
      toRecurringUpdate(
        schema.parse({ ...values, changeSchedule: true, kind: 'monthlyWeekday', week: '2', weekday: '5' }),
        tagged,
      ).schedule,
    ).toEqual({ kind: 'monthlyWeekday', every: 1, weekday: 5, week: 2 });
  });

  it('refuses a new schedule for one occurrence, and a bad day only when the schedule changes', () => {
    const schema = recurringEditSchema('EUR', 'en-US', translator('recurring.errors'), describer());
    const fieldsWrong = (values: object) => {
      const result = schema.safeParse({ ...editValuesFor(rent, 'en-US'), ...values });
      return result.success ? [] : result.error.issues.map((issue) => issue.path[0]);
    };
    expect(fieldsWrong({ scope: 'occurrence', changeSchedule: true })).toEqual(['changeSchedule']);
    expect(fieldsWrong({ changeSchedule: true, day: '32' })).toEqual(['day']);
    expect(fieldsWrong({ changeSchedule: false, day: '32' })).toEqual([]);
  });
});
