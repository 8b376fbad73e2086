/**
 * Runs last: greps the logs of every API process this run started (thousands of authenticated requests, forged
 * tokens, faults) for anything secret: tokens, passwords, the database password, Authorization headers.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { LOCAL_DB_PASSWORD } from '@spendwise/local-stack';
import { PASSWORD } from '../lib/cognito.mjs';
import { logDir, recordFigures } from '../lib/run-files.mjs';

const PATTERNS = {
  'a JWT (header.payload)': /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}/,
  'a bearer credential': /bearer\s+[A-Za-z0-9._-]{20,}/i,
  'the users’ password': new RegExp(PASSWORD.replace(/[!-]/g, '\\$&')),
  'the database password': new RegExp(LOCAL_DB_PASSWORD),
  'an authorization header value': /"authorization"\s*:\s*"(?!\[Redacted\])/i,
  'a refresh token': /"refresh_?token"\s*:\s*"[^"]{20,}/i,
};

it('no token, password or credential appears in any API log of the run', () => {
  const files = readdirSync(logDir()).filter((name) => name.endsWith('.log'));
  assert.ok(files.length >= 3, `logs of the run's API processes (${files})`);
  let lines = 0;
  const found = [];
  for (const file of files) {
    const text = readFileSync(path.join(logDir(), file), 'utf8');
    lines += text.split('\n').length;
    for (const [what, pattern] of Object.entries(PATTERNS)) {
      const match = text.match(pattern);
      if (match)
        found.push(`${file}: ${what}: …${text.slice(Math.max(0, match.index - 80), match.index + 40)}…`);
    }
  }
  recordFigures('secrets-in-logs', { logFiles: files.length, logLines: lines, violations: found.length });
  assert.ok(lines > 1000, `a full run's logs were read (${lines} lines)`);
  assert.deepEqual(found, []);
});
