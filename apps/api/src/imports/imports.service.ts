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
import { type PoolClient } from '@spendwise/db';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { BudgetAlertsService } from '../budget-alerts';
import { uuidV7 } from '../prisma/uuid-v7';
import { CategorisationRulesService } from './categorisation-rules.service';
import { ImportPresetsService } from './import-presets.service';
import { stageRows } from './import-staging.repository';
import {
  AmbiguousFileError,
  ImportNotFoundError,
  ImportSettingError,
  ImportTooLargeError,
  UnknownChosenCategoryError,
  UnreadableFileError,
} from './import.errors';
import { ImportsRepository } from './imports.repository';
import {
  type CsvOverrides,
  type RowError,
  readStatement,
  scanBytes,
  type StatementBytes,
  type StatementReading,
  type StatementRow,
  UnreadableStatementError,
} from './parsers';

/** A file once its rows are in the staging table: how it read, and its first per-line errors of all it had. */
type Staged = Omit<StatementReading, 'entries' | 'count'> & {
  read: number;
  errors: RowError[];
  errorCount: number;
};

/**
 * Bank files into expenses: a preview of every row as it would be stored (nothing written), then a commit of the
 * same file and decisions in one transaction, where the unique (user_id, import_key) index makes a re-import store
 * nothing twice. Debits (money spent) become expenses; credits are shown and skipped — a credit may be income, which
 * SpendWise does not track — unless the person includes one, which is then stored as a refund (a negative expense).
 *
 * Both read the file into a staging table in the database (`import_rows`, import-staging.repository.ts) on one connection, in
 * one transaction, and decide everything there in SQL: a 50,000-row file never sits in the API's heap as rows,
 * planned rows and query parameters at once (docs/import.md, limits). The preview's transaction is rolled back.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly repository: ImportsRepository,
    private readonly presets: ImportPresetsService,
    private readonly rules: CategorisationRulesService,
    private readonly alerts: BudgetAlertsService,
  ) {}

  async preview(
    user: AuthenticatedUser,
    file: StatementBytes,
    query: ImportPreviewQuery,
  ): Promise<ImportPreview> {
    const parsed = await this.parse(user, file, query);
    const offset = query.offset ?? 0;
    return this.repository.inTransaction(false, async (client) => {
      const staged = await this.stage(client, user, parsed);
      const statuses = await this.repository.statusCounts(client);
      const count = (status: ImportPreviewRow['status']) => statuses.get(status) ?? 0;
      const rows = await this.repository.previewPage(client, offset, IMPORT_PREVIEW_PAGE);
      return {
        format: staged.format,
        encoding: staged.encoding,
        mapping: staged.mapping ?? null,
        ambiguities: staged.ambiguities,
        rows,
        page: { offset, total: staged.read - staged.errorCount },
        errors: staged.errors,
        counts: {
          read: staged.read,
          new: count('new'),
          credits: count('credit'),
          duplicates: count('duplicate'),
          nearMatches: count('nearMatch'),
          errors: staged.errorCount,
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
    file: StatementBytes,
    query: ImportCommitQuery,
  ): Promise<ImportCommitResult> {
    const parsed = await this.parse(user, file, query);
    const ambiguity = parsed.ambiguities[0];
    if (ambiguity) throw new AmbiguousFileError(ambiguity.field, ambiguity.reason);
    const picked = query.categories ?? new Map<number, string | null>();
    await this.assertOwnCategories(user, picked);
    const importId = uuidV7();
    const choices = { include: query.include ?? [], exclude: query.exclude ?? [], categories: picked };
    const { read, stored } = await this.repository.inTransaction(true, async (client) => {
      const staged = await this.stage(client, user, parsed);
      const file = { filename: query.filename, format: staged.format, read: staged.read };
      const rowCount = await this.repository.store(client, user.id, importId, file, choices);
      // A category the person chose over the suggestion is a rule for next time (docs/import.md).
      await this.rules.learn(client, user, await this.repository.learnedChoices(client, choices));
      return { read: staged.read, stored: rowCount };
    });
    if (stored > 0) this.alerts.checkAfterSpendingChanged(user.id);
    const summary = (await this.list(user, importId)).items[0]!;
    return { import: summary, stored, skipped: read - stored };
  }

  async list(user: AuthenticatedUser, onlyId?: string): Promise<ImportList> {
    const rows = await this.repository.list(user.id, onlyId);
    return { items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })) };
  }

  /** Undo: the import and exactly its expenses (the foreign key cascades), edited or not; no tombstones. */
  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const removed = await this.repository.remove(user.id, id);
    if (removed === 0) throw new ImportNotFoundError();
    // Undoing an import of refunds raises spending.
    this.alerts.checkAfterSpendingChanged(user.id);
  }

  /**
   * The file's rows into the staging table as they are read (a CSV's streamed from the spooled file, never all held at once:
   * parsers/index.ts), decided; of the per-line errors the first MAX_PREVIEW_ERRORS are kept, all counted.
   */
  private async stage(
    client: PoolClient,
    user: AuthenticatedUser,
    reading: StatementReading,
  ): Promise<Staged> {
    const { entries, count, ...rest } = reading;
    const source = reading.mapping?.preset ? `${reading.format}:${reading.mapping.preset}` : reading.format;
    const errors: RowError[] = [];
    let errorCount = 0;
    async function* rows(): AsyncGenerator<StatementRow> {
      for await (const entry of entries()) {
        if (!('reason' in entry)) yield entry;
        else if (errorCount++ < MAX_PREVIEW_ERRORS) errors.push(entry);
      }
    }
    await stageRows(client, user.id, rows(), source, await this.rules.matcher(user));
    return { ...rest, read: count, errors, errorCount };
  }

  private async parse(
    user: AuthenticatedUser,
    file: StatementBytes,
    query: ImportSettingsQuery,
  ): Promise<StatementReading> {
    let parsed: StatementReading;
    try {
      const scan = await scanBytes(file);
      if (scan.lineFeeds > MAX_IMPORT_LINES) throw new ImportTooLargeError('lines');
      const [currency, presets] = await Promise.all([
        query.currency ?? this.currencyOf(user),
        this.presets.forParsing(user, query.preset),
      ]);
      parsed = await readStatement(file, scan, {
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
    if (parsed.count > MAX_IMPORT_ROWS) throw new ImportTooLargeError('rows');
    return parsed;
  }

  /** Every category a `categories` choice names must be the person's (someone else's looks like none). */
  private async assertOwnCategories(
    user: AuthenticatedUser,
    picked: Map<number, string | null>,
  ): Promise<void> {
    const ids = [...new Set([...picked.values()].filter((id): id is string => id !== null))];
    if (ids.length === 0) return;
    const owned = await this.repository.countOwnCategories(user.id, ids);
    if (owned !== ids.length) throw new UnknownChosenCategoryError();
  }

  private async currencyOf(user: AuthenticatedUser): Promise<string> {
    return (await this.repository.currencyOf(user.id)) ?? 'USD';
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
