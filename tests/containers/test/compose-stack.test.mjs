/**
 * `docker compose up` end to end: PostgreSQL, the one-shot migration, the Cognito emulator, the API and the web
 * app come up in order; a new person signs up, confirms with the code from `docker compose logs cognito`, signs
 * in, sees the dashboard and records an expense; then the stack goes away with its volumes.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { waitFor } from '@spendwise/devkit';
import { cognitoCall } from '@spendwise/local-stack';
import { compose, composeEnv } from '../lib/compose.mjs';
import { docker, inspectContainer } from '../lib/docker.mjs';
import { builtImage, logDir, readRunPlan } from '../lib/run-plan.mjs';

const plan = readRunPlan();
const env = composeEnv(plan, { postgresPassword: randomBytes(16).toString('hex') });
const urls = {
  web: `http://127.0.0.1:${plan.ports.web}`,
  api: `http://127.0.0.1:${plan.ports.api}`,
  cognito: `http://127.0.0.1:${plan.ports.cognito}`,
};
const WEB_CLIENT_ID = 'spendwiselocalwebclient001';

async function serviceContainer(service) {
  const { stdout } = await compose(['ps', '-q', service], { env });
  return inspectContainer(stdout.trim());
}

async function isHealthy(service) {
  return (await serviceContainer(service)).State.Health?.Status === 'healthy';
}

function api(pathname, { token, ...init } = {}) {
  return fetch(`${urls.api}${pathname}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    signal: AbortSignal.timeout(10_000),
  });
}

describe('docker compose stack', () => {
  before(async () => {
    for (const name of ['backend', 'web', 'cognitoEmulator']) builtImage(plan, name);
    // The global setup built the images (docker-compose 1.29 cannot pass build secrets, so it must not build).
    // `up --detach` starts each service only once its depends_on conditions (healthy, completed) hold.
    await compose(['up', '--detach', '--no-build'], { env, timeoutMs: 300_000 });
    await waitFor('the web service to report healthy', () => isHealthy('web'), {
      timeoutMs: 120_000,
      intervalMs: 1_000,
    });
  });

  after(async () => {
    // Kept for whoever has to find out why a run failed.
    const logs = await compose(['logs', '--no-color', '--tail=300'], { env }).then(
      ({ stdout }) => stdout,
      (error) => error.message,
    );
    writeFileSync(path.join(logDir, 'compose.log'), logs);
    await compose(['down', '--volumes', '--remove-orphans', '--timeout', '30'], { env, timeoutMs: 120_000 });
  });

  test('migrations ran once, successfully, before the API started', async () => {
    const migrate = await serviceContainer('migrate');
    assert.equal(migrate.State.Status, 'exited');
    assert.equal(migrate.State.ExitCode, 0);
    const apiStartedAt = Date.parse((await serviceContainer('api')).State.StartedAt);
    assert.ok(
      Date.parse(migrate.State.FinishedAt) <= apiStartedAt,
      'the API starts after the migration ended',
    );
    const ready = await fetch(`${urls.api}/health/ready`, { signal: AbortSignal.timeout(10_000) });
    assert.equal(ready.status, 200);
  });

  test('the web app serves its pages: / leads to sign-in, /signup is the sign-up page', async () => {
    const home = await fetch(`${urls.web}/`, { signal: AbortSignal.timeout(30_000) });
    assert.equal(home.status, 200);
    assert.equal(new URL(home.url).pathname, '/signin');
    assert.match(await home.text(), /<title>Sign in · SpendWise<\/title>/);

    const signup = await fetch(`${urls.web}/signup`, { signal: AbortSignal.timeout(30_000) });
    assert.equal(signup.status, 200);
    assert.match(signup.headers.get('content-type'), /text\/html/);
    assert.match(await signup.text(), /<title>Create your account · SpendWise<\/title>/);
  });

  test('sign-up → confirmation code from the logs → sign-in → dashboard → an expense shows on it', async () => {
    const email = `container-test-${randomBytes(4).toString('hex')}@example.com`;
    const password = `Pw-${randomBytes(9).toString('base64url')}1a!`;

    await cognitoCall(urls.cognito, 'SignUp', {
      ClientId: WEB_CLIENT_ID,
      Username: email,
      Password: password,
      UserAttributes: [{ Name: 'email', Value: email }],
    });

    let code;
    const escaped = email.replace(/[.+]/g, '\\$&');
    await waitFor(
      `the confirmation code for ${email} in docker compose logs cognito`,
      async () => {
        const { stdout } = await compose(['logs', '--no-color', 'cognito'], { env });
        code = new RegExp(`confirmation code for ${escaped}: (\\d{6})`).exec(stdout)?.[1];
        return code;
      },
      { timeoutMs: 15_000, intervalMs: 500 },
    );
    await cognitoCall(urls.cognito, 'ConfirmSignUp', {
      ClientId: WEB_CLIENT_ID,
      Username: email,
      ConfirmationCode: code,
    });
    const { AuthenticationResult: tokens } = await cognitoCall(urls.cognito, 'InitiateAuth', {
      ClientId: WEB_CLIENT_ID,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: password },
    });
    const token = tokens.AccessToken;

    const me = await api('/me', { token });
    assert.equal(me.status, 200);
    assert.equal((await me.json()).email, email);

    const occurredOn = new Date().toISOString().slice(0, 10);
    const month = occurredOn.slice(0, 7);
    const before = await api(`/dashboard?month=${month}`, { token });
    assert.equal(before.status, 200);
    const empty = await before.json();
    assert.equal(empty.totalMinor, 0);
    assert.deepEqual(empty.recent, []);

    const created = await api('/expenses', {
      token,
      method: 'POST',
      body: JSON.stringify({ amountMinor: 1234, occurredOn, description: 'Container test lunch' }),
    });
    assert.equal(created.status, 201, await created.clone().text());

    const afterwards = await (await api(`/dashboard?month=${month}`, { token })).json();
    assert.equal(afterwards.totalMinor, 1234);
    assert.deepEqual(
      afterwards.recent.map(({ description, amountMinor }) => ({ description, amountMinor })),
      [{ description: 'Container test lunch', amountMinor: 1234 }],
    );

    const anonymous = await fetch(`${urls.api}/dashboard`, { signal: AbortSignal.timeout(10_000) });
    assert.equal(anonymous.status, 401);
  });

  test('docker compose down --volumes leaves no containers or volumes behind', async () => {
    await compose(['down', '--volumes', '--remove-orphans', '--timeout', '30'], { env, timeoutMs: 120_000 });
    const label = `label=com.docker.compose.project=${plan.composeProject}`;
    const { stdout: containers } = await docker(['ps', '--all', '--quiet', '--filter', label]);
    const { stdout: volumes } = await docker(['volume', 'ls', '--quiet', '--filter', label]);
    assert.equal(containers.trim(), '');
    assert.equal(volumes.trim(), '');
  });
});
