import assert from 'node:assert/strict';
import { test } from 'node:test';
import { networkAddresses } from '@spendwise/devkit';
import { apiEnv, DEFAULT_PORTS, devHosts, portsFromEnv, webEnv } from '../src/config.js';

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
  // Budget alert emails are printed, never sent, from a local stack.
  assert.equal(api.MAIL_TRANSPORT, 'log');
  const web = webEnv({ ports });
  assert.equal(web.NEXT_PUBLIC_API_URL, 'http://localhost:4100');
  assert.equal(web.NEXT_PUBLIC_COGNITO_CLIENT_ID, api.COGNITO_CLIENT_ID);
});

test('the dev server and the API accept the app at 127.0.0.1 and at the network addresses next dev prints', () => {
  const ports = { web: 3100, api: 4100, cognito: 9300, postgres: 5500 };
  const hosts = devHosts(['192.0.2.7']);
  assert.equal(webEnv({ ports, hosts }).SPENDWISE_DEV_ORIGINS, '127.0.0.1,192.0.2.7');
  assert.deepEqual(apiEnv({ ports, databaseUrl: 'postgresql://x', hosts }).CORS_ORIGINS.split(','), [
    'http://localhost:3100',
    'http://127.0.0.1:3100',
    'http://192.0.2.7:3100',
  ]);
});

test('the API also accepts the origins the web app is served from through a terminator, when asked', () => {
  const ports = { web: 3100, api: 4100, cognito: 9300, postgres: 5500 };
  const origins = apiEnv({
    ports,
    databaseUrl: 'postgresql://x',
    hosts: [],
    extraCorsOrigins: ['https://app.spendwise.test:8443'],
  }).CORS_ORIGINS.split(',');
  assert.deepEqual(origins, ['http://localhost:3100', 'https://app.spendwise.test:8443']);
});

test('network addresses are the IPv4 ones other than 127.0.0.1, as next dev prints them', () => {
  const interfaces = {
    lo: [
      { address: '127.0.0.1', family: 'IPv4', internal: true },
      { address: '::1', family: 'IPv6', internal: true },
    ],
    eth0: [
      { address: '192.0.2.2', family: 'IPv4', internal: false },
      { address: 'fe80::1', family: 'IPv6', internal: false },
    ],
  };
  assert.deepEqual(networkAddresses(interfaces), ['192.0.2.2']);
});
