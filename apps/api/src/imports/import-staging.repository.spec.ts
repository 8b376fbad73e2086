import { type PoolClient } from '@spendwise/db';
import { describe, expect, it } from 'vitest';
import { IMPORT_QUERY_TIMEOUT_MS, stageRows } from './import-staging.repository';

// The pool's client-side read timeout (packages/db: statement_timeout 10 s + 2 s).
const POOL_QUERY_TIMEOUT_MS = 12_000;

/**
 * A connection that records the read timeout pg would give each query: the query's own `query_timeout`, else the
 * pool's (pg's Client#query reads `config.query_timeout || connectionParameters.query_timeout`, streamed queries
 * such as a COPY included). The COPY stream is written to nowhere.
 */
function recordingClient() {
  const timeouts: Array<{ what: string; timeout: number }> = [];
  const query = (config: unknown) => {
    const asked = config as { text?: string; query_timeout?: number; submit?: unknown };
    const streamed = typeof asked.submit === 'function';
    const what = typeof config === 'string' ? config : streamed ? 'COPY' : (asked.text ?? '');
    timeouts.push({ what, timeout: asked.query_timeout || POOL_QUERY_TIMEOUT_MS });
    if (streamed) {
      const stream = config as {
        _write: (c: unknown, e: unknown, cb: () => void) => void;
        _writev?: unknown;
        _final: (cb: () => void) => void;
        _destroy: (error: Error | null, cb: (error: Error | null) => void) => void;
      };
      stream._write = (_chunk, _encoding, callback) => callback();
      stream._writev = undefined;
      stream._final = (callback) => callback();
      stream._destroy = (error, callback) => callback(error);
      return config;
    }
    return Promise.resolve({ rows: [], rowCount: 0 });
  };
  return { client: { query } as unknown as PoolClient, timeouts };
}

describe('stageRows', () => {
  it("gives the COPY of a file the import's read timeout, not the pool's 12 s", async () => {
    const { client, timeouts } = recordingClient();
    const row = { line: 2, date: '2026-06-05', amountMinor: -350, currency: 'USD', description: 'Coffee' };
    await stageRows(client, '0190b6a0-0000-7000-8000-000000000001', [row], 'csv', () => undefined);

    const copy = timeouts.find(({ what }) => what === 'COPY');
    expect(copy?.timeout).toBe(IMPORT_QUERY_TIMEOUT_MS);
    expect(IMPORT_QUERY_TIMEOUT_MS).toBeGreaterThan(POOL_QUERY_TIMEOUT_MS);
    // The statements that decide the rows (run) have it too.
    expect(timeouts.filter(({ what }) => what.includes('UPDATE import_rows'))).toHaveLength(3);
    expect(
      timeouts.filter(({ what }) => what.includes('UPDATE import_rows')).map(({ timeout }) => timeout),
    ).toEqual([IMPORT_QUERY_TIMEOUT_MS, IMPORT_QUERY_TIMEOUT_MS, IMPORT_QUERY_TIMEOUT_MS]);
  });
});
