import { describe, it, expect } from 'vitest';
import { CreateExpenseInput, ListExpensesQuery, UpdateCategoryInput, Uuid } from '@spendwise/contracts';
import { ValidationFailedError } from '../errors/domain-error';
import { ContractValidationPipe } from './contract-validation.pipe';

const pipe = new ContractValidationPipe();

async function detailsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailedError);
    return (error as ValidationFailedError).details;
  }
  throw new Error('expected a validation failure');
}

describe('ContractValidationPipe', () => {
  it('returns the parsed value (trimmed, normalised) when valid', async () => {
    const value = await pipe.transform(
      { amountMinor: 1250, occurredOn: '2026-03-01', description: '  Lunch ', tags: ['Work', 'work'] },
      { type: 'body', schema: CreateExpenseInput },
    );
    expect(value).toEqual({
      amountMinor: 1250,
      occurredOn: '2026-03-01',
      description: 'Lunch',
      tags: ['work'],
    });
  });

  it('names each field and its problem: missing, invalid, and not allowed', async () => {
    const details = await detailsOf(
      pipe.transform(
        { amountMinor: 0, occurredOn: '2026-02-30', extra: true },
        { type: 'body', schema: CreateExpenseInput },
      ),
    );
    expect(details).toEqual([
      {
        field: 'amountMinor',
        message: 'must not be zero: a positive amount is spending, a negative one a refund',
      },
      { field: 'occurredOn', message: 'is not a real calendar date' },
      { field: 'description', message: 'is required' },
      { field: 'extra', message: 'is not an allowed field' },
    ]);
  });

  it('names nested fields by path', async () => {
    const details = await detailsOf(
      pipe.transform(
        { amountMinor: 1, occurredOn: '2026-03-01', description: 'x', tags: ['ok', ''] },
        { type: 'body', schema: CreateExpenseInput },
      ),
    );
    expect(details).toEqual([{ field: 'tags.1', message: 'must be at least 1 character(s)' }]);
  });

  it('names the whole body, a parameter or a query field when the problem is there', async () => {
    expect(await detailsOf(pipe.transform({}, { type: 'body', schema: UpdateCategoryInput }))).toEqual([
      { field: 'body', message: 'send a name, a color or both' },
    ]);
    expect(await detailsOf(pipe.transform('42', { type: 'param', data: 'id', schema: Uuid }))).toEqual([
      { field: 'id', message: 'must be a UUID' },
    ]);
    expect(
      await detailsOf(
        pipe.transform(
          { from: '2026-05-01', to: '2026-04-01' },
          { type: 'query', schema: ListExpensesQuery },
        ),
      ),
    ).toEqual([{ field: 'from', message: 'must not be after to' }]);
  });

  it('leaves arguments without a schema alone', async () => {
    const raw = { anything: 1 };
    await expect(pipe.transform(raw, { type: 'body' })).resolves.toBe(raw);
  });
});

describe('ContractValidationPipe, one message per field', () => {
  it('reports only the first problem of a field', async () => {
    const details = await detailsOf(
      pipe.transform(
        { amountMinor: 1, occurredOn: '2026-13-01', description: 'x' },
        { type: 'body', schema: CreateExpenseInput },
      ),
    );
    expect(details).toEqual([{ field: 'occurredOn', message: 'must be a date as YYYY-MM-DD' }]);
  });
});
