import { Injectable } from '@nestjs/common';
import {
  type ImportPreset,
  type ImportPresetList,
  ImportPresetMapping,
  type SaveImportPresetInput,
} from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { ImportPresetNotFoundError, UnknownPresetError } from './import.errors';
import { ImportPresetsRepository, type PresetRow } from './import-presets.repository';
import { type SavedCsvPreset } from './parsers';

/**
 * CSV mappings a person saved under a name (their bank's export). Saving under a name they already use (in any
 * case) replaces that preset; the preview applies the one whose header names the file has.
 */
@Injectable()
export class ImportPresetsService {
  constructor(private readonly repository: ImportPresetsRepository) {}

  async list(user: AuthenticatedUser): Promise<ImportPresetList> {
    const rows = await this.repository.list(user.id);
    return { items: rows.map(toPreset) };
  }

  async save(
    user: AuthenticatedUser,
    input: SaveImportPresetInput,
  ): Promise<{ preset: ImportPreset; created: boolean }> {
    const { created, ...preset } = await this.repository.save(user.id, input.name, input.mapping);
    return { preset: toPreset(preset), created };
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const removed = await this.repository.remove(user.id, id);
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
