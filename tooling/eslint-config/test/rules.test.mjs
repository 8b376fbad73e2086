// The shared configs catch what they promise: a floating promise, an environment variable Turborepo would strip,
// and an async callback where a void one is expected. The probes in ./fixture are files of a tiny package with
// its own tsconfig, because the type-aware rules need one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const fixture = fileURLToPath(new URL('./fixture/', import.meta.url));

async function ruleIds(config, file) {
  const eslint = new ESLint({
    cwd: fixture,
    overrideConfigFile: fileURLToPath(new URL(`../${config}.js`, import.meta.url)),
  });
  const [result] = await eslint.lintFiles([file]);
  return result.messages.map((message) => message.ruleId ?? message.message).sort();
}

for (const config of ['node', 'next']) {
  test(`${config}: a floating promise and an undeclared environment variable fail lint`, async () => {
    assert.deepEqual(await ruleIds(config, 'floating-promise.ts'), [
      '@typescript-eslint/no-floating-promises',
      'turbo/no-undeclared-env-vars',
    ]);
  });

  test(`${config}: a declared variable and an awaited promise pass`, async () => {
    assert.deepEqual(await ruleIds(config, 'declared-env.ts'), []);
  });
}

test('next: an async click handler passes, an async timer callback does not', async () => {
  assert.deepEqual(await ruleIds('next', 'AsyncHandlers.tsx'), ['@typescript-eslint/no-misused-promises']);
});
