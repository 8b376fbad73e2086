import {
  defaultDirection,
  type ExpenseFilters,
  type ExpenseSort,
  type SortDirection,
} from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';
import { z } from 'zod';
import { EXPENSE_COLUMNS, expenseConditions } from './expense-filters.sql';

/** A sort and its direction, e.g. `amount-desc`: the list's order, and the order a cursor belongs to. */
export type ExpenseOrder = `${ExpenseSort}-${SortDirection}`;

export const NEWEST_FIRST_ORDER: ExpenseOrder = 'date-desc';

export function expenseOrder(sort: ExpenseSort = 'date', direction?: SortDirection): ExpenseOrder {
  return `${sort}-${direction ?? defaultDirection(sort)}`;
}

/** A value of a sort key as the cursor carries it (JSON). */
export type SortKeyValue = boolean | string | number;

/** Where a page starts: after the row with these key values and tie-breakers. */
export interface Position {
  keys: SortKeyValue[];
  occurredOn: string;
  createdAt: string;
  id: string;
}

interface Column {
  expression: Prisma.Sql;
  descending: boolean;
  cast: Prisma.Sql;
}

const BOOLEAN = Prisma.raw('boolean');
const TEXT = Prisma.raw('text');
const INT = Prisma.raw('int');

/**
 * The orders other than by date. Their rows fall into **groups** that keep together whatever the direction — the
 * base currency before the others (amounts in different currencies are never compared at a guessed rate), each
 * other currency apart; rows with a merchant or a category before those without; each category apart — and within
 * a group they follow at most one **key** (the amount, the merchant), then the tie-breakers, newest first.
 *
 * A page reads the groups in order and, per group, one index range in the key's order (`LATERAL … LIMIT`), so it
 * reads about `limit` rows per group it touches instead of sorting every row the filters match (a top-N sort of
 * 100,000 rows took 118–184 ms; BENCHMARKS.md, "Sorted lists"). The cursor's keys are the group's keys, then the
 * key: the same values the list has always put in its cursors.
 */
interface GroupedOrder {
  /** One row per group as `g`, with its keys `k0` and `k1` (`''` where an order has one group key). */
  groups: (userId: string) => Prisma.Sql;
  /** `g`'s keys that order the groups, most significant first. */
  groupKeys: Column[];
  /** The rows of group `g`: alternatives of which one holds for a given group, each an index range. */
  ranges: Prisma.Sql[];
  /** The order within a group before the tie-breakers, if any. */
  key: Column | null;
  /** Shape of the cursor's key values, so a tampered cursor is a 400, never an SQL error. */
  values: z.ZodType<SortKeyValue[]>;
}

// PostgreSQL text holds no NUL and int4 ends at 2^31 - 1: a key outside them would be a 500, not a 400.
const KeyText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !text.includes('\0'));
const KeyInt = z.number().int().min(-2_147_483_648).max(2_147_483_647);

const k0 = (descending = false): Column => ({ expression: Prisma.sql`g.k0`, descending, cast: BOOLEAN });
const k1 = (descending = false): Column => ({ expression: Prisma.sql`g.k1`, descending, cast: TEXT });

