import { defaultDirection, type ExpenseSort, type SortDirection } from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';
import { z } from 'zod';

/** A sort and its direction, e.g. `amount-desc`: the list's order, and the order a cursor belongs to. */
export type ExpenseOrder = `${ExpenseSort}-${SortDirection}`;

export const NEWEST_FIRST_ORDER: ExpenseOrder = 'date-desc';

export function expenseOrder(sort: ExpenseSort = 'date', direction?: SortDirection): ExpenseOrder {
  return `${sort}-${direction ?? defaultDirection(sort)}`;
}

/** A value of a sort key as the cursor carries it (JSON). */
export type SortKeyValue = boolean | string | number;

interface SortKey {
  expression: Prisma.Sql;
  descending: boolean;
  cast: Prisma.Sql;
}

interface OrderPlan {
  /** Keys before the tie-breakers, most significant first. */
  keys: SortKey[];
  /** Direction of the tie-breakers (occurred_on, created_at, id). */
  tiesDescending: boolean;
  /** Shape of `keys`' values in a cursor, so a tampered cursor is a 400, never an SQL error. */
  values: z.ZodType<SortKeyValue[]>;
  /** What the keys need besides `expenses e`. */
  join: Prisma.Sql;
}

// PostgreSQL text holds no NUL and int4 ends at 2^31 - 1: a key outside them would be a 500, not a 400.
const KeyText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !text.includes('\0'));
const KeyInt = z.number().int().min(-2_147_483_648).max(2_147_483_647);

const BOOLEAN = Prisma.raw('boolean');
const TEXT = Prisma.raw('text');
const INT = Prisma.raw('int');

/**
 * Every order ends in (occurred_on, created_at, id), unique per row, so keyset pages never skip or repeat a row.
 * Groups that must stay together whatever the direction come first and always ascending: the base currency before
 * the others (amounts in different currencies are never compared at a guessed rate), and rows without a merchant
 * or a category last. Ties are newest first, except in the date order itself.
 */
function planOf(order: ExpenseOrder, userId: string): OrderPlan {
  const [sort, direction] = order.split('-') as [ExpenseSort, SortDirection];
  const descending = direction === 'desc';
  switch (sort) {
    case 'date':
      return { keys: [], tiesDescending: descending, values: z.tuple([]), join: Prisma.empty };
    case 'amount':
      return {
        keys: [
          {
            // Uncorrelated, so PostgreSQL reads the person's currency once per query (an InitPlan), not per row.
            expression: Prisma.sql`(e.currency <> (SELECT u.currency FROM users u WHERE u.id = ${userId}::uuid))`,
            descending: false,
            cast: BOOLEAN,
          },
          { expression: Prisma.sql`e.currency`, descending: false, cast: TEXT },
          { expression: Prisma.sql`e.amount_minor`, descending, cast: INT },
        ],
        tiesDescending: true,
        values: z.tuple([z.boolean(), KeyText(3), KeyInt]),
        join: Prisma.empty,
      };
    case 'merchant':
      return {
        keys: [
          { expression: Prisma.sql`(e.merchant IS NULL)`, descending: false, cast: BOOLEAN },
          { expression: Prisma.sql`lower(coalesce(e.merchant, ''))`, descending, cast: TEXT },
        ],
        tiesDescending: true,
        values: z.tuple([z.boolean(), KeyText(400)]),
        join: Prisma.empty,
      };
    case 'category':
      return {
        keys: [
          { expression: Prisma.sql`(e.category_id IS NULL)`, descending: false, cast: BOOLEAN },
          { expression: Prisma.sql`lower(coalesce(c.name, ''))`, descending, cast: TEXT },
        ],
        tiesDescending: true,
        values: z.tuple([z.boolean(), KeyText(400)]),
        join: Prisma.sql`LEFT JOIN categories c ON c.id = e.category_id`,
      };
  }
}

/** The JOIN (if any), the ORDER BY and a `"sortKeys"` column holding the row's key values for the next cursor. */
export function orderSql(order: ExpenseOrder, userId: string) {
  const plan = planOf(order, userId);
  const ties = plan.tiesDescending ? 'DESC' : 'ASC';
  const orderBy = [
    ...plan.keys.map((key) => Prisma.sql`${key.expression} ${Prisma.raw(key.descending ? 'DESC' : 'ASC')}`),
    ...['e.occurred_on', 'e.created_at', 'e.id'].map((column) => Prisma.raw(`${column} ${ties}`)),
  ];
  return {
    join: plan.join,
    orderBy: Prisma.sql`ORDER BY ${Prisma.join(orderBy, ', ')}`,
    keysColumn: plan.keys.length
      ? Prisma.sql`, json_build_array(${Prisma.join(plan.keys.map((key) => key.expression))}) AS "sortKeys"`
      : Prisma.empty,
  };
}

/** Is `values` the shape the order's keys have? */
export function validSortKeys(order: ExpenseOrder, values: unknown): values is SortKeyValue[] {
  return planOf(order, '00000000-0000-0000-0000-000000000000').values.safeParse(values).success;
}

/**
 * Rows strictly after a position in `order`. Consecutive keys of one direction compare as one row value, so the
 * date order stays `(occurred_on, created_at, id) < (…)`: a range scan of expenses_user_recent_idx at any depth.
 */
export function afterPosition(
  order: ExpenseOrder,
  userId: string,
  position: { keys: SortKeyValue[]; occurredOn: string; createdAt: string; id: string },
): Prisma.Sql {
  const plan = planOf(order, userId);
  const columns = [
    ...plan.keys.map((key, index) => ({ ...key, value: position.keys[index] })),
    {
      expression: Prisma.sql`e.occurred_on`,
      descending: plan.tiesDescending,
      cast: Prisma.raw('date'),
      value: position.occurredOn,
    },
    {
      expression: Prisma.sql`e.created_at`,
      descending: plan.tiesDescending,
      cast: Prisma.raw('timestamptz'),
      value: position.createdAt,
    },
    {
      expression: Prisma.sql`e.id`,
      descending: plan.tiesDescending,
      cast: Prisma.raw('uuid'),
      value: position.id,
    },
  ].map((column) => ({ ...column, literal: Prisma.sql`${column.value}::${column.cast}` }));

  const runs: (typeof columns)[] = [];
  for (const column of columns) {
    const run = runs.at(-1);
    if (run && run[0]!.descending === column.descending) run.push(column);
    else runs.push([column]);
  }
  const alternatives = runs.map((run, index) => {
    const equalBefore = runs
      .slice(0, index)
      .flat()
      .map((column) => Prisma.sql`${column.expression} = ${column.literal}`);
    const comparison = Prisma.sql`(${Prisma.join(run.map((column) => column.expression))}) ${Prisma.raw(
      run[0]!.descending ? '<' : '>',
    )} (${Prisma.join(run.map((column) => column.literal))})`;
    return Prisma.join([...equalBefore, comparison], ' AND ');
  });
  return Prisma.sql`((${Prisma.join(alternatives, ') OR (')}))`;
}
