import { Injectable } from '@nestjs/common';
import {
  type ImportPreset,
  type ImportPresetList,
  ImportPresetMapping,
  type SaveImportPresetInput,
} from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { PrismaService } from '../prisma/prisma.service';
import { uuidV7 } from '../prisma/uuid-v7';
import { ImportPresetNotFoundError, UnknownPresetError } from './import.errors';
import { type SavedCsvPreset } from './parsers';

interface PresetRow {
  id: string;
  name: string;
  mapping: unknown;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * CSV mappings a person saved under a name (their bank's export). Saving under a name they already use (in any
 * case) replaces that preset; the preview applies the one whose header names the file has.
 */
@Injectable()
export class ImportPresetsService {
  constructor(private readonly prisma: PrismaService) {}

  async list(user: AuthenticatedUser): Promise<ImportPresetList> {
    const rows = await this.prisma.client.$queryRaw<PresetRow[]>`
      SELECT id, name, mapping, created_at AS "createdAt", updated_at AS "updatedAt"
      FROM import_presets WHERE user_id = ${user.id}::uuid ORDER BY normalized_name, id`;
    return { items: rows.map(toPreset) };
  }

  async save(
    user: AuthenticatedUser,
    input: SaveImportPresetInput,
  ): Promise<{ preset: ImportPreset; created: boolean }> {
    const [row] = await this.prisma.client.$queryRaw<Array<PresetRow & { created: boolean }>>`
      INSERT INTO import_presets (id, user_id, name, normalized_name, mapping, updated_at)
      VALUES (${uuidV7()}::uuid, ${user.id}::uuid, ${input.name}, ${input.name.toLowerCase()},
        ${JSON.stringify(input.mapping)}::jsonb, now())
      ON CONFLICT (user_id, normalized_name) DO UPDATE
        SET name = EXCLUDED.name, mapping = EXCLUDED.mapping, updated_at = now()
      RETURNING id, name, mapping, created_at AS "createdAt", updated_at AS "updatedAt", (xmax = 0) AS created`;
    const { created, ...preset } = row!;
    return { preset: toPreset(preset), created };
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const removed = await this.prisma.client.$executeRaw`
      DELETE FROM import_presets WHERE id = ${id}::uuid AND user_id = ${user.id}::uuid`;
    if (removed === 0) throw new ImportPresetNotFoundError();
  }

  /**
   * The presets a file is read with: the one asked for by id (400 naming `preset` when it is not the person's),
   * else all of theirs, for the parser to pick by header.
   */
  async forParsing(
    user: AuthenticatedUser,
    id: string | undefined,
  ): Promise<{ preset?: SavedCsvPreset; savedPresets: SavedCsvPreset[] }> {
    const presets = (await this.list(user)).items.map(toSaved);
    if (id === undefined) return { savedPresets: presets };
    const preset = presets.find((candidate) => candidate.id === id);
    if (!preset) throw new UnknownPresetError();
    return { preset, savedPresets: [] };
  }
}

function toPreset(row: PresetRow): ImportPreset {
  return {
    id: row.id,
    name: row.name,
    // Written through the same schema; parsing again fills defaults a preset saved before a new column lacks.
    mapping: ImportPresetMapping.parse(row.mapping),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toSaved(preset: ImportPreset): SavedCsvPreset {
  const { mapping } = preset;
  return {
    id: preset.id,
    name: preset.name,
    delimiter: mapping.delimiter === 'tab' ? '\t' : mapping.delimiter,
    hasHeader: mapping.hasHeader,
    dateOrder: mapping.dateOrder,
    decimalMark: mapping.decimalMark,
    signConvention: mapping.signConvention,
    columns: mapping.columns,
  };
}