function groupedOrder(sort: Exclude<ExpenseSort, 'date'>, descending: boolean): GroupedOrder {
  switch (sort) {
    case 'amount':
      // The person's currencies from their expenses themselves, one index probe each (a "loose index scan": the
      // next currency after the last one found), not a scan of every row; then one range of
      // expenses_user_currency_amount_idx per currency.
      return {
        groups: (userId) => Prisma.sql`
          WITH RECURSIVE c(currency) AS (
            SELECT min(currency) FROM expenses WHERE user_id = ${userId}::uuid
            UNION ALL
            SELECT (SELECT min(e.currency) FROM expenses e WHERE e.user_id = ${userId}::uuid AND e.currency > c.currency)
            FROM c WHERE c.currency IS NOT NULL
          )
          SELECT (c.currency <> u.currency) AS k0, c.currency AS k1
          FROM c CROSS JOIN (SELECT currency FROM users WHERE id = ${userId}::uuid) u
          WHERE c.currency IS NOT NULL`,
        groupKeys: [k0(), k1()],
        ranges: [Prisma.sql`e.currency = g.k1`],
        key: { expression: Prisma.sql`e.amount_minor`, descending, cast: INT },
        values: z.tuple([z.boolean(), KeyText(3), KeyInt]),
      };
    case 'merchant':
      // Indexes expenses_user_merchant_{asc,desc}_idx: (user_id, (merchant IS NULL), lower(coalesce(merchant, '')), …).
      return {
        groups: () => Prisma.sql`SELECT v.k0, ''::text AS k1 FROM (VALUES (false), (true)) v(k0)`,
        groupKeys: [k0()],
        ranges: [Prisma.sql`(e.merchant IS NULL) = g.k0`],
        key: { expression: Prisma.sql`lower(coalesce(e.merchant, ''))`, descending, cast: TEXT },
        values: z.tuple([z.boolean(), KeyText(400)]),
      };
    case 'category':
      // Category names are unique per person whatever their case, so lower(name) names one group; index
      // expenses_user_category_idx, one range per category and one for the uncategorised.
      return {
        groups: (userId) => Prisma.sql`
          SELECT false AS k0, lower(c.name) AS k1, c.id FROM categories c WHERE c.user_id = ${userId}::uuid
          UNION ALL SELECT true, '', NULL::uuid`,
        groupKeys: [k0(), k1(descending)],
        ranges: [
          Prisma.sql`g.id IS NOT NULL AND e.category_id = g.id`,
          Prisma.sql`g.id IS NULL AND e.category_id IS NULL`,
        ],
        key: null,
        values: z.tuple([z.boolean(), KeyText(400)]),
      };
  }
}

const TIES = (descending: boolean): Column[] =>
  (
    [
      ['e.occurred_on', 'date'],
      ['e.created_at', 'timestamptz'],
      ['e.id', 'uuid'],
    ] as const
  ).map(([column, cast]) => ({ expression: Prisma.raw(column), descending, cast: Prisma.raw(cast) }));

function split(order: ExpenseOrder): [ExpenseSort, boolean] {
  const [sort, direction] = order.split('-') as [ExpenseSort, SortDirection];
  return [sort, direction === 'desc'];
}

/** Is `values` the shape the order's keys have? */
export function validSortKeys(order: ExpenseOrder, values: unknown): values is SortKeyValue[] {
  const [sort, descending] = split(order);
  const shape = sort === 'date' ? z.tuple([]) : groupedOrder(sort, descending).values;
  return shape.safeParse(values).success;
}

/**
 * Rows strictly after `values` in the order of `columns`. Consecutive columns of one direction compare as one row
 * value, so the date order stays `(occurred_on, created_at, id) < (…)`: a range scan of its index at any depth.
 */
function after(columns: (Column & { value: unknown })[]): Prisma.Sql {
  const literal = (column: Column & { value: unknown }) => Prisma.sql`${column.value}::${column.cast}`;
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
      .map((column) => Prisma.sql`${column.expression} = ${literal(column)}`);
    const comparison = Prisma.sql`(${Prisma.join(run.map((column) => column.expression))}) ${Prisma.raw(
      run[0]!.descending ? '<' : '>',
    )} (${Prisma.join(run.map(literal))})`;
    return Prisma.join([...equalBefore, comparison], ' AND ');
  });
  return Prisma.sql`((${Prisma.join(alternatives, ') OR (')}))`;
}

/** The tie-breakers with `position`'s values, to compare against. */
const tiesAt = (position: Position, descending = true) =>
  TIES(descending).map((column, index) => ({
    ...column,
    value: [position.occurredOn, position.createdAt, position.id][index],
  }));

/**
 * Rows after `position` within its group. With a key whose direction differs from the tie-breakers' (an ascending
 * amount, newest first among equals), `after` is an OR that bounds no index range: the key's own `>=` (or `<=`)
 * is what lets the read start at the cursor instead of at the group's first row.
 */
function inGroupAfter(key: Column | null, value: SortKeyValue | undefined, position: Position): Prisma.Sql {
  if (!key) return after(tiesAt(position));
  const literal = Prisma.sql`${value}::${key.cast}`;
  return Prisma.sql`${key.expression} ${Prisma.raw(key.descending ? '<=' : '>=')} ${literal}
    AND ${after([{ ...key, value }, ...tiesAt(position)])}`;
}

const orderBy = (columns: Column[]) =>
  Prisma.join(
    columns.map(
      (column) => Prisma.sql`${column.expression} ${Prisma.raw(column.descending ? 'DESC' : 'ASC')}`,
    ),
    ', ',
  );

