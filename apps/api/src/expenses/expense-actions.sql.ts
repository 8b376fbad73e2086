import { type BulkExpenseAction, TAGS_MAX } from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';

/** A row as a bulk change found it: what undo puts back. */
export interface ChangedRow {
  id: string;
  categoryId: string | null;
  tags: string[];
}

type Change = Exclude<BulkExpenseAction, { kind: 'delete' }>;

const mine = (userId: string, ids: string[]) =>
  Prisma.sql`e.user_id = ${userId}::uuid AND e.id = ANY(${ids}::uuid[])`;

/** Locks the named expenses of the person and counts them (fewer than named: some are not theirs). */
export function lockOwnSql(userId: string, ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS owned FROM (SELECT 1 FROM expenses e WHERE ${mine(userId, ids)} FOR UPDATE) owned`;
}

/** How many of the named expenses already hold the most tags an expense may have and lack `tag`. */
export function fullOfTagsSql(userId: string, ids: string[], tag: string, max: number): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS full FROM expenses e
    WHERE ${mine(userId, ids)} AND NOT e.tags @> ARRAY[${tag}]::text[] AND cardinality(e.tags) >= ${max}`;
}

/** Deletes the named expenses and returns each as it was (`to_jsonb` of the row), for undo to re-insert. */
export function deleteReturningSql(userId: string, ids: string[]): Prisma.Sql {
  return Prisma.sql`WITH gone AS (DELETE FROM expenses e WHERE ${mine(userId, ids)} RETURNING to_jsonb(e) AS row)
    SELECT coalesce(jsonb_agg(row), '[]'::jsonb) AS rows FROM gone`;
}

/**
 * Applies a change to the named expenses it would change (an expense already in the category, or already without
 * the tag, is left alone) and returns each one's previous category and tags.
 */
export function changeReturningSql(userId: string, ids: string[], action: Change): Prisma.Sql {
  const { applies, set } = changeOf(action);
  return Prisma.sql`WITH before AS (
      SELECT e.id, e.category_id, e.tags FROM expenses e WHERE ${mine(userId, ids)} AND ${applies}
    ), changed AS (
      UPDATE expenses e SET ${set}, updated_at = now() FROM before b WHERE e.id = b.id
      RETURNING e.id, b.category_id, b.tags
    )
    SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'categoryId', category_id, 'tags', tags)), '[]'::jsonb)
      AS rows
    FROM changed`;
}

function changeOf(action: Change) {
  switch (action.kind) {
    case 'setCategory':
      return {
        applies: Prisma.sql`e.category_id IS DISTINCT FROM ${action.categoryId}::uuid`,
        set: Prisma.sql`category_id = ${action.categoryId}::uuid`,
      };
    case 'addTag':
      return {
        applies: Prisma.sql`NOT e.tags @> ARRAY[${action.tag}]::text[]`,
        set: Prisma.sql`tags = array_append(e.tags, ${action.tag}::text)`,
      };
    case 'removeTag':
      return {
        applies: Prisma.sql`e.tags @> ARRAY[${action.tag}]::text[]`,
        set: Prisma.sql`tags = array_remove(e.tags, ${action.tag}::text)`,
      };
  }
}

/**
 * Re-inserts deleted rows as they were, except what is gone since: a deleted category leaves the row
 * uncategorised, an undone import unlinks it (key and all), an occurrence is linked again only if it is still
 * marked deleted (and is then marked generated again). A row whose import key or Idempotency-Key is taken again
 * since (imported or recorded anew) stays out: bringing it back would double it.
 */
export function restoreDeletedSql(userId: string, rows: unknown): Prisma.Sql {
  return Prisma.sql`WITH r AS (
      SELECT * FROM jsonb_populate_recordset(NULL::expenses, ${JSON.stringify(rows)}::jsonb) WHERE user_id = ${userId}::uuid
    ), restored AS (
      INSERT INTO expenses (id, user_id, category_id, amount_minor, currency, occurred_on, description, merchant, note,
        tags, idempotency_key, created_at, updated_at, import_id, import_key, recurring_occurrence_id)
      SELECT r.id, r.user_id,
        (SELECT c.id FROM categories c WHERE c.id = r.category_id AND c.user_id = r.user_id),
        r.amount_minor, r.currency, r.occurred_on, r.description, r.merchant, r.note, r.tags, r.idempotency_key,
        r.created_at, now(),
        (SELECT i.id FROM imports i WHERE i.id = r.import_id AND i.user_id = r.user_id),
        CASE WHEN EXISTS (SELECT 1 FROM imports i WHERE i.id = r.import_id AND i.user_id = r.user_id)
          THEN r.import_key END,
        (SELECT o.id FROM recurring_occurrences o
          WHERE o.id = r.recurring_occurrence_id AND o.user_id = r.user_id AND o.status = 'deleted')
      FROM r
      ON CONFLICT DO NOTHING
      RETURNING recurring_occurrence_id
    ), relinked AS (
      UPDATE recurring_occurrences o SET status = 'generated', updated_at = now()
      WHERE o.id IN (SELECT recurring_occurrence_id FROM restored) AND o.status = 'deleted'
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM restored) AS restored, (SELECT count(*)::int FROM relinked) AS relinked`;
}

/**
 * Reverses a change on each row where it is still in place — still in the category it moved them to, still
 * carrying (or lacking) the tag — and leaves alone rows changed that way again since; other edits stay. A tag
 * change whose row is otherwise as the action left it gets its previous tags back exactly (order included).
 */
export function restoreChangedSql(userId: string, action: Change, rows: ChangedRow[]): Prisma.Sql {
  const { inPlace, set } = reversalOf(action);
  return Prisma.sql`WITH r AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id uuid, "categoryId" uuid, tags text[])
    ), restored AS (
      UPDATE expenses e SET ${set}, updated_at = now()
      FROM r WHERE e.id = r.id AND e.user_id = ${userId}::uuid AND ${inPlace}
      RETURNING 1
    )
    SELECT count(*)::int AS restored FROM restored`;
}

function reversalOf(action: Change) {
  switch (action.kind) {
    case 'setCategory':
      return {
        inPlace: Prisma.sql`e.category_id IS NOT DISTINCT FROM ${action.categoryId}::uuid`,
        // A category deleted since leaves the row uncategorised.
        set: Prisma.sql`category_id = (SELECT c.id FROM categories c WHERE c.id = r."categoryId" AND c.user_id = e.user_id)`,
      };
    case 'addTag':
      return {
        inPlace: Prisma.sql`e.tags @> ARRAY[${action.tag}]::text[]`,
        set: Prisma.sql`tags = CASE WHEN e.tags = array_append(r.tags, ${action.tag}::text) THEN r.tags
          ELSE array_remove(e.tags, ${action.tag}::text) END`,
      };
    case 'removeTag':
      return {
        inPlace: Prisma.sql`NOT e.tags @> ARRAY[${action.tag}]::text[] AND cardinality(e.tags) < ${TAGS_MAX}`,
        set: Prisma.sql`tags = CASE WHEN e.tags = array_remove(r.tags, ${action.tag}::text) THEN r.tags
          ELSE array_append(e.tags, ${action.tag}::text) END`,
      };
  }
}

/** One of the person's undoable actions, locked so that two undos of it wait for each other. */
export function undoActionForUpdateQuery(userId: string, id: string): Prisma.Sql {
  return Prisma.sql`
        SELECT action, rows, undone_at AS "undoneAt", created_at AS "createdAt" FROM expense_undo_actions
        WHERE id = ${id}::uuid AND user_id = ${userId}::uuid FOR UPDATE`;
}
