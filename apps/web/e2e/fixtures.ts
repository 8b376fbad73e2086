/**
 * What every browser test gets: the real local stack (started once per worker, stopped afterwards, also on
 * failure) and helpers for accounts. The stack runs in the worker process because tests need its handle — to
 * read the codes the emulator "emails" and to stop and restart the API.
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { generateSync } from 'otplib';
import {
  DEFAULT_PORTS,
  cognitoCall,
  freePort,
  makeLocalTempDir,
  startStack,
  type Stack,
} from '@spendwise/local-stack';
import { LOCAL_STACK_ENV } from '../src/lib/env';

export const ARTIFACTS = path.join(__dirname, 'artifacts');
export const PASSWORD = 'Correct-horse-9';

export interface Account {
  email: string;
  password: string;
}

/** A fresh address per call, so tests never depend on each other's users. */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

async function startE2eStack(): Promise<Stack> {
  if (!existsSync(path.join(__dirname, '../.next/BUILD_ID'))) {
    throw new Error(
      'No production build of the web app: run `npm run build -w @spendwise/web` (turbo does it for test:e2e).',
    );
  }
  await mkdir(ARTIFACTS, { recursive: true });
  const logFile = path.join(ARTIFACTS, 'stack.log');
  await writeFile(logFile, '');
  return startStack({
    // The web build has the default local ports baked in; only PostgreSQL can move.
    ports: { ...DEFAULT_PORTS, postgres: await freePort() },
    dataDir: await makeLocalTempDir('e2e-web-'),
    persistent: false,
    api: 'start',
    web: 'start',
    log: (service, line) => void appendFile(logFile, `[${service}] ${line}\n`),
  });
}

export const test = base.extend<{ account: Account }, { stack: Stack }>({
  stack: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
    async ({}, use) => {
      const stack = await startE2eStack();
      try {
        await use(stack);
      } finally {
        await stack.stop();
      }
    },
    // auto: the app's pages need the stack even in tests that never touch its handle.
    { scope: 'worker', auto: true, timeout: 180_000 },
  ],

  /** A confirmed account (made through Cognito's API, as the sign-up journey has its own test). */
  account: async ({ stack }, use) => {
    const account = { email: uniqueEmail('user'), password: PASSWORD };
    await cognitoCall(stack.urls.cognito, 'SignUp', {
      ClientId: LOCAL_STACK_ENV.NEXT_PUBLIC_COGNITO_CLIENT_ID,
      Username: account.email,
      Password: account.password,
      UserAttributes: [{ Name: 'email', Value: account.email }],
    });
    const code = await confirmationCode(stack, account.email);
    await cognitoCall(stack.urls.cognito, 'ConfirmSignUp', {
      ClientId: LOCAL_STACK_ENV.NEXT_PUBLIC_COGNITO_CLIENT_ID,
      Username: account.email,
      ConfirmationCode: code,
    });
    await use(account);
  },
});

export { expect };

