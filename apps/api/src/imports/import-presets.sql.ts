import { Prisma } from '@spendwise/db';

const RETURNED = Prisma.raw('id, name, mapping, created_at AS "createdAt", updated_at AS "updatedAt"');

export const listPresetsSql = (userId: string) => Prisma.sql`
  SELECT ${RETURNED} FROM import_presets WHERE user_id = ${userId}::uuid ORDER BY normalized_name, id`;

/** Saving under a name the person already uses (in any case) replaces that preset; `created` says which. */
export const savePresetSql = (id: string, userId: string, name: string, mapping: unknown) => Prisma.sql`
  INSERT INTO import_presets (id, user_id, name, normalized_name, mapping, updated_at)
  VALUES (${id}::uuid, ${userId}::uuid, ${name}, ${name.toLowerCase()}, ${JSON.stringify(mapping)}::jsonb, now())
  ON CONFLICT (user_id, normalized_name) DO UPDATE
    SET name = EXCLUDED.name, mapping = EXCLUDED.mapping, updated_at = now()
  RETURNING ${RETURNED}, (xmax = 0) AS created`;

export const deletePresetSql = (userId: string, id: string) => Prisma.sql`
  DELETE FROM import_presets WHERE id = ${id}::uuid AND user_id = ${userId}::uuid`;
