import { NEAR_MATCH_DAYS } from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';

/**
 * The staging table of one import, alive for its transaction only. Each row as it would be stored, then what SQL
 * decides about it: `status` (new, credit, duplicate, nearMatch), the near match and the history's category.
 * The expense's id is drawn in the API (uuid v7, like every id the API makes).
 */
export const createStagingSql = () => Prisma.sql`
  CREATE TEMPORARY TABLE import_rows (
    ord int PRIMARY KEY, line int NOT NULL, id uuid NOT NULL, import_key text NOT NULL, day date NOT NULL,
    amount bigint NOT NULL, currency text NOT NULL, description text NOT NULL, merchant text, bank_id text,
    name text NOT NULL, rule_id uuid, rule_category_id uuid,
    status text, match_id uuid, history_category_id uuid
  ) ON COMMIT DROP`;

/** The columns the COPY writes, in the order import-staging.repository.ts writes them. */
export const STAGED_COLUMNS =
  'ord, line, id, import_key, day, amount, currency, description, merchant, bank_id, name, rule_id, rule_category_id';

export const copyStagingSql = () => Prisma.raw(`COPY import_rows (${STAGED_COLUMNS}) FROM STDIN`);

export const markDuplicatesSql = (userId: string) => Prisma.sql`
  UPDATE import_rows r SET status = 'duplicate'
  FROM expenses e WHERE e.user_id = ${userId}::uuid AND e.import_key = r.import_key`;

/**
 * Each row not imported before is money in (a credit), a near match, or new. The near match of a debit is the
 * hand-entered expense (not imported) of the same amount and currency ±2 days that it most likely is: the one whose
 * merchant and description read most like the row's (pg_trgm similarity, which ignores case and punctuation), then
 * the nearest in date. A person who typed "Lunch at Pret" and "Bus pass" for the same sum on neighbouring days is
 * offered the lunch for the bank's "PRET A MANGER 0412", whichever day is nearer. One statement: each UPDATE
 * rewrites every row of the staging table.
 */
export const markNearMatchesSql = (userId: string) => Prisma.sql`
  UPDATE import_rows r
  SET match_id = m.id,
    status = CASE WHEN r.amount > 0 THEN 'credit' WHEN m.id IS NOT NULL THEN 'nearMatch' ELSE 'new' END
  FROM import_rows d
  LEFT JOIN LATERAL (
    SELECT e.id FROM expenses e
    WHERE d.amount < 0 AND e.user_id = ${userId}::uuid AND e.import_id IS NULL AND e.currency = d.currency
      AND e.occurred_on BETWEEN d.day - ${NEAR_MATCH_DAYS}::int AND d.day + ${NEAR_MATCH_DAYS}::int
      AND e.amount_minor = -d.amount
    ORDER BY similarity(concat_ws(' ', e.merchant, e.description),
                        concat_ws(' ', d.merchant, nullif(d.description, ''))) DESC,
             abs(e.occurred_on - d.day), e.id
    LIMIT 1
  ) m ON true
  WHERE d.ord = r.ord AND r.status IS NULL`;

/**
 * The category the person most often gave expenses with this merchant (or, without one, description). Credits too:
 * a refund belongs where its shop's spending goes.
 */
export const historyCategoriesSql = (userId: string) => Prisma.sql`
  UPDATE import_rows r SET history_category_id = h.category_id
  FROM (
    SELECT DISTINCT ON (name) name, category_id FROM (
      SELECT lower(regexp_replace(trim(coalesce(merchant, description)), '\\s+', ' ', 'g')) AS name, category_id
      FROM expenses WHERE user_id = ${userId}::uuid AND category_id IS NOT NULL
    ) named
    WHERE name IN (SELECT name FROM import_rows)
    GROUP BY name, category_id
    ORDER BY name, count(*) DESC, category_id
  ) h
  WHERE h.name = r.name`;

export const statusCountsSql = () =>
  Prisma.sql`SELECT status, count(*)::int AS count FROM import_rows GROUP BY status`;

/** A page of the staging table as the preview lists it. */
export const previewPageSql = (offset: number, limit: number) => Prisma.sql`
  SELECT r.line, to_char(r.day, 'YYYY-MM-DD') AS date, r.amount::int AS "amountMinor", r.currency, r.description,
    r.merchant, r.bank_id AS "bankId", r.status, r.status = 'new' AS include,
    CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('expenseId', m.id,
      'occurredOn', to_char(m.occurred_on, 'YYYY-MM-DD'), 'description', m.description) END AS match,
    coalesce(r.rule_category_id, r.history_category_id) AS "suggestedCategoryId",
    CASE WHEN r.rule_id IS NOT NULL THEN 'rule' WHEN r.history_category_id IS NOT NULL THEN 'history' END
      AS "suggestedBy",
    r.rule_id AS "suggestedRuleId"
  FROM import_rows r LEFT JOIN expenses m ON m.id = r.match_id
  ORDER BY r.ord OFFSET ${offset} LIMIT ${limit}`;

