import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiEnv, DEFAULT_PORTS, portsFromEnv, webEnv } from '../src/config.js';

test('ports default to web 3000, API 4000, emulator 9229, Postgres 5433', () => {
  assert.deepEqual(portsFromEnv({}), DEFAULT_PORTS);
});

test('ports can be moved by env and bad values name the variable', () => {
  assert.equal(portsFromEnv({ API_PORT: '4100' }).api, 4100);
  assert.throws(() => portsFromEnv({ WEB_PORT: 'http' }), /WEB_PORT must be a port number/);
  assert.throws(() => portsFromEnv({ POSTGRES_PORT: '70000' }), /POSTGRES_PORT/);
});

test('the API trusts the emulator only through explicit local settings, and the web points at the same ports', () => {
  const ports = { web: 3100, api: 4100, cognito: 9300, postgres: 5500 };
  const api = apiEnv({ ports, databaseUrl: 'postgresql://x' });
  assert.equal(api.AUTH_LOCAL_EMULATOR, 'true');
  assert.equal(api.COGNITO_ENDPOINT, 'http://127.0.0.1:9300');
  assert.match(api.CORS_ORIGINS, /http:\/\/localhost:3100/);
  const web = webEnv({ ports });
  assert.equal(web.NEXT_PUBLIC_API_URL, 'http://localhost:4100');
  assert.equal(web.NEXT_PUBLIC_COGNITO_CLIENT_ID, api.COGNITO_CLIENT_ID);
});
