import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatApiLine } from '../src/dev-log.js';

// Lines as the API writes them (apps/api/src/logging: pino, ISO time, level labels).
const line = (fields) =>
  JSON.stringify({
    level: 'info',
    time: '2026-12-04T09:51:02.123Z',
    service: 'spendwise-api',
    pid: 7,
    ...fields,
  });

test('a request is one line: method, route, status, duration, the user shortened', () => {
  const out = formatApiLine(
    line({
      requestId: 'req-1',
      userId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      method: 'GET',
      route: '/expenses/:id',
      status: 200,
      durationMs: 12.3,
      msg: 'request completed',
    }),
  );
  assert.equal(out, '09:51:02 INFO  GET /expenses/:id → 200 12.3 ms user 0193a1b2');
});

test('an email printed instead of sent reads as an email, its text on its own lines', () => {
  const out = formatApiLine(
    line({
      context: 'Mailer',
      msg: 'email printed, not sent (MAIL_TRANSPORT=log)',
      mail: {
        from: 'alerts@spendwise.local',
        to: 'you@example.com',
        subject: 'Your overall budget for December 2026 has passed 80 %',
        text: 'Hello,\n\n$85.00 of $100.00 available has been spent.\n',
      },
    }),
  );
  assert.equal(
    out,
    [
      '09:51:02 INFO  [Mailer] email printed, not sent (MAIL_TRANSPORT=log)',
      '  From: alerts@spendwise.local',
      '  To: you@example.com',
      '  Subject: Your overall budget for December 2026 has passed 80 %',
      '',
      '  Hello,',
      '',
      '  $85.00 of $100.00 available has been spent.',
    ].join('\n'),
  );
});

test('a failed request shows its error below it', () => {
  const out = formatApiLine(
    line({
      level: 'error',
      method: 'POST',
      route: '/expenses',
      status: 500,
      durationMs: 3,
      msg: 'request completed',
      err: { type: 'Error', message: 'boom', stack: 'Error: boom\n    at x' },
    }),
  );
  assert.equal(out, '09:51:02 ERROR POST /expenses → 500 3 ms\nError: boom\n    at x');
});

test('other lines: level, context, message, then the fields not already shown', () => {
  assert.equal(
    formatApiLine(
      line({ level: 'warn', context: 'ActiveSessions', msg: 'Cognito throttled', code: 'TooMany' }),
    ),
    '09:51:02 WARN  [ActiveSessions] Cognito throttled code=TooMany',
  );
});

test('Nest’s start-up inventory is left out unless LOG_LEVEL is debug or trace; its warnings never are', () => {
  const mapped = line({ context: 'RouterExplorer', msg: 'Mapped {/expenses, GET} route' });
  assert.equal(formatApiLine(mapped), null);
  assert.match(formatApiLine(mapped, { logLevel: 'debug' }), /Mapped \{\/expenses, GET\} route/);
  assert.match(
    formatApiLine(line({ level: 'warn', context: 'InstanceLoader', msg: 'odd' })),
    /WARN {2}\[InstanceLoader\] odd/,
  );
});

test('colour only when asked; lines that are not JSON pass unchanged', () => {
  const notFound = line({
    method: 'GET',
    route: '/health',
    status: 404,
    durationMs: 1,
    msg: 'request completed',
  });
  assert.ok(
    formatApiLine(notFound, { color: true }).includes('\x1b[33m404\x1b[0m'),
    'a 4xx status in yellow',
  );
  assert.ok(!formatApiLine(notFound).includes('\x1b['), 'no escape codes without colour');
  assert.equal(
    formatApiLine('Starting compilation in watch mode...'),
    'Starting compilation in watch mode...',
  );
  assert.equal(formatApiLine('{not json'), '{not json');
});