/** The person's decisions in a commit: lines to include or exclude, and categories chosen per line. */
export interface CommitChoices {
  include: number[];
  exclude: number[];
  categories: Map<number, string | null>;
}

/** The rows a commit stores: new ones, and credits or near matches included by line, less those excluded. */
const chosenRows = ({ include, exclude }: CommitChoices) => Prisma.sql`
  r.status <> 'duplicate'
  AND (r.status = 'new' OR r.line IN (SELECT unnest(${include}::int[])))
  AND r.line NOT IN (SELECT unnest(${exclude}::int[]))`;

const categoryChoices = ({ categories }: CommitChoices) => {
  const lines = [...categories.keys()];
  return Prisma.sql`
    unnest(${lines}::int[], ${lines.map((line) => categories.get(line))}::uuid[]) AS p(line, category_id)`;
};

export const insertImportSql = (
  importId: string,
  userId: string,
  file: { filename: string; format: string; read: number },
) => Prisma.sql`
  INSERT INTO imports (id, user_id, filename, format, rows_read, rows_stored, rows_skipped)
  VALUES (${importId}::uuid, ${userId}::uuid, ${file.filename}, ${file.format}, ${file.read}, 0, ${file.read})`;

/** A credit (money in) is stored only when included by line: its amount, negated like every row's, is a refund. */
export const insertChosenExpensesSql = (
  importId: string,
  userId: string,
  choices: CommitChoices,
) => Prisma.sql`
  INSERT INTO expenses (id, user_id, import_id, import_key, occurred_on, amount_minor, currency, description,
    merchant, category_id, updated_at)
  SELECT r.id, ${userId}::uuid, ${importId}::uuid, r.import_key, r.day, -r.amount, r.currency,
    r.description, r.merchant, c.id, now()
  FROM import_rows r
  LEFT JOIN ${categoryChoices(choices)} ON p.line = r.line
  -- A suggested category deleted since the preview leaves the row uncategorised rather than failing it.
  LEFT JOIN categories c ON c.user_id = ${userId}::uuid
    AND c.id = CASE WHEN p.line IS NULL THEN coalesce(r.rule_category_id, r.history_category_id)
                    ELSE p.category_id END
  WHERE ${chosenRows(choices)}
  ON CONFLICT (user_id, import_key) DO NOTHING`;

export const setImportCountsSql = (importId: string, stored: number, skipped: number) => Prisma.sql`
  UPDATE imports SET rows_stored = ${stored}, rows_skipped = ${skipped} WHERE id = ${importId}::uuid`;

/** Each stored row whose category the person chose over the suggestion: a rule for next time (docs/import.md). */
export const learnedChoicesSql = (choices: CommitChoices) => Prisma.sql`
  SELECT r.name AS text, p.category_id AS "categoryId"
  FROM import_rows r JOIN ${categoryChoices(choices)} ON p.line = r.line
  WHERE ${chosenRows(choices)} AND p.category_id IS NOT NULL
    AND p.category_id IS DISTINCT FROM coalesce(r.rule_category_id, r.history_category_id)
  ORDER BY r.ord`;

export const listImportsSql = (userId: string, onlyId?: string) => Prisma.sql`
  SELECT i.id, i.filename, i.format, i.rows_read AS "rowsRead", i.rows_stored AS "rowsStored",
    i.rows_skipped AS "rowsSkipped", i.created_at AS "createdAt",
    (SELECT count(*)::int FROM expenses e WHERE e.import_id = i.id) AS "rowsPresent",
    (SELECT count(*)::int FROM expenses e WHERE e.import_id = i.id AND e.updated_at > i.created_at)
      AS "rowsEdited"
  FROM imports i
  WHERE i.user_id = ${userId}::uuid ${onlyId ? Prisma.sql`AND i.id = ${onlyId}::uuid` : Prisma.empty}
  ORDER BY i.created_at DESC, i.id DESC`;

/** Undo: the import, whose foreign key cascades to exactly its expenses. */
export const deleteImportSql = (userId: string, id: string) => Prisma.sql`
  DELETE FROM imports WHERE id = ${id}::uuid AND user_id = ${userId}::uuid`;

export const userCurrencySql = (userId: string) =>
  Prisma.sql`SELECT currency FROM users WHERE id = ${userId}::uuid`;
