-- Built by apps/api/src/expenses/expense-order.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "0192f1c4-0000-7000-8000-000000000001"
-- $3 = "%coffee%"
-- $4 = "%coffee%"
-- $5 = "2026-11-30"
-- $6 = "2026-11-30T08:00:00.000Z"
-- $7 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $8 = 26
-- $9 = "0192f1c4-0000-7000-8000-000000000001"
-- $10 = "%coffee%"
-- $11 = "%coffee%"
-- $12 = "2026-11-30"
-- $13 = "2026-11-30T08:00:00.000Z"
-- $14 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $15 = 26
-- $16 = false
-- $17 = "groceries"
-- $18 = "0192f1c4-0000-7000-8000-000000000001"
-- $19 = "%coffee%"
-- $20 = "%coffee%"
-- $21 = 26
-- $22 = "0192f1c4-0000-7000-8000-000000000001"
-- $23 = "%coffee%"
-- $24 = "%coffee%"
-- $25 = 26
-- $26 = false
-- $27 = false
-- $28 = "groceries"
-- $29 = 26
WITH g AS MATERIALIZED (
        SELECT false AS k0, lower(c.name) AS k1, c.id FROM categories c WHERE c.user_id = $1::uuid
        UNION ALL SELECT true, '', NULL::uuid)
  SELECT page.* FROM (
  SELECT x.*, g.k0 AS g0, g.k1 AS g1
  FROM g CROSS JOIN LATERAL ((
        SELECT e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
e.updated_at AS "updatedAt", json_build_array(g.k0,g.k1) AS "sortKeys",
               NULL::int AS "inGroupKey"
        FROM expenses e
        WHERE e.user_id = $2::uuid AND (e.description ILIKE $3 OR e.merchant ILIKE $4) AND g.id IS NOT NULL AND e.category_id = g.id AND (((e.occurred_on,e.created_at,e.id) < ($5::date,$6::timestamptz,$7::uuid)))
        ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC
        LIMIT $8) UNION ALL (
        SELECT e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
e.updated_at AS "updatedAt", json_build_array(g.k0,g.k1) AS "sortKeys",
               NULL::int AS "inGroupKey"
        FROM expenses e
        WHERE e.user_id = $9::uuid AND (e.description ILIKE $10 OR e.merchant ILIKE $11) AND g.id IS NULL AND e.category_id IS NULL AND (((e.occurred_on,e.created_at,e.id) < ($12::date,$13::timestamptz,$14::uuid)))
        ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC
        LIMIT $15)) x
  WHERE g.k0 = $16::boolean AND g.k1 = $17::text UNION ALL
  SELECT x.*, g.k0 AS g0, g.k1 AS g1
  FROM g CROSS JOIN LATERAL ((
        SELECT e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
e.updated_at AS "updatedAt", json_build_array(g.k0,g.k1) AS "sortKeys",
               NULL::int AS "inGroupKey"
        FROM expenses e
        WHERE e.user_id = $18::uuid AND (e.description ILIKE $19 OR e.merchant ILIKE $20) AND g.id IS NOT NULL AND e.category_id = g.id AND true
        ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC
        LIMIT $21) UNION ALL (
        SELECT e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
e.updated_at AS "updatedAt", json_build_array(g.k0,g.k1) AS "sortKeys",
               NULL::int AS "inGroupKey"
        FROM expenses e
        WHERE e.user_id = $22::uuid AND (e.description ILIKE $23 OR e.merchant ILIKE $24) AND g.id IS NULL AND e.category_id IS NULL AND true
        ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC
        LIMIT $25)) x
  WHERE (((g.k0) > ($26::boolean)) OR (g.k0 = $27::boolean AND (g.k1) < ($28::text)))) page
  ORDER BY page.g0 ASC, page.g1 DESC, page."occurredOn" DESC, page."createdAt" DESC, page.id DESC
  LIMIT $29
