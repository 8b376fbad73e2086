import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What a person reading the logs relies on, whatever destination the root logger writes to: every line arrives,
 * whole and in order, redacted, even when the process exits straight after logging it (a fatal error, the shutdown
 * hook's process.exit). An asynchronous destination without pino's exit flush would lose that last line
 * (BENCHMARKS.md, "The three cases still over 2×"). Run in a child process, as the API runs, so the exit is real.
 */
function linesLoggedBy(script: string): Array<Record<string, unknown>> {
  const rootLogger = path.join(__dirname, 'root-logger.ts');
  const { stdout, stderr } = spawnSync(
    process.execPath,
    ['-e', `const { createRootLogger } = require(${JSON.stringify(rootLogger)});\n${script}`],
    { encoding: 'utf8' },
  );
  expect(stderr).toBe('');
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('createRootLogger', () => {
  it('writes the last line before process.exit, redacted', () => {
    const lines = linesLoggedBy(`
      const logger = createRootLogger({ logLevel: 'info' });
      logger.error({ authorization: 'Bearer eyJ.secret', user: { token: 'refresh-secret' } }, 'last words');
      process.exit(1);
    `);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        service: 'spendwise-api',
        msg: 'last words',
        authorization: '[redacted]',
        user: { token: '[redacted]' },
      }),
    ]);
  });

  it('writes plain values as they are and redacts objects at any key, in lines and in bindings', () => {
    const lines = linesLoggedBy(`
      const logger = createRootLogger({ logLevel: 'info' });
      logger
        .child({ requestId: 'r-"1"', context: { authorization: 'Bearer eyJ.bound' } })
        .info(
          {
            text: 'quote " back \\\\ slash, tab \\t, line \\u2028, ü, \\u0001',
            amount: 12.5,
            count: 0,
            ok: false,
            missing: null,
            notANumber: NaN,
            token: 'top-level-secret',
            nested: { token: 'nested-secret', password: 'pw', keep: 'visible' },
          },
          'request "completed"',
        );
      process.exit(0);
    `);
    expect(lines).toEqual([
      {
        level: 'info',
        time: expect.any(String),
        service: 'spendwise-api',
        requestId: 'r-"1"',
        context: { authorization: '[redacted]' },
        text: 'quote " back \\ slash, tab \t, line \u2028, ü, \u0001',
        amount: 12.5,
        count: 0,
        ok: false,
        missing: null,
        notANumber: null,
        token: '[redacted]',
        nested: { token: '[redacted]', password: '[redacted]', keep: 'visible' },
        msg: 'request "completed"',
      },
    ]);
  });

  it('writes every line of a burst, whole and in order', () => {
    const lines = linesLoggedBy(`
      const logger = createRootLogger({ logLevel: 'info' });
      for (let i = 0; i < 5000; i++) logger.info({ i }, 'request completed');
      process.exit(0);
    `);
    expect(lines.map((line) => line.i)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });
});
