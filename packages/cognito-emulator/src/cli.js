#!/usr/bin/env node
/**
 * `spendwise-cognito-emulator`: the local Cognito on its own — for docker compose, or to poke at it without the
 * rest of the stack (`npm run dev` starts it in-process instead). Ctrl-C or SIGTERM stops it cleanly.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LOCAL_COGNITO, PortInUseError, startCognitoEmulator } from './index.js';

// The dev stack's data folder (<repo>/.local, or SPENDWISE_DATA_DIR), so both share one local pool.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const defaultDataDir = path.join(process.env.SPENDWISE_DATA_DIR ?? path.join(repoRoot, '.local'), 'cognito');

const USAGE = `Usage: spendwise-cognito-emulator [--port <port>] [--host <address>] [--data-dir <folder>]
  --port       default: COGNITO_PORT, else 9229
  --host       default: 127.0.0.1 (a container needs 0.0.0.0)
  --data-dir   default: .local/cognito in the repository (SPENDWISE_DATA_DIR moves .local)
  COGNITO_FIXED_CODE=<6 digits> makes every confirmation/reset code that value.`;

const print = (line) => console.log(`[cognito] ${line}`);

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.COGNITO_PORT || '9229' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string', default: defaultDataDir },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    console.error(`Invalid port "${values.port}".\n${USAGE}`);
    process.exitCode = 2;
    return;
  }

  const emulator = await startCognitoEmulator({
    port,
    host: values.host,
    dataDir: values['data-dir'],
    log: print,
  });
  print(`listening on http://${values.host}:${port} (endpoint for local clients: ${emulator.endpoint})`);
  print(
    `region ${LOCAL_COGNITO.region} · user pool ${LOCAL_COGNITO.userPoolId} · ` +
      `web client ${LOCAL_COGNITO.clientId} · other client ${LOCAL_COGNITO.otherClientId}`,
  );
  print(`tokens: iss ${LOCAL_COGNITO.issuer}, JWKS ${emulator.jwksUri}`);
  print(`data: ${values['data-dir']}`);
  print(
    'confirmation and password-reset codes are printed here: "[cognito] confirmation code for <email>: <code>"',
  );

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await emulator.stop();
      print('stopped');
    });
  }
}

main().catch((error) => {
  console.error(error instanceof PortInUseError ? error.message : error);
  process.exitCode = 1;
});
