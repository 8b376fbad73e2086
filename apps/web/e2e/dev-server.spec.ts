/**
 * The dev server (`next dev`, as `npm run dev` starts it) works wherever a developer opens it: `localhost`,
 * `127.0.0.1` and the network address it prints. Next.js serves its dev scripts only to allowed origins, so without
 * `allowedDevOrigins` a page opened at 127.0.0.1 never hydrated — and its sign-in form then submitted natively,
 * password in the URL. Here each address must hydrate the sign-in page and its submit must go through the app's
 * code (no URL may hold the password); from 127.0.0.1 and localhost it must reach Cognito.
 */
import path from 'node:path';
import {
  DEFAULT_PORTS,
  freePort,
  httpOk,
  networkAddresses,
  repoRoot,
  startProcess,
  waitFor,
  webEnv,
} from '@spendwise/local-stack';
import { expect, test } from './fixtures';

const WRONG_PASSWORD = 'Not-the-password-5';

test('next dev hydrates at localhost, 127.0.0.1 and the network address, and reaches Cognito from loopback', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const port = await freePort();
  const lines: string[] = [];
  const dev = startProcess({
    name: 'web-dev',
    command: process.execPath,
    args: [path.join(repoRoot, 'node_modules/next/dist/bin/next'), 'dev', '--port', String(port)],
    cwd: path.join(repoRoot, 'apps/web'),
    env: { ...process.env, ...webEnv({ ports: { ...DEFAULT_PORTS, web: port } }), NODE_ENV: 'development' },
    log: (line) => lines.push(line),
  });
  try {
    await waitFor(`next dev on port ${port}`, () => httpOk(`http://localhost:${port}/signin`), {
      timeoutMs: 180_000,
      intervalMs: 1_000,
    });
    // The address next dev itself prints as "Network:" is one of those the local stack allows.
    const printed = lines.join('\n').match(/Network:\s+http:\/\/([\d.]+):/)?.[1];
    expect(printed, 'next dev prints a network address').toBeDefined();
    expect(networkAddresses()).toContain(printed);

    for (const host of ['localhost', '127.0.0.1', printed!]) {
      const loopback = host === 'localhost' || host === '127.0.0.1';
      const context = await browser.newContext();
      const urls: string[] = [];
      context.on('request', (request) => urls.push(request.url()));
      try {
        const page = await context.newPage();
        await page.goto(`http://${host}:${port}/signin`);
        const button = page.getByRole('button', { name: 'Sign in' });
        await expect(button, `hydrated at ${host}`).toBeEnabled({ timeout: 90_000 });
        await page.getByLabel('Email').fill('nobody@example.com');
        await page.getByLabel('Password').fill(WRONG_PASSWORD);
        await button.click();
        // Cognito answers: the page's scripts run and reach it. From a network address Chromium refuses a
        // non-secure page any call to loopback services (the emulator and API listen on 127.0.0.1 only, by
        // design): the page works, signing in from there does not (web README, "Dev server").
        await expect(page.getByRole('region', { name: 'Sign in' }).getByRole('alert')).toContainText(
          loopback ? 'Incorrect email or password' : /sign-in service/,
        );
        expect(urls.filter((url) => url.includes(WRONG_PASSWORD))).toEqual([]);
      } finally {
        await context.close();
      }
    }
  } finally {
    await dev.stop(4_000);
  }
});
