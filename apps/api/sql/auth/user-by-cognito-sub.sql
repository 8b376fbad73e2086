-- Built by apps/api/src/auth/user-provisioning.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "cognito-sub-1"
SELECT id, cognito_sub AS "cognitoSub" FROM users WHERE cognito_sub = $1
