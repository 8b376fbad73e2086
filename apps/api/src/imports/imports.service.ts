import { Injectable } from '@nestjs/common';
import {
  type ImportCommitQuery,
  type ImportCommitResult,
  type ImportList,
  type ImportPreview,
  type ImportPreviewQuery,
  type ImportPreviewRow,
  type ImportSettingsQuery,
  CSV_COLUMNS,
  IMPORT_PREVIEW_PAGE,
  MAX_IMPORT_LINES,
  MAX_IMPORT_ROWS,
  MAX_PREVIEW_ERRORS,
} from '@spendwise/contracts';
import { type PoolClient, Prisma } from '@spendwise/db';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { BudgetAlertsService } from '../budget-alerts/budget-alerts.service';
import { PrismaService } from '../prisma/prisma.service';
import { uuidV7 } from '../prisma/uuid-v7';
import { CategorisationRulesService, type LearnedChoice } from './categorisation-rules.service';
import { ImportPresetsService } from './import-presets.service';
import { IMPORT_STATEMENT_TIMEOUT_MS, run, stageRows } from './import-staging';
import {
  AmbiguousFileError,
  ImportNotFoundError,
  ImportSettingError,
  ImportTooLargeError,
  UnknownChosenCategoryError,
  UnreadableFileError,
} from './import.errors';
import { type CsvOverrides, type ParseResult, parseStatement, UnreadableStatementError } from './parsers';

const IMPORT_WORK_MEM = '32MB';

/** A file once its rows are in the staging table: what is left of the parse. */
type Staged = Omit<ParseResult, 'rows'> & { read: number };

/** A row of the staging table as the preview lists it. */
const PREVIEW_ROW = Prisma.sql`
  SELECT r.line, to_char(r.day, 'YYYY-MM-DD') AS date, r.amount::int AS "amountMinor", r.currency, r.description,
    r.merchant, r.bank_id AS "bankId", r.status, r.status = 'new' AS include,
    CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('expenseId', m.id,
      'occurredOn', to_char(m.occurred_on, 'YYYY-MM-DD'), 'description', m.description) END AS match,
    coalesce(r.rule_category_id, r.history_category_id) AS "suggestedCategoryId",
    CASE WHEN r.rule_id IS NOT NULL THEN 'rule' WHEN r.history_category_id IS NOT NULL THEN 'history' END
      AS "suggestedBy",
    r.rule_id AS "suggestedRuleId"
  FROM import_rows r LEFT JOIN expenses m ON m.id = r.match_id`;

