import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type PoolClient, Prisma } from '@spendwise/db';
import { type CopyStreamQuery, from as copyFrom } from 'pg-copy-streams';
import { uuidV7 } from '../prisma/uuid-v7';
import { importKeyer, normaliseDescription } from './import-key';
import {
  copyStagingSql,
  createStagingSql,
  historyCategoriesSql,
  markDuplicatesSql,
  markNearMatchesSql,
} from './imports.sql';
import { type StatementRow } from './parsers';
import { type MatchableRule } from './rule-matching';

/** Rows turned into COPY text at a time: the only rows of a file the API holds as strings beyond the parse. */
const CHUNK_ROWS = 2_000;

// Control characters (tabs and newlines included: a multi-line bank memo becomes one line) and runs of spaces.
// eslint-disable-next-line no-control-regex
const SPACE_OR_CONTROL = /[\s\u0000-\u001F\u007F-\u009F]+/g;

/**
 * How long one statement of an import may take. The pool's 10 s suits a request's small reads; an import's INSERT
 * of 50,000 rows took 4.5–6 s on a loaded 2-core host (docs/import.md), so it gets room on slower hardware. The
 * import routes are long-running (10 minutes), so the request is not cut off first. The transaction sets it for
 * PostgreSQL (`SET LOCAL`); each statement gives pg's client-side limit the same room, a little later.
 */
export const IMPORT_STATEMENT_TIMEOUT_MS = 120_000;

/** pg's client-side read timeout for each statement of an import: the server's limit, a little later. */
export const IMPORT_QUERY_TIMEOUT_MS = IMPORT_STATEMENT_TIMEOUT_MS + 5_000;

/** A statement of the import run on its own connection (Prisma's tagged SQL, sent by `pg`). */
export async function run<T extends object = Record<string, unknown>>(
  client: PoolClient,
  sql: Prisma.Sql,
): Promise<{ rows: T[]; rowCount: number }> {
  // pg reads `query_timeout` per query too (Client#query); its types name only the connection-level option.
  const config = { text: sql.text, values: sql.values, query_timeout: IMPORT_QUERY_TIMEOUT_MS };
  const result = await client.query<T>(config as { text: string; values: unknown[] });
  return { rows: result.rows, rowCount: result.rowCount ?? 0 };
}

/**
 * Streams the rows, as the file is read, into `import_rows` with COPY, CHUNK_ROWS at a time, then decides in SQL
 * which are already imported, which are near matches, and which category the person's history suggests.
 * Everything a row is later read from is in the table (docs/import.md, limits).
 */
export async function stageRows(
  client: PoolClient,
  userId: string,
  rows: AsyncIterable<StatementRow> | Iterable<StatementRow>,
  source: string,
  ruleFor: (name: string) => MatchableRule | undefined,
): Promise<void> {
  await client.query(createStagingSql().text);
  const keyOf = importKeyer(source);
  let ord = 0;
  const line = (row: StatementRow): string => {
    const description = clean(row.description, 200);
    const merchant = row.merchant === undefined ? null : clean(row.merchant, 100) || null;
    const name = normaliseDescription(merchant ?? description);
    const rule = ruleFor(name);
    return `${[
      ord++,
      row.line,
      uuidV7(),
      keyOf(row),
      row.date,
      row.amountMinor,
      row.currency,
      description,
      merchant,
      row.bankId ?? null,
      name,
      rule?.id ?? null,
      rule?.categoryId ?? null,
    ]
      .map(copyField)
      .join('\t')}\n`;
  };
  async function* chunks(): AsyncGenerator<string> {
    let text = '';
    let held = 0;
    for await (const row of rows) {
      text += line(row);
      if (++held === CHUNK_ROWS) {
        yield text;
        [text, held] = ['', 0];
      }
    }
    if (held > 0) yield text;
  }
  await pipeline(Readable.from(chunks()), client.query(copyInto()));
  await client.query('ANALYZE import_rows');
  await classify(client, userId);
}

/**
 * The COPY into the staging table. pg applies a query's own `query_timeout` to a streamed query too, else the
 * pool's (12 s, for a request's small reads): without this a COPY of a large file on a slow host was cut off by
 * the client while PostgreSQL was still within the import's statement timeout.
 */
function copyInto(): CopyStreamQuery {
  return Object.assign(copyFrom(copyStagingSql().text), {
    query_timeout: IMPORT_QUERY_TIMEOUT_MS,
  });
}

/** Already imported, near match, credit or new; then the history's category (imports.sql.ts). */
async function classify(client: PoolClient, userId: string): Promise<void> {
  await run(client, markDuplicatesSql(userId));
  await run(client, markNearMatchesSql(userId));
  await run(client, historyCategoriesSql(userId));
}

function clean(text: string, max: number): string {
  return text.replace(SPACE_OR_CONTROL, ' ').trim().slice(0, max);
}

/** A value in COPY's text format: `\N` is NULL; backslash, tab, newline and carriage return are escaped. */
function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
