-- Built by apps/api/src/expenses/expense-order.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "0192f1c4-0000-7000-8000-000000000001"
-- $3 = "0192f1c4-0000-7000-8000-000000000001"
-- $4 = "0192f1c4-0000-7000-8000-000000000001"
-- $5 = "%coffee%"
-- $6 = "%coffee%"
-- $7 = 1250
-- $8 = 1250
-- $9 = 1250
-- $10 = "2026-11-30"
-- $11 = "2026-11-30T08:00:00.000Z"
-- $12 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $13 = 26
-- $14 = false
-- $15 = "EUR"
-- $16 = "0192f1c4-0000-7000-8000-000000000001"
-- $17 = "%coffee%"
-- $18 = "%coffee%"
-- $19 = 26
-- $20 = false
-- $21 = "EUR"
-- $22 = 26
WITH g AS MATERIALIZED (
        WITH RECURSIVE c(currency) AS (
          SELECT min(currency) FROM expenses WHERE user_id = $1::uuid
          UNION ALL
          SELECT (SELECT min(e.currency) FROM expenses e WHERE e.user_id = $2::uuid AND e.currency > c.currency)
          FROM c WHERE c.currency IS NOT NULL
        )
        SELECT (c.currency <> u.currency) AS k0, c.currency AS k1
        FROM c CROSS JOIN (SELECT currency FROM users WHERE id = $3::uuid) u
        WHERE c.currency IS NOT NULL)
  SELECT page.* FROM (
  SELECT x.*, g.k0 AS g0, g.k1 AS g1
  FROM g CROSS JOIN LATERAL ((
        SELECT e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
e.updated_at AS "updatedAt", json_build_array(g.k0,g.k1,e.amount_minor) AS "sortKeys",
               e.amount_minor AS "inGroupKey"
        FROM expenses e
        WHERE e.user_id = $4::uuid AND (e.description ILIKE $5 OR e.merchant ILIKE $6) AND e.currency = g.k1 AND e.amount_minor >= $7::int
  AND (((e.amount_minor) > ($8::int)) OR (e.amount_minor = $9::int AND (e.occurred_on,e.created_at,e.id) < ($10::date,$11::timestamptz,$12::uuid)))
        ORDER BY e.amount_minor ASC, e.occurred_on DESC, e.created_at DESC, e.id DESC
        LIMIT $13)) x
  WHERE g.k0 = $14::boolean AND g.k1 = $15::text UNION ALL
  SELECT x.*, g.k0 AS g0, g.k1 AS g1
  FROM g CROSS JOIN LATERAL ((
        SELECT e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
e.updated_at AS "updatedAt", json_build_array(g.k0,g.k1,e.amount_minor) AS "sortKeys",
               e.amount_minor AS "inGroupKey"
        FROM expenses e
        WHERE e.user_id = $16::uuid AND (e.description ILIKE $17 OR e.merchant ILIKE $18) AND e.currency = g.k1 AND true
        ORDER BY e.amount_minor ASC, e.occurred_on DESC, e.created_at DESC, e.id DESC
        LIMIT $19)) x
  WHERE (((g.k0,g.k1) > ($20::boolean,$21::text)))) page
  ORDER BY page.g0 ASC, page.g1 ASC, page."inGroupKey" ASC, page."occurredOn" DESC, page."createdAt" DESC, page.id DESC
  LIMIT $22