/** Polls `read` until it yields a value other than `previous` (a code the emulator has just sent). */
async function nextValue(
  read: () => Promise<string | null>,
  what: string,
  previous?: string,
): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const value = await read();
    if (value && value !== previous) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not arrive within 10 s`);
}

/** The confirmation code the emulator sent to `email`; with `previous`, waits for a newer one. */
export function confirmationCode(stack: Stack, email: string, previous?: string): Promise<string> {
  return nextValue(
    () => stack.cognito.readConfirmationCode(email),
    `A confirmation code for ${email}`,
    previous,
  );
}

export function passwordResetCode(stack: Stack, email: string): Promise<string> {
  return nextValue(() => stack.cognito.readPasswordResetCode(email), `A password reset code for ${email}`);
}

/** Signs in through the sign-in page (SRP against the emulator, as against AWS), in English or German. */
export async function signIn(page: Page, account: Account, path = '/signin'): Promise<void> {
  await page.goto(path);
  await page.getByLabel(/^(Email|E-Mail)$/).fill(account.email);
  await page.getByLabel(/^(Password|Passwort)$/).fill(account.password);
  await page.getByRole('button', { name: /^(Sign in|Anmelden)$/ }).click();
}

/** Where OfflineShell keeps this month's dashboard on the device (lib/offline/kept-dashboard.ts). */
export const KEPT_DASHBOARD_KEY = 'spendwise:kept-dashboard';

/** Waits until the signed-in page has kept the dashboard on this device, what a start without the API shows. */
export async function untilDashboardKept(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) !== null, KEPT_DASHBOARD_KEY))
    .toBe(true);
}

/**
 * Adds an expense through the page's "Add expense" button and its dialog, and waits until the dialog has closed;
 * each test asserts where the expense went (saved, or waiting on the device).
 */
export async function addExpenseInDialog(page: Page, amount: string, description: string): Promise<void> {
  await page.getByRole('button', { name: 'Add expense' }).click();
  const form = page.getByRole('dialog', { name: 'Add expense' });
  await form.getByLabel('Amount (USD)').fill(amount);
  await form.getByLabel('Description').fill(description);
  await form.getByRole('button', { name: 'Add expense' }).click();
  await expect(form).toBeHidden();
}

/** Fills in and submits the sign-up form; each test asserts what it expects to follow. */
export async function submitSignUp(
  page: Page,
  email: string,
  { password = PASSWORD, confirm = password }: { password?: string; confirm?: string } = {},
): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(confirm);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Saves a named screenshot under e2e/artifacts/screenshots and attaches it to the test report. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const file = path.join(ARTIFACTS, 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await test.info().attach(name, { path: file, contentType: 'image/png' });
}

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 900 };

/** Records expenses straight through the API (faster than the form, which has its own tests). */
export async function recordExpenses(
  stack: Stack,
  account: Account,
  expenses: Array<Record<string, unknown>>,
) {
  const { AuthenticationResult } = (await cognitoCall(stack.urls.cognito, 'InitiateAuth', {
    ClientId: LOCAL_STACK_ENV.NEXT_PUBLIC_COGNITO_CLIENT_ID,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: account.email, PASSWORD: account.password },
  })) as { AuthenticationResult: { AccessToken: string } };
  for (const expense of expenses) {
    const response = await fetch(`${stack.urls.api}/expenses`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${AuthenticationResult.AccessToken}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(expense),
    });
    expect(response.status, await response.clone().text()).toBe(201);
  }
}

/** The access token Amplify keeps in its session cookie. */
export async function accessTokenFrom(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((candidate) =>
    candidate.name.endsWith('.accessToken'),
  );
  if (!cookie) throw new Error('No session cookie: is the person signed in?');
  return cookie.value;
}

/** Records the URL of every request any page of `context` makes. */
export function recordUrls(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** No recorded URL holds any of `secrets`, raw or percent-encoded (the form a query string would carry). */
export function expectNoSecretIn(urls: string[], secrets: string[]): void {
  expect(urls.length, 'requests recorded').toBeGreaterThan(0);
  for (const url of urls) {
    for (const secret of secrets) {
      const forms = [
        secret,
        encodeURIComponent(secret),
        new URLSearchParams({ s: secret }).toString().slice(2),
      ];
      for (const form of forms) expect(url, `a credential in ${url}`).not.toContain(form);
    }
  }
}

const STEP_SECONDS = 30;
const step = (ms: number) => Math.floor(ms / 1000 / STEP_SECONDS);
const codeAt = (secret: string, ms: number) =>
  generateSync({ secret, algorithm: 'sha1', digits: 6, period: STEP_SECONDS, epoch: Math.floor(ms / 1000) });

/**
 * The authenticator app (RFC 6238 with otplib, as a phone computes it) for the key read off the page. Cognito
 * accepts each code once (RFC 6238 §5.2) and a code one step either side of its clock (for drift). So once the
 * code of this step was accepted, the next one is the code of the next step — what the app shows within 30 s, or
 * now on a phone whose clock runs a little ahead — which Cognito accepts at once. Each code sent is still one
 * Cognito has not seen; what is gone is the wait of up to 30 s for the app to show a new one (once per MFA test).
 */
export function authenticatorApp(secret: string) {
  let lastUsedStep = -1;
  return {
    freshCode(): string {
      const now = step(Date.now());
      // Sent within a few seconds, the code is within one step of the emulator's clock when it arrives: this step
      // or the next one, even across a step boundary.
      const next = Math.max(now, lastUsedStep + 1);
      if (next > now + 1) throw new Error('a third code within one 30-second step: Cognito would refuse it');
      lastUsedStep = next;
      return codeAt(secret, next * STEP_SECONDS * 1000);
    },
    /** A code that is none of those Cognito accepts now (this step, the one before, the one after). */
    wrongCode(): string {
      const now = Date.now();
      const near = new Set([-1, 0, 1].map((offset) => codeAt(secret, now + offset * STEP_SECONDS * 1000)));
      for (let n = 123456; ; n += 1) if (!near.has(String(n))) return String(n);
    },
  };
}

/**
 * Sets the local pool's MFA (`ON`: required for everyone) through Cognito's own SetUserPoolMfaConfig. Specs
 * that require it put `OPTIONAL` (the seeded, production setting) back afterwards, also on failure.
 */
export async function setPoolMfa(stack: Stack, MfaConfiguration: 'ON' | 'OPTIONAL'): Promise<void> {
  await cognitoCall(stack.urls.cognito, 'SetUserPoolMfaConfig', {
    UserPoolId: LOCAL_STACK_ENV.NEXT_PUBLIC_COGNITO_USER_POOL_ID,
    MfaConfiguration,
    SoftwareTokenMfaConfiguration: { Enabled: true },
  });
}
