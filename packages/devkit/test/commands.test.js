import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CommandError, runCommand } from '../src/index.js';

// More than a pipe's buffer (64 KiB on Linux), so the write is still in progress when the child exits.
const LARGE_INPUT = 'x'.repeat(1 << 20);

test('a child that exits without reading its input is not a failure, however the timing falls', async () => {
  // Before the fix every one of these writes raised an unhandled EPIPE ('uncaughtException'), which node:test
  // reports against whichever test is running; 200 rounds made it happen on every run on a 2-core machine.
  const uncaught = [];
  const onUncaught = (error) => uncaught.push(error);
  process.on('uncaughtException', onUncaught);
  try {
    for (let round = 0; round < 200; round++) {
      const result = await runCommand('true', [], { input: LARGE_INPUT, timeoutMs: 10_000 });
      assert.equal(result.code, 0);
    }
    // An EPIPE can surface a tick after 'close'; give it the chance to.
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    process.off('uncaughtException', onUncaught);
  }
  assert.deepEqual(uncaught, []);
});

test('a child that exits early still fails the call when its exit code says so', async () => {
  await assert.rejects(
    runCommand('sh', ['-c', 'exit 3'], { input: LARGE_INPUT, timeoutMs: 10_000 }),
    (error) =>
      error instanceof CommandError && error.code === 3 && /^sh -c exit 3 exited with 3/.test(error.message),
  );
});

test('input reaches a child that reads it', async () => {
  const { stdout } = await runCommand('wc', ['-c'], { input: LARGE_INPUT, timeoutMs: 10_000 });
  assert.equal(Number(stdout.trim()), LARGE_INPUT.length);
});

test('a child given no input gets no pipe on its standard input', async () => {
  const { stdout } = await runCommand('sh', [
    '-c',
    'if [ -p /dev/stdin ]; then echo pipe; else echo none; fi',
  ]);
  assert.equal(stdout.trim(), 'none');
});

test('a timeout kills the whole process group and names the command', async () => {
  const started = Date.now();
  await assert.rejects(
    runCommand('sh', ['-c', 'sleep 30 & sleep 30'], { timeoutMs: 300 }),
    (error) =>
      error instanceof CommandError && error.result.timedOut && /^sh -c .* timed out/.test(error.message),
  );
  // The background `sleep` holds stdout open: the call can only settle once the group is gone.
  assert.ok(Date.now() - started < 20_000);
});

test('an exit code listed in okCodes resolves with the result', async () => {
  const result = await runCommand('sh', ['-c', 'echo out; echo err >&2; exit 1'], { okCodes: [0, 1] });
  assert.deepEqual([result.code, result.stdout, result.stderr], [1, 'out\n', 'err\n']);
});

test('a command that does not exist is refused with its name', async () => {
  await assert.rejects(
    runCommand('no-such-command-spendwise', []),
    /no-such-command-spendwise could not start/,
  );
});
