import 'reflect-metadata';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/load-config';

/** Entry point (ECS task, `npm start`, `npm run dev`): validate config, build the app, listen. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  // ECS kills the task 30 s after SIGTERM; if draining ever hangs, exit on our own terms first.
  process.once('SIGTERM', () => setTimeout(() => process.exit(1), config.shutdownTimeoutMs).unref());
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  // One line on stderr naming the problem (e.g. the invalid variable); no stack for configuration mistakes.
  const message = error instanceof ConfigError ? error.message : `API failed to start: ${describe(error)}`;
  process.stderr.write(`${JSON.stringify({ level: 'fatal', service: 'spendwise-api', msg: message })}\n`);
  process.exit(1);
});

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
