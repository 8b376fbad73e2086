/**
 * The offline engine as the Prisma CLI sees it: its version, and failures reported rather than swallowed (the CLI
 * treats an engine that exits before answering as a command that succeeded with no output).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runPrismaCli } from '../cli.mjs';
import { PINNED } from '../engine/version-pin.mjs';

describe('the offline schema engine', () => {
  it('reports the pinned engine build as its version, as the CLI shows it', async () => {
    const shim = path.join(__dirname, '../engine/schema-engine.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [shim, '--version']);
    expect(stdout.trim()).toBe(`schema-engine-cli ${PINNED.engineHash}`);
  });

  it('answers a request it cannot serve with the reason, so the command fails visibly', async () => {
    const diff = await runPrismaCli(
      ['migrate', 'diff', '--from-empty', '--to-schema', 'prisma/schema.prisma', '--script'],
      {
        databaseUrl: '',
      },
    );
    expect(diff.code).toBe(1);
    expect(diff.stderr).toContain('This command needs a database: set DATABASE_URL');
  });
});
