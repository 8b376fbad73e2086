import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

/**
 * Paths that could carry credentials if anything ever logs a request, headers or a token holder. Request lines
 * are built from chosen fields only (request-logging.ts), so this is the second line of defence.
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'accessToken',
  'token',
  'password',
  '*.authorization',
  '*.accessToken',
  '*.token',
  '*.password',
];

/**
 * The process's one pino logger: JSON lines on stdout, ISO timestamps, level names CloudWatch can filter on.
 *
 * Written asynchronously: pino's default destination makes one blocking write(2) per line, i.e. per request, on the
 * event loop; asynchronously, lines that arrive while a write is in flight go out together in the next one (BENCHMARKS.md,
 * "Per-request framework cost"). Nothing waits in a buffer (no minimum length), and pino writes what is still
 * pending synchronously when the process exits, including through process.exit (root-logger.spec.ts).
 */
export function createRootLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'spendwise-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    pino.destination({ dest: 1, sync: false }),
  );
}
