/**
 * `schema-engine --datasource <json> cli <command>`: the one-shot commands the Prisma CLI runs before `migrate`
 * (is the database there? create it if not). The wasm engine has no equivalent, and they are plain SQL anyway.
 */
import pg from 'pg';
import { describeTlsError } from '../tls/tls-errors.mjs';
import { logLine } from './engine-log.mjs';

const COMMANDS = {
  'can-connect-to-database': async (url) => {
    await withClient(url, (client) => client.query('SELECT 1'));
    return 'Connection successful';
  },
  'create-database': async (url) => {
    const database = databaseName(url);
    const maintenanceUrl = new URL(url);
    maintenanceUrl.pathname = '/postgres';
    await withClient(maintenanceUrl.toString(), (client) =>
      client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`),
    );
    return `Database '${database}' was successfully created.`;
  },
};

/** Runs one command; exit code and stderr lines follow the native engine so the CLI can read the outcome. */
export async function runCliCommand(command, datasource) {
  const run = COMMANDS[command];
  if (!run) {
    logLine('ERROR', `Unsupported schema engine CLI command: ${command}`);
    return 1;
  }
  try {
    logLine('INFO', await run(datasource.url));
    return 0;
  } catch (error) {
    const { code, message } = describeConnectionError(error, datasource.url);
    logLine('ERROR', message, { is_panic: false, error_code: code });
    return 1;
  }
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
}

/** Prisma's error codes for connection problems (https://pris.ly/d/prisma-errors), which the CLI acts on. */
function describeConnectionError(error, url) {
  const { hostname, port } = new URL(url);
  const server = `${hostname}:${port || 5432}`;
  switch (error.code) {
    case '3D000':
      return {
        code: 'P1003',
        message: `Database \`${databaseName(url)}\` does not exist on the database server at \`${server}\`.`,
      };
    case '28P01':
    case '28000':
      return {
        code: 'P1000',
        message: `Authentication failed against database server at \`${server}\`: ${error.message}`,
      };
    case '42P04':
      return {
        code: 'P1009',
        message: `Database \`${databaseName(url)}\` already exists on the database server at \`${server}\``,
      };
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { code: 'P1001', message: `Can't reach database server at \`${server}\`` };
    default:
      return { code: undefined, message: (describeTlsError(error, url) ?? error).message };
  }
}
