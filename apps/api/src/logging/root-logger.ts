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
  const logger = pino({
    level: config.logLevel,
    base: { service: 'spendwise-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  });
  redactOnlyObjects(logger);
  return logger;
}

type Stringifier = (value: unknown, ...rest: unknown[]) => string;

/**
 * With a `*.x` path, pino hands every value of every line and binding to that path's redactor — strings, numbers
 * and the message included — and @pinojs/redact 0.4 parses each of its paths again on every call: 13 % of what a
 * list request allocated (BENCHMARKS.md, "Allocation per request"). A string, number or boolean has no property
 * for a path to reach, so it is written as JSON.stringify writes it (what the redactor returns for one); objects
 * and null still go through the redactor. Children share the root's stringifiers unless given their own `redact`.
 */
function redactOnlyObjects(logger: Logger): void {
  const stringifiers = (logger as unknown as Record<symbol, Record<symbol, Stringifier | undefined>>)[
    pino.symbols.stringifiersSym
  ];
  const redactAny = stringifiers?.[pino.symbols.wildcardFirstSym];
  if (!stringifiers || !redactAny) throw new Error('pino no longer keeps its redactors where expected');
  stringifiers[pino.symbols.wildcardFirstSym] = (value, ...rest) =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? JSON.stringify(value)
      : redactAny(value, ...rest);
}
