// A newcomer's first `npm run dev` or `npm test` prints no Turborepo telemetry notice. Turborepo has no
// per-repository switch (its choice lives in the user's home), so every root script sets TURBO_TELEMETRY_DISABLED
// on each turbo it runs; Next.js's is off in every web script the same way.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const NOTICE = /anonymous telemetry/;

test('every turbo a root script runs has its telemetry switched off', () => {
  const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const turboCalls = Object.entries(scripts).flatMap(([name, command]) =>
    [...command.matchAll(/(\S+ )?turbo (run|prune)\b/g)].map((match) => ({ name, prefix: match[1] })),
  );
  assert.ok(turboCalls.length >= 10, 'the root scripts run turbo');
  for (const { name, prefix } of turboCalls) assert.equal(prefix, 'TURBO_TELEMETRY_DISABLED=1 ', name);
  const suites = readFileSync(path.join(repoRoot, 'scripts/test-suites.sh'), 'utf8');
  assert.match(suites, /^export TURBO_TELEMETRY_DISABLED=1$/m, 'npm test’s second half runs turbo too');
});

test('with a fresh home directory, `npm run lint` prints no notice where a bare turbo does', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'fresh-home-'));
  try {
    const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') };
    delete env.TURBO_TELEMETRY_DISABLED;
    delete env.DO_NOT_TRACK;
    const run = (command, args) =>
      spawnSync(command, args, { cwd: repoRoot, env, encoding: 'utf8', timeout: 60_000 });
    const planOnly = ['--dry-run=json', '--filter=@spendwise/contracts'];

    const viaScript = run('npm', ['run', 'lint', '--', ...planOnly]);
    assert.equal(viaScript.status, 0, viaScript.stderr);
    assert.doesNotMatch(viaScript.stdout + viaScript.stderr, NOTICE);

    // The control: the same plan from turbo itself, in the same fresh home, shows what the scripts prevent.
    const bare = run(path.join(repoRoot, 'node_modules/.bin/turbo'), ['run', 'lint', ...planOnly]);
    assert.match(bare.stdout + bare.stderr, NOTICE);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
