/**
 * `npm run dev` shows the API's JSON log lines (its production format, one object per line) as one readable line
 * each: requests as `GET /expenses/:id → 200 12 ms`, everything else as `LEVEL [context] message key=value`. Nest's
 * start-up inventory (every module loaded, every route mapped: ~40 lines on each reload) is shown only with
 * LOG_LEVEL=debug or trace. An email printed instead of sent (MAIL_TRANSPORT=log) is shown as an email. Lines that are not JSON pass unchanged. The test stacks keep the raw JSON.
 */

const BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);
// Carried by every line (or shown another way): not repeated as key=value.
const SHOWN = new Set(['level', 'time', 'msg', 'context', 'service', 'pid', 'hostname', 'err']);
const REQUEST_FIELDS = new Set(['requestId', 'userId', 'method', 'route', 'status', 'durationMs']);
const LEVEL_COLOR = { trace: 90, debug: 90, info: 0, warn: 33, error: 31, fatal: 31 };

const painter = (color) => (code, text) => (color && code ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * @param {string} line one line of the API's stdout
 * @param {{ color?: boolean, logLevel?: string }} [options]
 * @returns {string | null} the line to print, or null to leave it out
 */
export function formatApiLine(line, { color = false, logLevel = 'info' } = {}) {
  const entry = parseJsonObject(line);
  if (!entry) return line;
  const paint = painter(color);
  const level = String(entry.level ?? 'info');
  const verbose = logLevel === 'debug' || logLevel === 'trace';
  const isWarning = level === 'warn' || level === 'error' || level === 'fatal';
  if (BOOT_CONTEXTS.has(entry.context) && !isWarning && !verbose) return null;

  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const head = `${paint(90, time)} ${paint(LEVEL_COLOR[level], level.toUpperCase().padEnd(5))}`;
  if (entry.msg === 'request completed' && entry.method) {
    const status = Number(entry.status);
    const statusColor = status >= 500 ? 31 : status >= 400 ? 33 : 32;
    const user = entry.userId ? paint(90, ` user ${String(entry.userId).slice(0, 8)}`) : '';
    return `${head} ${entry.method} ${entry.route ?? '(no route)'} → ${paint(statusColor, String(entry.status))} ${entry.durationMs} ms${user}${errorText(entry, paint)}`;
  }
  const context = entry.context ? `${paint(90, `[${entry.context}]`)} ` : '';
  // An email the API printed instead of sending (MAIL_TRANSPORT=log): shown as an email, its text as written.
  if (isMail(entry.mail)) {
    const { from, to, subject, text } = entry.mail;
    return `${head} ${context}${entry.msg ?? ''}\n  From: ${from}\n  To: ${to}\n  Subject: ${subject}\n\n${text
      .trimEnd()
      .split('\n')
      .map((body) => `  ${body}`.trimEnd())
      .join('\n')}`;
  }
  const extra = Object.entries(entry)
    .filter(([key]) => !SHOWN.has(key) && !(entry.msg === 'request completed' && REQUEST_FIELDS.has(key)))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return `${head} ${context}${entry.msg ?? ''}${extra ? ` ${paint(90, extra)}` : ''}${errorText(entry, paint)}`;
}

function isMail(mail) {
  return (
    mail !== null &&
    typeof mail === 'object' &&
    ['from', 'to', 'subject', 'text'].every((key) => typeof mail[key] === 'string')
  );
}

function errorText(entry, paint) {
  if (!entry.err) return '';
  const err = entry.err;
  return `\n${paint(31, typeof err === 'object' ? (err.stack ?? `${err.type ?? 'Error'}: ${err.message}`) : String(err))}`;
}

function parseJsonObject(line) {
  if (!line.startsWith('{')) return null;
  try {
    const value = JSON.parse(line);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
