-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
CREATE TEMPORARY TABLE import_rows (
  ord int PRIMARY KEY, line int NOT NULL, id uuid NOT NULL, import_key text NOT NULL, day date NOT NULL,
  amount bigint NOT NULL, currency text NOT NULL, description text NOT NULL, merchant text, bank_id text,
  name text NOT NULL, rule_id uuid, rule_category_id uuid,
  status text, match_id uuid, history_category_id uuid
) ON COMMIT DROP