export interface PageQuery {
  userId: string;
  filters: ExpenseFilters;
  order: ExpenseOrder;
  /** The position the page starts after, in `order`; none for the first page. */
  after: Position | null;
  limit: number;
  /** Also each row's category name (the export). */
  withCategoryName?: boolean;
}

/**
 * One page of a person's expenses in `order`: ExpenseRow columns plus, outside the date order, `"sortKeys"` (the
 * row's key values, for the next cursor). The one statement the list, the export and the benchmark's SQL floor send.
 */
export function expensePageSql(query: PageQuery): Prisma.Sql {
  const [sort, descending] = split(query.order);
  return sort === 'date' ? byDate(query, descending) : grouped(query, groupedOrder(sort, descending));
}

/** Newest (or oldest) first: one range scan of expenses_user_recent_idx from the cursor, at any depth. */
function byDate(
  { userId, filters, after: position, limit, withCategoryName }: PageQuery,
  descending: boolean,
) {
  const conditions = expenseConditions(userId, filters);
  if (position) conditions.push(after(tiesAt(position, descending)));
  const categoryName = withCategoryName
    ? Prisma.sql`, (SELECT c.name FROM categories c WHERE c.id = e.category_id) AS "categoryName"`
    : Prisma.empty;
  return Prisma.sql`
    SELECT ${EXPENSE_COLUMNS} ${categoryName}
    FROM expenses e
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ${orderBy(TIES(descending))}
    LIMIT ${limit}`;
}

/**
 * The rest of the cursor's group (bounded by the cursor inside the index range), then every later group from its
 * start; each group's rows are read in order and at most `limit` of them, and the few read are ordered once.
 */
function grouped({ userId, filters, after: position, limit }: PageQuery, plan: GroupedOrder): Prisma.Sql {
  const conditions = Prisma.join(expenseConditions(userId, filters), ' AND ');
  const inGroup = [...(plan.key ? [plan.key] : []), ...TIES(true)];
  const sortKeys = Prisma.join(
    [...plan.groupKeys, ...(plan.key ? [plan.key] : [])].map((column) => column.expression),
  );
  const rangeRead = (bound: Prisma.Sql) =>
    Prisma.join(
      plan.ranges.map(
        (range) => Prisma.sql`(
          SELECT ${EXPENSE_COLUMNS}, json_build_array(${sortKeys}) AS "sortKeys",
                 ${plan.key?.expression ?? Prisma.sql`NULL::int`} AS "inGroupKey"
          FROM expenses e
          WHERE ${conditions} AND ${range} AND ${bound}
          ORDER BY ${orderBy(inGroup)}
          LIMIT ${limit})`,
      ),
      ' UNION ALL ',
    );
  const branch = (groupCondition: Prisma.Sql, bound: Prisma.Sql) => Prisma.sql`
    SELECT x.*, g.k0 AS g0, g.k1 AS g1
    FROM g CROSS JOIN LATERAL (${rangeRead(bound)}) x
    WHERE ${groupCondition}`;

  const groupKeys = plan.groupKeys.map((column, index) => ({ ...column, value: position?.keys[index] }));
  const branches = position
    ? [
        branch(
          Prisma.join(
            groupKeys.map((column) => Prisma.sql`${column.expression} = ${column.value}::${column.cast}`),
            ' AND ',
          ),
          inGroupAfter(plan.key, position.keys[plan.groupKeys.length], position),
        ),
        branch(after(groupKeys), Prisma.sql`true`),
      ]
    : [branch(Prisma.sql`true`, Prisma.sql`true`)];

  const pageOrder: Column[] = [
    ...plan.groupKeys.map((column, index) => ({ ...column, expression: Prisma.raw(`page.g${index}`) })),
    ...(plan.key ? [{ ...plan.key, expression: Prisma.raw('page."inGroupKey"') }] : []),
    ...['"occurredOn"', '"createdAt"', 'id'].map((column) => ({
      expression: Prisma.raw(`page.${column}`),
      descending: true,
      cast: TEXT,
    })),
  ];
  return Prisma.sql`
    WITH g AS MATERIALIZED (${plan.groups(userId)})
    SELECT page.* FROM (${Prisma.join(branches, ' UNION ALL ')}) page
    ORDER BY ${orderBy(pageOrder)}
    LIMIT ${limit}`;
}
