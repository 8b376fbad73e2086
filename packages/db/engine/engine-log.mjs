/**
 * The native engine logs JSON lines on stderr; the Prisma CLI reads them to explain failures (the last ERROR line's
 * `fields.message`, and `fields.error_code` for connection problems), so the shim logs the same shape.
 */
export function logLine(level, message, fields = {}) {
  process.stderr.write(
    `${JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields: { message, ...fields },
      target: 'schema_engine::logger',
    })}\n`,
  );
}
