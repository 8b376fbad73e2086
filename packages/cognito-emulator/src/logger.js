/**
 * The logger cognito-local and its pino-http middleware call, reduced to what a developer needs: one line per
 * operation that failed with a Cognito error (`ConfirmSignUp → CodeMismatchException: …`), and the stack of
 * any emulator fault. Debug/info chatter (every request, every data-store write) is dropped.
 * @param {(line: string) => void} log
 * @returns {any} the part of pino's Logger that cognito-local and pino-http call
 */
export function createLogger(log) {
  const ignore = () => {};
  const logger = {
    level: 'warn',
    child: () => logger,
    trace: ignore,
    debug: ignore,
    info: ignore,
    warn: (first, second) => {
      const error = first instanceof Error ? /** @type {Error & { code?: string }} */ (first) : undefined;
      const message = typeof first === 'string' ? first : String(second ?? '');
      // cognito-local's server says "Error handling target: <Operation>" for every Cognito error it returns.
      const operation = message.replace(/^Error handling target: /, '');
      log(error ? `${operation} → ${error.code ?? error.name}: ${error.message}` : message);
    },
    error: (first, second) => {
      const message = typeof first === 'string' ? first : String(second ?? '');
      log(`error: ${message}${first instanceof Error ? `\n${first.stack}` : ''}`);
    },
  };
  logger.fatal = logger.error;
  return logger;
}
