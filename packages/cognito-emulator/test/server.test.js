import assert from 'node:assert/strict';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { freePort, makeLocalTempDir } from '@spendwise/devkit';
import { LOCAL_COGNITO, PortInUseError, startCognitoEmulator } from '../src/index.js';
import {
  cognitoCall,
  createConfirmedUser,
  expectCognitoError,
  passwordSignIn,
  startTestEmulator,
  uniqueEmail,
} from './helpers.js';

let cognito;
before(async () => {
  cognito = await startTestEmulator();
});
after(() => cognito?.stop());

test('the pool and both clients are seeded once; users and settings survive a restart', async () => {
  const dataDir = await makeLocalTempDir('test-cognito-restart-');
  const port = await freePort();
  const quiet = { port, dataDir, log: () => {} };
  try {
    let emulator = await startCognitoEmulator(quiet);
    const call = (op, body) => cognitoCall(emulator.endpoint, op, body);
    const user = await createConfirmedUser({ emulator, call }, uniqueEmail('restart'));
    const before = await passwordSignIn({ call }, user);
    await emulator.stop();
    const clientsFile = path.join(dataDir, 'db', 'clients.json');
    const poolFile = path.join(dataDir, 'db', `${LOCAL_COGNITO.userPoolId}.json`);
    const seeded = { clients: await readFile(clientsFile, 'utf8'), pool: await readFile(poolFile, 'utf8') };

    emulator = await startCognitoEmulator(quiet);
    try {
      assert.ok(await passwordSignIn({ call }, user), 'the user signed up before the restart can sign in');
      // The signing key is kept in the data folder: a token issued before the restart is still good.
      assert.equal((await call('GetUser', { AccessToken: before.AccessToken })).status, 200);
      const clients = await call('ListUserPoolClients', { UserPoolId: LOCAL_COGNITO.userPoolId });
      assert.deepEqual(
        clients.body.UserPoolClients.map((client) => client.ClientId).sort(),
        [LOCAL_COGNITO.clientId, LOCAL_COGNITO.otherClientId].sort(),
      );
      // Re-seeding must not touch what is already right (a changed LastModifiedDate would show it).
      assert.equal(await readFile(clientsFile, 'utf8'), seeded.clients);
      assert.deepEqual(JSON.parse(await readFile(poolFile, 'utf8')).Options, JSON.parse(seeded.pool).Options);
    } finally {
      await emulator.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('a second emulator on a taken port fails with one actionable line naming COGNITO_PORT', async () => {
  const port = Number(new URL(cognito.emulator.endpoint).port);
  await assert.rejects(
    startCognitoEmulator({ port, dataDir: cognito.dataDir, log: () => {} }),
    (error) =>
      error instanceof PortInUseError &&
      /COGNITO_PORT=<port>/.test(error.message) &&
      !error.message.includes('\n'),
  );
});

test('browsers may call it: the CORS preflight allows the headers Amplify sends', async () => {
  const requested = 'content-type,x-amz-target,x-amz-user-agent,cache-control';
  const preflight = await fetch(cognito.emulator.endpoint, {
    method: 'OPTIONS',
    headers: {
      Origin: 'http://localhost:3000',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': requested,
    },
    signal: AbortSignal.timeout(5_000),
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
  assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
  for (const header of requested.split(',')) {
    assert.ok(
      (preflight.headers.get('access-control-allow-headers') ?? '').split(',').includes(header),
      header,
    );
  }

  const actual = await fetch(cognito.emulator.endpoint, {
    method: 'POST',
    headers: {
      Origin: 'http://localhost:3000',
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth',
      'x-amz-user-agent': 'aws-amplify/6.22.1 auth/4 framework/2',
      'cache-control': 'no-store',
    },
    body: JSON.stringify({
      ClientId: LOCAL_COGNITO.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: uniqueEmail('cors'), PASSWORD: 'Whatever-1' },
    }),
    signal: AbortSignal.timeout(5_000),
  });
  assert.equal(actual.headers.get('access-control-allow-origin'), '*');
  assert.equal(/** @type {any} */ (await actual.json()).__type, 'NotAuthorizedException');
});

test('the JWKS is served at the pool path with the one RS256 signing key', async () => {
  assert.equal(
    cognito.emulator.jwksUri,
    `${cognito.emulator.endpoint}/${LOCAL_COGNITO.userPoolId}/.well-known/jwks.json`,
  );
  const { keys } = /** @type {any} */ (
    await (await fetch(cognito.emulator.jwksUri, { signal: AbortSignal.timeout(5_000) })).json()
  );
  assert.equal(keys.length, 1);
  assert.equal(keys[0].alg, 'RS256');
  assert.equal(keys[0].kty, 'RSA');
});

test('fixedCode pins every code; anything but 6 digits is refused', async () => {
  const pinned = await startTestEmulator({ fixedCode: '424242' });
  try {
    const email = uniqueEmail('pinned');
    await pinned.call('SignUp', {
      ClientId: LOCAL_COGNITO.clientId,
      Username: email,
      Password: 'Correct-horse-1',
    });
    assert.equal(await pinned.emulator.readConfirmationCode(email), '424242');
  } finally {
    await pinned.stop();
  }
  await assert.rejects(
    startCognitoEmulator({
      port: await freePort(),
      dataDir: cognito.dataDir,
      fixedCode: '12ab',
      log: () => {},
    }),
    /COGNITO_FIXED_CODE must be 6 digits/,
  );
});

test('an operation the emulator does not implement answers with a message naming it', async () => {
  const response = await cognito.call('AdminUserGlobalSignOut', {
    UserPoolId: LOCAL_COGNITO.userPoolId,
    Username: 'x',
  });
  assert.equal(response.status, 500);
  assert.match(response.body.message, /unsupported feature: Unsupported operation "AdminUserGlobalSignOut"/);
});

test('each data folder signs with its own key, readable by its owner only; another folder refuses its tokens', async () => {
  const other = await startTestEmulator();
  try {
    const user = await createConfirmedUser(cognito, uniqueEmail('own-key'));
    const tokens = await passwordSignIn(cognito, user);
    const kidOf = async (emulator) =>
      /** @type {any} */ (await (await fetch(emulator.jwksUri)).json()).keys[0].kid;
    assert.notEqual(await kidOf(cognito.emulator), await kidOf(other.emulator));
    assert.equal(path.dirname(cognito.emulator.signingKeyFile), cognito.dataDir);
    assert.equal((await stat(cognito.emulator.signingKeyFile)).mode & 0o777, 0o600);
    expectCognitoError(
      assert,
      await other.call('GetUser', { AccessToken: tokens.AccessToken }),
      'NotAuthorizedException',
      'Invalid Access Token',
    );
  } finally {
    await other.stop();
  }
});

test('the wire protocol: timestamps in epoch seconds, and malformed requests answered as AWS does', async () => {
  const email = uniqueEmail('wire');
  await cognito.call('AdminCreateUser', {
    UserPoolId: LOCAL_COGNITO.userPoolId,
    Username: email,
    MessageAction: 'SUPPRESS',
  });
  const { body } = await cognito.call('AdminGetUser', {
    UserPoolId: LOCAL_COGNITO.userPoolId,
    Username: email,
  });
  assert.equal(typeof body.UserCreateDate, 'number');
  assert.ok(Math.abs(body.UserCreateDate - Date.now() / 1000) < 60);
  assert.equal(body.Password, undefined, 'no password in the answer');

  const post = (headers, payload) =>
    fetch(cognito.emulator.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', ...headers },
      body: payload,
      signal: AbortSignal.timeout(5_000),
    });
  const target = { 'X-Amz-Target': 'AWSCognitoIdentityProviderService.SignUp' };
  const notJson = await post(target, '{"ClientId":');
  assert.equal(notJson.status, 400);
  assert.equal(notJson.headers.get('x-amzn-errortype'), 'SerializationException:');
  const noTarget = await post({}, '{}');
  assert.equal(noTarget.status, 400);
  assert.equal(/** @type {any} */ (await noTarget.json()).__type, 'UnknownOperationException');
  const huge = await post(target, JSON.stringify({ ClientId: 'x'.repeat(300 * 1024) }));
  assert.equal(huge.status, 413);
});
