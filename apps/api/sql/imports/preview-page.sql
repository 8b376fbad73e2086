-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = 1000
-- $2 = 1000
SELECT r.line, to_char(r.day, 'YYYY-MM-DD') AS date, r.amount::int AS "amountMinor", r.currency, r.description,
  r.merchant, r.bank_id AS "bankId", r.status, r.status = 'new' AS include,
  CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('expenseId', m.id,
    'occurredOn', to_char(m.occurred_on, 'YYYY-MM-DD'), 'description', m.description) END AS match,
  coalesce(r.rule_category_id, r.history_category_id) AS "suggestedCategoryId",
  CASE WHEN r.rule_id IS NOT NULL THEN 'rule' WHEN r.history_category_id IS NOT NULL THEN 'history' END
    AS "suggestedBy",
  r.rule_id AS "suggestedRuleId"
FROM import_rows r LEFT JOIN expenses m ON m.id = r.match_id
ORDER BY r.ord OFFSET $1 LIMIT $2
