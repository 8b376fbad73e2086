/**
 * The AWS emulator as the deploy test uses it: the infrastructure suite's moto (its shims, ports and clean-up),
 * plus two test-only additions:
 *   - moto-patch/sitecustomize.py, so a RunTask's containers can report a chosen exit code (moto runs none);
 *   - moto's own request recorder, so the test reads back the exact API calls the scripts made, in order.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMoto } from '@spendwise/infrastructure/test/lib/index.mjs';

const PATCH_DIR = fileURLToPath(new URL('../moto-patch', import.meta.url));

/**
 * @param {{ dataDir: string }} options
 * @returns {Promise<{ endpoint: string, stop: () => Promise<void>,
 *   setRunTaskExitCode: (code: number) => void, recorder: ReturnType<typeof recorder> }>}
 */
export async function startMotoForDeploy({ dataDir }) {
  mkdirSync(dataDir, { recursive: true });
  const exitCodeFile = path.join(dataDir, 'run-task-exit-code');
  const moto = await startMoto({
    logFile: path.join(dataDir, 'moto.log'),
    env: {
      PYTHONPATH: [PATCH_DIR, process.env.PYTHONPATH].filter(Boolean).join(path.delimiter),
      SPENDWISE_TEST_RUN_TASK_EXIT_CODE_FILE: exitCodeFile,
      MOTO_RECORDER_FILEPATH: path.join(dataDir, 'recording.jsonl'),
    },
  });
  return {
    endpoint: moto.endpoint,
    stop: moto.stop,
    /** Exit code the containers of the next RunTask tasks report (0 = success, as before any call). */
    setRunTaskExitCode(code) {
      if (code === 0) rmSync(exitCodeFile, { force: true });
      else writeFileSync(exitCodeFile, String(code));
    },
    recorder: recorder(moto.endpoint),
  };
}

async function motoApi(endpoint, route, method = 'POST') {
  const response = await fetch(`${endpoint}/moto-api/recorder/${route}`, {
    method,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`moto recorder ${route} answered ${response.status}`);
  return response.text();
}

/** moto's request recorder, reduced to the JSON-protocol calls (ECS, ECR) with their decoded bodies. */
function recorder(endpoint) {
  return {
    /** Forgets what was recorded and records from now on. */
    async restart() {
      await motoApi(endpoint, 'stop-recording');
      await motoApi(endpoint, 'reset-recording');
      await motoApi(endpoint, 'start-recording');
    },
    /** @returns {Promise<Array<{ operation: string, body: any }>>} in the order moto received them */
    async calls() {
      const lines = (await motoApi(endpoint, 'download-recording', 'GET')).split('\n').filter(Boolean);
      return lines
        .map((line) => JSON.parse(line))
        .filter((entry) => entry.headers['X-Amz-Target'])
        .map((entry) => {
          const text = entry.body_encoded ? Buffer.from(entry.body, 'base64').toString('utf8') : entry.body;
          return {
            operation: entry.headers['X-Amz-Target'].split('.').pop(),
            body: text ? JSON.parse(text) : {},
          };
        });
    },
  };
}
