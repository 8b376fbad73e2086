-- Built by apps/api/src/expenses/expense-actions.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "[{\"id\":\"0192f1c4-0000-7000-8000-0000000000a1\"}]"
-- $2 = "0192f1c4-0000-7000-8000-000000000001"
WITH r AS (
  SELECT * FROM jsonb_populate_recordset(NULL::expenses, $1::jsonb) WHERE user_id = $2::uuid
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
SELECT (SELECT count(*)::int FROM restored) AS restored, (SELECT count(*)::int FROM relinked) AS relinked
