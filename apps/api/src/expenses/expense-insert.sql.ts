import { type CreateExpense } from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';
import { alertsWantedSql } from '../budget-alerts';
import { EXPENSE_COLUMNS } from './expense-filters.sql';
import { type ExpenseRow } from './expense.mapper';

/** What one new expense row needs besides the request body. */
export interface NewExpense {
  /** UUIDv7, like Prisma's uuid(7) default. */
  id: string;
  userId: string;
  input: CreateExpense;
  idempotencyKey: string | null;
}

/** What insertExpenseSql returns. */
export interface InsertedExpenseRow extends ExpenseRow {
  alertsWanted: boolean;
}

/**
 * The INSERT of a new expense, returning it, and whether it can need a budget alert (`alertsWanted`). The currency is
 * the user's at this moment, read by the statement itself (it is never cached with the identity); no user row means
 * no row inserted. Raw SQL because this is the hottest write path (BENCHMARKS.md); the benchmark's floor sends this
 * same statement.
 */
export const insertExpenseSql = ({ id, userId, input, idempotencyKey }: NewExpense) => Prisma.sql`
  INSERT INTO expenses AS e (id, user_id, currency, amount_minor, occurred_on, description, merchant, note, tags,
    category_id, idempotency_key, created_at, updated_at)
  SELECT ${id}::uuid, u.id, u.currency, ${input.amountMinor}, ${input.occurredOn}::date,
    ${input.description}, ${input.merchant ?? null}, ${input.note ?? null}, ${input.tags ?? []}::text[],
    ${input.categoryId ?? null}::uuid, ${idempotencyKey}, now(), now()
  FROM users u WHERE u.id = ${userId}::uuid
  RETURNING ${EXPENSE_COLUMNS}, ${alertsWantedSql(Prisma.sql`e.user_id`)} AS "alertsWanted"`;

/**
 * Serialises the requests of one Idempotency-Key until the transaction ends; the delete trigger on expenses takes
 * the same lock (migration 20261126114500_expense_idempotency_tombstones).
 */
export const idempotencyLockSql = (userId: string, idempotencyKey: string) =>
  Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${userId}::text || ':' || ${idempotencyKey}::text, 0))`;
