-- Built by apps/api/src/expenses/expense-order.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "%coffee%"
-- $3 = "%coffee%"
-- $4 = "roastery"
-- $5 = "roastery"
-- $6 = "roastery"
-- $7 = "2026-11-30"
-- $8 = "2026-11-30T08:00:00.000Z"
-- $9 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $10 = 26
-- $11 = false
-- $12 = "0192f1c4-0000-7000-8000-000000000001"
-- $13 = "%coffee%"
-- $14 = "%coffee%"
-- $15 = 26
-- $16 = false
-- $17 = 26
WITH g AS MATERIALIZED (SELECT v.k0, ''::text AS k1 FROM (VALUES (false), (true)) v(k0))
  SELECT page.* FROM (
  SELECT x.*, g.k0 AS g0, g.k1 AS g1
  FROM g CROSS JOIN LATERAL ((
        SELECT e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
e.updated_at AS "updatedAt", json_build_array(g.k0,lower(coalesce(e.merchant, ''))) AS "sortKeys",
               lower(coalesce(e.merchant, '')) AS "inGroupKey"
        FROM expenses e
        WHERE e.user_id = $1::uuid AND (e.description ILIKE $2 OR e.merchant ILIKE $3) AND (e.merchant IS NULL) = g.k0 AND lower(coalesce(e.merchant, '')) >= $4::text
  AND (((lower(coalesce(e.merchant, ''))) > ($5::text)) OR (lower(coalesce(e.merchant, '')) = $6::text AND (e.occurred_on,e.created_at,e.id) < ($7::date,$8::timestamptz,$9::uuid)))
        ORDER BY lower(coalesce(e.merchant, '')) ASC, e.occurred_on DESC, e.created_at DESC, e.id DESC
        LIMIT $10)) x
  WHERE g.k0 = $11::boolean UNION ALL
  SELECT x.*, g.k0 AS g0, g.k1 AS g1
  FROM g CROSS JOIN LATERAL ((
        SELECT e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
e.updated_at AS "updatedAt", json_build_array(g.k0,lower(coalesce(e.merchant, ''))) AS "sortKeys",
               lower(coalesce(e.merchant, '')) AS "inGroupKey"
        FROM expenses e
        WHERE e.user_id = $12::uuid AND (e.description ILIKE $13 OR e.merchant ILIKE $14) AND (e.merchant IS NULL) = g.k0 AND true
        ORDER BY lower(coalesce(e.merchant, '')) ASC, e.occurred_on DESC, e.created_at DESC, e.id DESC
        LIMIT $15)) x
  WHERE (((g.k0) > ($16::boolean)))) page
  ORDER BY page.g0 ASC, page."inGroupKey" ASC, page."occurredOn" DESC, page."createdAt" DESC, page.id DESC
  LIMIT $17
