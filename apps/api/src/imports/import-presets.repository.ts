import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { uuidV7 } from '../prisma/uuid-v7';
import { deletePresetSql, listPresetsSql, savePresetSql } from './import-presets.sql';

export interface PresetRow {
  id: string;
  name: string;
  mapping: unknown;
  createdAt: Date;
  updatedAt: Date;
}

/** The import_presets table (statements in import-presets.sql.ts), every statement scoped to its owner. */
@Injectable()
export class ImportPresetsRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(userId: string): Promise<PresetRow[]> {
    return this.prisma.client.$queryRaw<PresetRow[]>(listPresetsSql(userId));
  }

  async save(userId: string, name: string, mapping: unknown): Promise<PresetRow & { created: boolean }> {
    const [row] = await this.prisma.client.$queryRaw<Array<PresetRow & { created: boolean }>>(
      savePresetSql(uuidV7(), userId, name, mapping),
    );
    return row!;
  }

  /** How many presets went: 0 or 1. */
  remove(userId: string, id: string): Promise<number> {
    return this.prisma.client.$executeRaw(deletePresetSql(userId, id));
  }
}
