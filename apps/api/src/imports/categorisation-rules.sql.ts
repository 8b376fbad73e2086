import { type RuleKind } from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';

const RETURNED = Prisma.raw(
  'id, kind, match_text AS text, category_id AS "categoryId", source, created_at AS "createdAt", ' +
    'updated_at AS "updatedAt"',
);

export const listRulesSql = (userId: string) => Prisma.sql`
  SELECT ${RETURNED} FROM categorisation_rules WHERE user_id = ${userId}::uuid ORDER BY match_text, kind, id`;

export const insertWrittenRuleSql = (
  id: string,
  userId: string,
  rule: { categoryId: string; kind: RuleKind; text: string },
) => Prisma.sql`
  INSERT INTO categorisation_rules (id, user_id, category_id, kind, match_text, source, updated_at)
  VALUES (${id}::uuid, ${userId}::uuid, ${rule.categoryId}::uuid, ${rule.kind}, ${rule.text}, 'written', now())
  RETURNING ${RETURNED}`;

export const ruleTextSql = (userId: string, id: string) => Prisma.sql`
  SELECT kind, match_text AS text FROM categorisation_rules WHERE id = ${id}::uuid AND user_id = ${userId}::uuid`;

/** Any change by hand makes the rule `written`: learning leaves it alone from then on. */
export const updateRuleSql = (
  userId: string,
  id: string,
  rule: { kind: RuleKind; text: string; categoryId: string | null },
) => Prisma.sql`
  UPDATE categorisation_rules
  SET kind = ${rule.kind}, match_text = ${rule.text}, category_id = coalesce(${rule.categoryId}::uuid, category_id),
    source = 'written', updated_at = now()
  WHERE id = ${id}::uuid AND user_id = ${userId}::uuid
  RETURNING ${RETURNED}`;

export const deleteRuleSql = (userId: string, id: string) => Prisma.sql`
  DELETE FROM categorisation_rules WHERE id = ${id}::uuid AND user_id = ${userId}::uuid`;

/** What the preview matches rows against (at most MAX_RULES rows). */
export const matchableRulesSql = (userId: string) => Prisma.sql`
  SELECT id, kind, match_text AS text, category_id AS "categoryId"
  FROM categorisation_rules WHERE user_id = ${userId}::uuid`;

export const ruleIdByTextSql = (userId: string, kind: RuleKind, text: string) => Prisma.sql`
  SELECT id FROM categorisation_rules
  WHERE user_id = ${userId}::uuid AND kind = ${kind} AND match_text = ${text}`;

export const countRulesSql = (userId: string) =>
  Prisma.sql`SELECT count(*)::int AS count FROM categorisation_rules WHERE user_id = ${userId}::uuid`;

export const knownLearnedTextsSql = (userId: string, texts: string[]) => Prisma.sql`
  SELECT match_text AS text FROM categorisation_rules
  WHERE user_id = ${userId}::uuid AND kind = 'equals' AND match_text = ANY(${texts}::text[])`;

/**
 * An `equals` rule per learned text, created or, when learned before, changed to the newer choice; a `written` rule
 * of the same text is left as the person wrote it.
 */
export const learnRulesSql = (
  userId: string,
  learned: Array<{ id: string; text: string; categoryId: string }>,
) => Prisma.sql`
  INSERT INTO categorisation_rules (id, user_id, category_id, kind, match_text, source, updated_at)
  SELECT l.id, ${userId}::uuid, l.category_id, 'equals', l.text, 'learned', now()
  FROM unnest(${learned.map((rule) => rule.id)}::uuid[], ${learned.map((rule) => rule.text)}::text[],
              ${learned.map((rule) => rule.categoryId)}::uuid[]) AS l(id, text, category_id)
  -- A category deleted since the check teaches nothing rather than failing the import.
  JOIN categories c ON c.id = l.category_id AND c.user_id = ${userId}::uuid
  ON CONFLICT (user_id, kind, match_text) DO UPDATE
    SET category_id = EXCLUDED.category_id, updated_at = now()
    WHERE categorisation_rules.source = 'learned' AND categorisation_rules.category_id <> EXCLUDED.category_id`;
