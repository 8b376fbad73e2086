import { Injectable } from '@nestjs/common';
import {
  type ImportCommitQuery,
  type ImportCommitResult,
  type ImportList,
  type ImportPreview,
  type ImportPreviewQuery,
  type ImportPreviewRow,
  CSV_COLUMNS,
  MAX_IMPORT_LINES,
  MAX_IMPORT_ROWS,
  NEAR_MATCH_DAYS,
} from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { BudgetAlertsService } from '../budget-alerts/budget-alerts.service';
import { PrismaService } from '../prisma/prisma.service';
import { uuidV7 } from '../prisma/uuid-v7';
import { CategorisationRulesService, type LearnedChoice } from './categorisation-rules.service';
import { importKeys, normaliseDescription } from './import-key';
import { ImportPresetsService } from './import-presets.service';
import {
  AmbiguousFileError,
  ImportNotFoundError,
  ImportSettingError,
  ImportTooLargeError,
  UnknownChosenCategoryError,
  UnreadableFileError,
} from './import.errors';
import { type CsvOverrides, type ParseResult, parseStatement, UnreadableStatementError } from './parsers';

// Control characters (tabs and newlines included: a multi-line bank memo becomes one line) and runs of spaces.
// eslint-disable-next-line no-control-regex
const SPACE_OR_CONTROL = /[\s\u0000-\u001F\u007F-\u009F]+/g;
// An import of 50,000 rows inserts in one statement, which takes seconds on a small database.
const COMMIT_TIMEOUT_MS = 120_000;

interface PlannedRow extends ImportPreviewRow {
  importKey: string;
  /** The normalised merchant (or description) rules and history match on. */
  name: string;
}

