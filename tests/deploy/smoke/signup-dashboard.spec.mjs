// The design document's sign-up check, automated for any deployed environment: sign-up in the browser leads to
// /confirm-signup?email=…; the account is confirmed through Cognito's admin API (a pipeline has no mailbox to
// read the emailed code from); after signing in, the dashboard loads and its call to the API answers 200.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (scripts/deploy/smoke.sh sets it)`);
  return value.replace(/\/$/, '');
}

const webUrl = required('SMOKE_WEB_URL');
const apiUrl = required('SMOKE_API_URL');
const userPoolId = required('SMOKE_USER_POOL_ID');
const region = required('AWS_REGION');
const emailDomain = process.env.SMOKE_EMAIL_DOMAIN ?? 'example.com';

/** `aws cognito-idp <operation>` on the smoke user; the AWS CLI's own configuration decides where it goes. */
function cognitoAdmin(operation, email) {
  execFileSync(
    'aws',
    ['cognito-idp', operation, '--region', region, '--user-pool-id', userPoolId, '--username', email],
    { timeout: 30_000, stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

// What a browser says when the deployment mixes HTTP into an HTTPS page or presents a certificate it does not
// trust: either would break every API call for real people while the health check (curl) still passes.
const SECURITY_PROBLEM = /Mixed Content|ERR_CERT|ERR_SSL|certificate|blocked:mixed-content/i;

/** Rejects as soon as the page reports a mixed-content or certificate problem (so a broken setup fails fast). */
function watchSecurityProblems(page) {
  const problems = [];
  let reject;
  const failed = new Promise((_resolve, rejectWith) => (reject = rejectWith));
  failed.catch(() => {}); // observed through Promise.race below
  const report = (problem) => {
    problems.push(problem);
    reject(new Error(`the browser reported a security problem: ${problem}`));
  };
  page.on('console', (message) => SECURITY_PROBLEM.test(message.text()) && report(message.text()));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (SECURITY_PROBLEM.test(reason)) report(`${request.url()}: ${reason}`);
  });
  return { problems, failed };
}

test('sign-up → /confirm-signup?email= → confirmed → dashboard loads and calls the API', async ({ page }) => {
  const security = watchSecurityProblems(page);
  const email = `spendwise-smoke+${Date.now()}-${randomBytes(3).toString('hex')}@${emailDomain}`;
  // Upper, lower, digit and symbol, so it satisfies any pool's password policy.
  const password = `Smoke-${randomBytes(12).toString('hex')}-A9`;
  let signedUp = false;

  try {
    await page.goto(`${webUrl}/signup`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page).toHaveURL(
      (url) => url.pathname.endsWith('/confirm-signup') && url.searchParams.get('email') === email,
    );
    signedUp = true;

    cognitoAdmin('admin-confirm-sign-up', email);

    await page.goto(`${webUrl}/signin`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    const dashboardCall = page.waitForResponse(
      (response) => response.url().startsWith(`${apiUrl}/dashboard`) && response.request().method() === 'GET',
    );
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL((url) => url.pathname.endsWith('/dashboard'));
    const answer = await Promise.race([dashboardCall, security.failed]);
    expect(answer.status(), 'the dashboard API call').toBe(200);
    await expect(page.getByText(email).first()).toBeVisible();
    expect(security.problems, 'mixed-content or certificate errors in the console').toEqual([]);
  } finally {
    if (signedUp) {
      try {
        cognitoAdmin('admin-delete-user', email);
      } catch (error) {
        console.warn(`could not delete the smoke user ${email}: ${error.stderr ?? error.message}`);
      }
    }
  }
});
