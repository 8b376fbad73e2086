-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
COPY import_rows (ord, line, id, import_key, day, amount, currency, description, merchant, bank_id, name, rule_id, rule_category_id) FROM STDIN