/**
 * Bank files into expenses: a preview of every row as it would be stored (nothing written), then a commit of the
 * same file and decisions in one transaction, where the unique (user_id, import_key) index makes a re-import store
 * nothing twice. Debits (money spent) become expenses; credits are shown and skipped — a credit may be income, which
 * SpendWise does not track — unless the person includes one, which is then stored as a refund (a negative expense).
 *
 * Both read the file into a staging table in the database (`import_rows`, import-staging.ts) on one connection, in
 * one transaction, and decide everything there in SQL: a 50,000-row file never sits in the API's heap as rows,
 * planned rows and query parameters at once (docs/import.md, limits). The preview's transaction is rolled back.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly presets: ImportPresetsService,
    private readonly rules: CategorisationRulesService,
    private readonly alerts: BudgetAlertsService,
  ) {}

  async preview(
    user: AuthenticatedUser,
    file: Uint8Array,
    query: ImportPreviewQuery,
  ): Promise<ImportPreview> {
    const parsed = await this.parse(user, file, query);
    const offset = query.offset ?? 0;
    return this.inTransaction(false, async (client) => {
      const staged = await this.stage(client, user, parsed);
      const { rows: statuses } = await run<{ status: ImportPreviewRow['status']; count: number }>(
        client,
        Prisma.sql`SELECT status, count(*)::int AS count FROM import_rows GROUP BY status`,
      );
      const count = (status: ImportPreviewRow['status']) =>
        statuses.find((row) => row.status === status)?.count ?? 0;
      const { rows } = await run<ImportPreviewRow>(
        client,
        Prisma.sql`${PREVIEW_ROW} ORDER BY r.ord OFFSET ${offset} LIMIT ${IMPORT_PREVIEW_PAGE}`,
      );
      return {
        format: staged.format,
        encoding: staged.encoding,
        mapping: staged.mapping ?? null,
        ambiguities: staged.ambiguities,
        rows,
        page: { offset, total: staged.read - staged.errors.length },
        errors: staged.errors.slice(0, MAX_PREVIEW_ERRORS),
        counts: {
          read: staged.read,
          new: count('new'),
          credits: count('credit'),
          duplicates: count('duplicate'),
          nearMatches: count('nearMatch'),
          errors: staged.errors.length,
        },
      };
    });
  }

  /**
   * Stores the rows the preview would (with the person's include/exclude decisions) as one import, all or nothing.
   * Rows whose key another import already stored — including one committed concurrently — are skipped by
   * `ON CONFLICT DO NOTHING`, and counted as skipped.
   */
  async commit(
    user: AuthenticatedUser,
    file: Uint8Array,
    query: ImportCommitQuery,
  ): Promise<ImportCommitResult> {
    const parsed = await this.parse(user, file, query);
    const ambiguity = parsed.ambiguities[0];
    if (ambiguity) throw new AmbiguousFileError(ambiguity.field, ambiguity.reason);
    const picked = query.categories ?? new Map<number, string | null>();
    await this.assertOwnCategories(user, picked);
    const importId = uuidV7();
    const { read, stored } = await this.inTransaction(true, async (client) => {
      const staged = await this.stage(client, user, parsed);
      // A credit (money in) is stored only when included by line: its amount, negated like every row's, is a refund.
      const chosen = Prisma.sql`
        r.status <> 'duplicate'
        AND (r.status = 'new' OR r.line IN (SELECT unnest(${query.include ?? []}::int[])))
        AND r.line NOT IN (SELECT unnest(${query.exclude ?? []}::int[]))`;
      const lines = [...picked.keys()];
      const choices = Prisma.sql`
        unnest(${lines}::int[], ${lines.map((line) => picked.get(line))}::uuid[]) AS p(line, category_id)`;
      await run(
        client,
        Prisma.sql`
          INSERT INTO imports (id, user_id, filename, format, rows_read, rows_stored, rows_skipped)
          VALUES (${importId}::uuid, ${user.id}::uuid, ${query.filename}, ${staged.format}, ${staged.read}, 0,
                  ${staged.read})`,
      );
      const { rowCount } = await run(
        client,
        Prisma.sql`
          INSERT INTO expenses (id, user_id, import_id, import_key, occurred_on, amount_minor, currency, description,
            merchant, category_id, updated_at)
          SELECT r.id, ${user.id}::uuid, ${importId}::uuid, r.import_key, r.day, -r.amount, r.currency,
            r.description, r.merchant, c.id, now()
          FROM import_rows r
          LEFT JOIN ${choices} ON p.line = r.line
          -- A suggested category deleted since the preview leaves the row uncategorised rather than failing it.
          LEFT JOIN categories c ON c.user_id = ${user.id}::uuid
            AND c.id = CASE WHEN p.line IS NULL THEN coalesce(r.rule_category_id, r.history_category_id)
                            ELSE p.category_id END
          WHERE ${chosen}
          ON CONFLICT (user_id, import_key) DO NOTHING`,
      );
      await run(
        client,
        Prisma.sql`
          UPDATE imports SET rows_stored = ${rowCount}, rows_skipped = ${staged.read - rowCount}
          WHERE id = ${importId}::uuid`,
      );
      // A category the person chose over the suggestion is a rule for next time (docs/import.md).
      const { rows: learned } = await run<LearnedChoice>(
        client,
        Prisma.sql`
          SELECT r.name AS text, p.category_id AS "categoryId"
          FROM import_rows r JOIN ${choices} ON p.line = r.line
          WHERE ${chosen} AND p.category_id IS NOT NULL
            AND p.category_id IS DISTINCT FROM coalesce(r.rule_category_id, r.history_category_id)
          ORDER BY r.ord`,
      );
      await this.rules.learn(client, user, learned);
      return { read: staged.read, stored: rowCount };
    });
    if (stored > 0) this.alerts.checkAfterSpendingChanged(user.id);
    const summary = (await this.list(user, importId)).items[0]!;
    return { import: summary, stored, skipped: read - stored };
  }

  async list(user: AuthenticatedUser, onlyId?: string): Promise<ImportList> {
    const rows = await this.prisma.client.$queryRaw<
      Array<Omit<ImportList['items'][number], 'createdAt'> & { createdAt: Date }>
    >`
      SELECT i.id, i.filename, i.format, i.rows_read AS "rowsRead", i.rows_stored AS "rowsStored",
        i.rows_skipped AS "rowsSkipped", i.created_at AS "createdAt",
        (SELECT count(*)::int FROM expenses e WHERE e.import_id = i.id) AS "rowsPresent",
        (SELECT count(*)::int FROM expenses e WHERE e.import_id = i.id AND e.updated_at > i.created_at)
          AS "rowsEdited"
      FROM imports i
      WHERE i.user_id = ${user.id}::uuid ${onlyId ? Prisma.sql`AND i.id = ${onlyId}::uuid` : Prisma.empty}
      ORDER BY i.created_at DESC, i.id DESC`;
    return { items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })) };
  }

  /** Undo: the import and exactly its expenses (the foreign key cascades), edited or not; no tombstones. */
  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const removed = await this.prisma.client.$executeRaw`
      DELETE FROM imports WHERE id = ${id}::uuid AND user_id = ${user.id}::uuid`;
    if (removed === 0) throw new ImportNotFoundError();
    // Undoing an import of refunds raises spending.
    this.alerts.checkAfterSpendingChanged(user.id);
  }

  /**
   * Runs `work` on a connection of its own in one transaction: committed when `commit` and `work` succeeds, else
   * rolled back (the preview always is: it only reads, through the staging table).
   */
  private async inTransaction<T>(commit: boolean, work: (client: PoolClient) => Promise<T>): Promise<T> {
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

  /** The file's rows into the staging table, decided; the parsed rows are let go (the heap, docs/import.md). */
  private async stage(client: PoolClient, user: AuthenticatedUser, parsed: ParseResult): Promise<Staged> {
    const { rows, ...rest } = parsed;
    const source = parsed.mapping?.preset ? `${parsed.format}:${parsed.mapping.preset}` : parsed.format;
    await stageRows(client, user.id, rows, source, await this.rules.matcher(user));
    const read = rows.length + parsed.errors.length;
    rows.length = 0;
    return { ...rest, read };
  }

  private async parse(
    user: AuthenticatedUser,
    file: Uint8Array,
    query: ImportSettingsQuery,
  ): Promise<ParseResult> {
    if (lineCount(file) > MAX_IMPORT_LINES) throw new ImportTooLargeError('lines');
    const [currency, presets] = await Promise.all([
      query.currency ?? this.currencyOf(user),
      this.presets.forParsing(user, query.preset),
    ]);
    let parsed: ParseResult;
    try {
      parsed = parseStatement(file, {
        defaultCurrency: currency,
        csv: { ...csvOverrides(query), ...presets },
      });
    } catch (error) {
      if (error instanceof UnreadableStatementError)
        throw error.field === 'file'
          ? new UnreadableFileError(error.reason)
          : new ImportSettingError(error.field, error.reason);
      throw error;
    }
    if (parsed.rows.length + parsed.errors.length > MAX_IMPORT_ROWS) throw new ImportTooLargeError('rows');
    return parsed;
  }

  /** Every category a `categories` choice names must be the person's (someone else's looks like none). */
  private async assertOwnCategories(
    user: AuthenticatedUser,
    picked: Map<number, string | null>,
  ): Promise<void> {
    const ids = [...new Set([...picked.values()].filter((id): id is string => id !== null))];
    if (ids.length === 0) return;
    const owned = await this.prisma.client.category.count({ where: { userId: user.id, id: { in: ids } } });
    if (owned !== ids.length) throw new UnknownChosenCategoryError();
  }

  private async currencyOf(user: AuthenticatedUser): Promise<string> {
    const [row] = await this.prisma.client.$queryRaw<Array<{ currency: string }>>`
      SELECT currency FROM users WHERE id = ${user.id}::uuid`;
    return row?.currency ?? 'USD';
  }
}

function csvOverrides(query: ImportSettingsQuery): CsvOverrides {
  return {
    ...(query.delimiter ? { delimiter: query.delimiter === 'tab' ? '\t' : query.delimiter } : {}),
    ...(query.hasHeader ? { hasHeader: query.hasHeader === 'true' } : {}),
    ...(query.dateOrder ? { dateOrder: query.dateOrder } : {}),
    ...(query.decimalMark ? { decimalMark: query.decimalMark } : {}),
    ...(query.signConvention ? { signConvention: query.signConvention } : {}),
    columns: Object.fromEntries(
      CSV_COLUMNS.flatMap((column) => {
        const index = query[`${column}Column`];
        return index === undefined ? [] : [[column, index]];
      }),
    ),
  };
}

/** Line feeds in the file (one byte, 0x0A, in UTF-8, Windows-1252 and UTF-16 alike). */
function lineCount(file: Uint8Array): number {
  let count = 0;
  for (let index = file.indexOf(0x0a); index !== -1; index = file.indexOf(0x0a, index + 1)) count++;
  return count;
}
