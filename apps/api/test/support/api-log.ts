import { readFileSync } from 'node:fs';
import { waitFor } from '@spendwise/local-stack';
import { e2eEnv } from './e2e-env';

export type LogLine = Record<string, any>;

/** Every JSON line the suites' API has written so far (stdout and stderr). */
export function apiLogLines(): LogLine[] {
  return readFileSync(e2eEnv().apiLog, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/** The raw log text, for checks that nothing sensitive appears anywhere in it. */
export function apiLogText(): string {
  return readFileSync(e2eEnv().apiLog, 'utf8');
}

/** The log lines of one request, once its completion line has been written. */
export async function linesOfRequest(requestId: string): Promise<LogLine[]> {
  await waitFor(
    `log of request ${requestId}`,
    () => apiLogLines().some((line) => line.requestId === requestId && line.msg === 'request completed'),
    { timeoutMs: 5_000, intervalMs: 50 },
  );
  return apiLogLines().filter((line) => line.requestId === requestId);
}
