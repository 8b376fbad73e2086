import { describe, expect, it } from 'vitest';
import { describer, translator } from '@/test/translate';
import { expenseFormSchema, toExpenseInput, type ExpenseFormValues } from './expense-form';

const CATEGORY = '0196b0a0-7a8e-7c3a-9d2e-3f4a5b6c7d8e';
const filled: ExpenseFormValues = {
  amount: '12.50',
  occurredOn: '2026-11-05',
  description: '  Lunch  ',
  merchant: '',
  note: '',
  tags: ' Work, food ,, work ',
  categoryId: CATEGORY,
};

function issues(values: ExpenseFormValues, currency = 'USD', locale = 'en-US') {
  const result = expenseFormSchema(currency, locale, translator('expenseForm'), describer()).safeParse(
    values,
  );
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
}

describe('expense form schema', () => {
  it('turns the typed form into the API request: minor units, trimmed text, tags as a list', () => {
    const parsed = expenseFormSchema('USD', 'en-US', translator('expenseForm'), describer()).parse(filled);
    expect(toExpenseInput(parsed)).toEqual({
      amountMinor: 1250,
      occurredOn: '2026-11-05',
      description: 'Lunch',
      merchant: null,
      note: null,
      tags: ['work', 'food'],
      categoryId: CATEGORY,
    });
  });

  it('sends a refund as a negative amount, and a form without a kind (an older draft) as spending', () => {
    const schema = expenseFormSchema('USD', 'en-US', translator('expenseForm'), describer());
    expect(toExpenseInput(schema.parse({ ...filled, kind: 'refund', amount: '20.00' })).amountMinor).toBe(
      -2000,
    );
    expect(toExpenseInput(schema.parse({ ...filled, kind: 'expense' })).amountMinor).toBe(1250);
    expect(schema.parse(filled).kind).toBe('expense');
    expect(issues({ ...filled, kind: 'refund', amount: '0' })).toEqual({
      amount: 'Amount must be greater than zero',
    });
  });

  it('sends "no category" as null', () => {
    expect(
      expenseFormSchema('USD', 'en-US', translator('expenseForm'), describer()).parse({
        ...filled,
        categoryId: '',
      }).categoryId,
    ).toBeNull();
  });

  it("reads the amount in the person's currency and number format", () => {
    expect(
      expenseFormSchema('EUR', 'de-DE', translator('expenseForm'), describer()).parse({
        ...filled,
        amount: '12,50',
      }).amount,
    ).toBe(1250);
    expect(
      expenseFormSchema('JPY', 'en-US', translator('expenseForm'), describer()).parse({
        ...filled,
        amount: '980',
      }).amount,
    ).toBe(980);
  });

  it("reports each field's problem by the shared contract's rules", () => {
    expect(issues({ ...filled, amount: '12.345' })).toEqual({
      amount: '"12.345" reads as 12.345, but USD has 2 decimal places',
    });
    expect(issues({ ...filled, amount: '' })).toEqual({ amount: 'Enter an amount' });
    expect(issues({ ...filled, description: '   ' })).toEqual({ description: 'Describe the expense' });
    expect(issues({ ...filled, description: 'x'.repeat(201) })).toEqual({
      description: 'must be at most 200 characters',
    });
    expect(issues({ ...filled, occurredOn: '2026-02-30' })).toEqual({
      occurredOn: 'is not a real calendar date',
    });
    expect(issues({ ...filled, tags: Array.from({ length: 11 }, (_, i) => `t${i}`).join(',') })).toEqual({
      tags: 'must hold at most 10 tags',
    });
  });
});