/**
 * Bank files into expenses: a preview of every row as it would be stored (nothing written), then a commit of the
 * same file and decisions in one transaction, where the unique (user_id, import_key) index makes a re-import store
 * nothing twice. Debits (money spent) become expenses; credits are shown and skipped — a credit may be income, which
 * SpendWise does not track — unless the person includes one, which is then stored as a refund (a negative expense).
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
    const rows = await this.plan(user, parsed);
    return {
      format: parsed.format,
      encoding: parsed.encoding,
      mapping: parsed.mapping ?? null,
      ambiguities: parsed.ambiguities,
      rows: rows.map(({ importKey: _key, name: _name, ...row }) => row),
      errors: parsed.errors,
      counts: {
        read: parsed.rows.length + parsed.errors.length,
        new: rows.filter((r) => r.status === 'new').length,
        credits: rows.filter((r) => r.status === 'credit').length,
        duplicates: rows.filter((r) => r.status === 'duplicate').length,
        nearMatches: rows.filter((r) => r.status === 'nearMatch').length,
        errors: parsed.errors.length,
      },
    };
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
    const include = new Set(query.include ?? []);
    const exclude = new Set(query.exclude ?? []);
    // A credit (money in) is stored only when included by line: its amount, negated like every row's, is a refund.
    const chosen = (await this.plan(user, parsed)).filter(
      (row) => row.status !== 'duplicate' && !exclude.has(row.line) && (row.include || include.has(row.line)),
    );
    const picked = query.categories ?? new Map<number, string | null>();
    await this.assertOwnCategories(user, picked);
    const categoryOf = (row: PlannedRow) =>
      picked.has(row.line) ? picked.get(row.line)! : row.suggestedCategoryId;
    // A category the person chose over the suggestion is a rule for next time (docs/import.md).
    const learned = chosen.flatMap((row): LearnedChoice[] => {
      const categoryId = picked.get(row.line);
      return categoryId && categoryId !== row.suggestedCategoryId ? [{ text: row.name, categoryId }] : [];
    });
    const read = parsed.rows.length + parsed.errors.length;
    const importId = uuidV7();
    const stored = await this.prisma.client.$transaction(
      async (tx) => {
        await tx.$executeRaw`
          INSERT INTO imports (id, user_id, filename, format, rows_read, rows_stored, rows_skipped)
          VALUES (${importId}::uuid, ${user.id}::uuid, ${query.filename}, ${parsed.format}, ${read}, 0, ${read})`;
        const count = await tx.$executeRaw`
          INSERT INTO expenses (id, user_id, import_id, import_key, occurred_on, amount_minor, currency, description,
            merchant, category_id, updated_at)
          SELECT r.id, ${user.id}::uuid, ${importId}::uuid, r.key, r.day, r.amount, r.currency, r.description,
            r.merchant, c.id, now()
          FROM unnest(${chosen.map(() => uuidV7())}::uuid[], ${chosen.map((r) => r.importKey)}::text[],
                      ${chosen.map((r) => r.date)}::date[], ${chosen.map((r) => -r.amountMinor)}::int[],
                      ${chosen.map((r) => r.currency)}::text[], ${chosen.map((r) => r.description)}::text[],
                      ${chosen.map((r) => r.merchant)}::text[], ${chosen.map(categoryOf)}::uuid[])
            AS r(id, key, day, amount, currency, description, merchant, category_id)
          -- A suggested category deleted since the preview leaves the row uncategorised rather than failing it.
          LEFT JOIN categories c ON c.id = r.category_id AND c.user_id = ${user.id}::uuid
          ON CONFLICT (user_id, import_key) DO NOTHING`;
        await tx.$executeRaw`
          UPDATE imports SET rows_stored = ${count}, rows_skipped = ${read - count} WHERE id = ${importId}::uuid`;
        await this.rules.learn(tx, user, learned);
        return count;
      },
      { timeout: COMMIT_TIMEOUT_MS },
    );
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

  private async parse(
    user: AuthenticatedUser,
    file: Uint8Array,
    query: ImportPreviewQuery,
  ): Promise<ParseResult> {
    if (lineCount(file) > MAX_IMPORT_LINES) throw new ImportTooLargeError('rows');
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

  /** Every readable row as it would be stored, with its status: new, credit, already imported, near match. */
  private async plan(user: AuthenticatedUser, parsed: ParseResult): Promise<PlannedRow[]> {
    const source = parsed.mapping?.preset ? `${parsed.format}:${parsed.mapping.preset}` : parsed.format;
    const keys = importKeys(parsed.rows, source);
    const rows = parsed.rows.map((row, index) => {
      const description = clean(row.description, 200);
      const merchant = row.merchant === undefined ? null : clean(row.merchant, 100) || null;
      return {
        ...row,
        description,
        merchant,
        importKey: keys[index]!,
        name: normaliseDescription(merchant ?? description),
      };
    });
    const debits = rows.filter((row) => row.amountMinor < 0);
    // Credits too: one included before (a refund) is already imported, and a refund belongs where its shop's
    // spending goes.
    const [imported, matches, categories, ruleFor] = await Promise.all([
      this.importedKeys(
        user,
        rows.map((row) => row.importKey),
      ),
      this.nearMatches(user, debits),
      this.categoriesByName(
        user,
        rows.map((row) => row.name),
      ),
      this.rules.matcher(user),
    ]);
    return rows.map((row): PlannedRow => {
      // A rule (the person's own words or choices) before the history of their expenses.
      const rule = ruleFor(row.name);
      const fromHistory = categories.get(row.name) ?? null;
      const base = {
        line: row.line,
        date: row.date,
        amountMinor: row.amountMinor,
        currency: row.currency,
        description: row.description,
        merchant: row.merchant,
        bankId: row.bankId ?? null,
        importKey: row.importKey,
        name: row.name,
        match: null,
        suggestedCategoryId: rule?.categoryId ?? fromHistory,
        suggestedBy: rule ? ('rule' as const) : fromHistory ? ('history' as const) : null,
        suggestedRuleId: rule?.id ?? null,
      };
      if (imported.has(row.importKey)) return { ...base, status: 'duplicate', include: false };
      if (row.amountMinor > 0) return { ...base, status: 'credit', include: false };
      const match = matches.get(row.importKey);
      if (match) return { ...base, status: 'nearMatch', include: false, match };
      return { ...base, status: 'new', include: true };
    });
  }

  private async importedKeys(user: AuthenticatedUser, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.prisma.client.$queryRaw<Array<{ key: string }>>`
      SELECT import_key AS key FROM expenses WHERE user_id = ${user.id}::uuid AND import_key = ANY(${keys}::text[])`;
    return new Set(rows.map((row) => row.key));
  }

  /**
   * For each row, the hand-entered expense (not imported) of the same amount and currency ±2 days that it most
   * likely is: the one whose merchant and description read most like the row's (pg_trgm similarity, which ignores
   * case and punctuation), then the nearest in date. A person who typed "Lunch at Pret" and "Bus pass" for the same
   * sum on neighbouring days is offered the lunch for the bank's "PRET A MANGER 0412", whichever day is nearer.
   */
  private async nearMatches(
    user: AuthenticatedUser,
    rows: Array<{
      importKey: string;
      date: string;
      amountMinor: number;
      currency: string;
      description: string;
      merchant: string | null;
    }>,
  ): Promise<Map<string, { expenseId: string; occurredOn: string; description: string }>> {
    if (rows.length === 0) return new Map();
    const found = await this.prisma.client.$queryRaw<
      Array<{ key: string; expenseId: string; occurredOn: string; description: string }>
    >`
      SELECT r.key, m.id AS "expenseId", to_char(m.occurred_on, 'YYYY-MM-DD') AS "occurredOn", m.description
      FROM unnest(${rows.map((r) => r.importKey)}::text[], ${rows.map((r) => r.date)}::date[],
                  ${rows.map((r) => -r.amountMinor)}::int[], ${rows.map((r) => r.currency)}::text[],
                  ${rows.map((r) => [r.merchant, r.description].filter(Boolean).join(' '))}::text[])
        AS r(key, day, amount, currency, text)
      CROSS JOIN LATERAL (
        SELECT e.id, e.occurred_on, e.description FROM expenses e
        WHERE e.user_id = ${user.id}::uuid AND e.import_id IS NULL AND e.currency = r.currency
          AND e.occurred_on BETWEEN r.day - ${NEAR_MATCH_DAYS}::int AND r.day + ${NEAR_MATCH_DAYS}::int
          AND e.amount_minor = r.amount
        ORDER BY similarity(concat_ws(' ', e.merchant, e.description), r.text) DESC,
                 abs(e.occurred_on - r.day), e.id
        LIMIT 1
      ) m`;
    return new Map(found.map(({ key, ...match }) => [key, match]));
  }

  /** The category the person most often gave expenses with this merchant (or, without one, description). */
  private async categoriesByName(user: AuthenticatedUser, names: string[]): Promise<Map<string, string>> {
    const distinct = [...new Set(names)];
    if (distinct.length === 0) return new Map();
    const rows = await this.prisma.client.$queryRaw<Array<{ name: string; categoryId: string }>>`
      SELECT DISTINCT ON (name) name, category_id AS "categoryId" FROM (
        SELECT lower(regexp_replace(trim(coalesce(merchant, description)), '\\s+', ' ', 'g')) AS name, category_id
        FROM expenses WHERE user_id = ${user.id}::uuid AND category_id IS NOT NULL
      ) named
      WHERE name = ANY(${distinct}::text[])
      GROUP BY name, category_id
      ORDER BY name, count(*) DESC, category_id`;
    return new Map(rows.map((row) => [row.name, row.categoryId]));
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

function csvOverrides(query: ImportPreviewQuery): CsvOverrides {
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

function clean(text: string, max: number): string {
  return text.replace(SPACE_OR_CONTROL, ' ').trim().slice(0, max);
}
