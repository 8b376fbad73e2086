import pino, { type Logger } from 'pino';
// A type-only import statement, so the file also runs under Node's type stripping (root-logger.spec.ts).
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

/** The process's one pino logger: JSON lines on stdout, ISO timestamps, level names CloudWatch can filter on. */
export function createRootLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'spendwise-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  });
}
