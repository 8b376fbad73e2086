import { Injectable } from '@nestjs/common';
import { type ImportList, type ImportPreviewRow } from '@spendwise/contracts';
import { type PoolClient } from '@spendwise/db';
import { PrismaService } from '../prisma/prisma.service';
import { IMPORT_STATEMENT_TIMEOUT_MS, run } from './import-staging.repository';
import {
  type CommitChoices,
  deleteImportSql,
  insertChosenExpensesSql,
  insertImportSql,
  learnedChoicesSql,
  listImportsSql,
  previewPageSql,
  setImportCountsSql,
  statusCountsSql,
  userCurrencySql,
} from './imports.sql';

const IMPORT_WORK_MEM = '32MB';

export type ImportListRow = Omit<ImportList['items'][number], 'createdAt'> & { createdAt: Date };

/**
 * The imports table and an import's transaction: the one place the import reaches the database (its statements in
 * imports.sql.ts; the staging table's COPY in import-staging.repository.ts). Every statement is scoped to its owner.
 */
@Injectable()
export class ImportsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Runs `work` on a connection of its own in one transaction: committed when `commit` and `work` succeeds, else
   * rolled back (the preview always is: it only reads, through the staging table).
   */
  async inTransaction<T>(commit: boolean, work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.prisma.pool.connect();
    let healthy = true;
    try {
      await client.query('BEGIN');
      // Enough for the staging table's sorts and hashes to stay in memory (4 MB by default spills 50,000 rows).
      await client.query(`SET LOCAL work_mem = '${IMPORT_WORK_MEM}'`);
      await client.query(`SET LOCAL statement_timeout = ${IMPORT_STATEMENT_TIMEOUT_MS}`);
      const result = await work(client);
      await client.query(commit ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        healthy = false;
      });
      throw error;
    } finally {
      // A connection that could not even roll back is broken: the pool drops it rather than lend it out.
      client.release(!healthy);
    }
  }

  /** How many staged rows have each status. */
  async statusCounts(client: PoolClient): Promise<Map<ImportPreviewRow['status'], number>> {
    const { rows } = await run<{ status: ImportPreviewRow['status']; count: number }>(
      client,
      statusCountsSql(),
    );
    return new Map(rows.map((row) => [row.status, row.count]));
  }

  async previewPage(client: PoolClient, offset: number, limit: number): Promise<ImportPreviewRow[]> {
    return (await run<ImportPreviewRow>(client, previewPageSql(offset, limit))).rows;
  }

  /**
   * The import and the staged rows the person chose, as expenses; how many were stored (a row whose key another
   * import stored, even concurrently, is skipped by ON CONFLICT).
   */
  async store(
    client: PoolClient,
    userId: string,
    importId: string,
    file: { filename: string; format: string; read: number },
    choices: CommitChoices,
  ): Promise<number> {
    await run(client, insertImportSql(importId, userId, file));
    const { rowCount } = await run(client, insertChosenExpensesSql(importId, userId, choices));
    await run(client, setImportCountsSql(importId, rowCount, file.read - rowCount));
    return rowCount;
  }

  /** The stored rows whose category the person chose over the suggestion, by name. */
  async learnedChoices(
    client: PoolClient,
    choices: CommitChoices,
  ): Promise<Array<{ text: string; categoryId: string }>> {
    return (await run<{ text: string; categoryId: string }>(client, learnedChoicesSql(choices))).rows;
  }

  list(userId: string, onlyId?: string): Promise<ImportListRow[]> {
    return this.prisma.client.$queryRaw<ImportListRow[]>(listImportsSql(userId, onlyId));
  }

  /** How many imports went: 0 or 1. */
  remove(userId: string, id: string): Promise<number> {
    return this.prisma.client.$executeRaw(deleteImportSql(userId, id));
  }

  async currencyOf(userId: string): Promise<string | undefined> {
    const [row] = await this.prisma.client.$queryRaw<Array<{ currency: string }>>(userCurrencySql(userId));
    return row?.currency;
  }

  /** How many of `ids` are the person's categories. */
  countOwnCategories(userId: string, ids: string[]): Promise<number> {
    return this.prisma.client.category.count({ where: { userId, id: { in: ids } } });
  }
}
