/**
 * Debian's Chromium for the browser parts (Lighthouse, the peer comparison): one launch configuration, the
 * SpendWise sign-in through its real page, and the memory a tab's processes hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1350, height: 940 };

/**
 * Headless Chromium that needs nothing outside this machine; --no-sandbox because CI runs as root. Without
 * `userDataDir` each launch is a fresh profile; without `viewport`, puppeteer's default.
 */
export function launchChromium({ userDataDir, viewport, protocolTimeout } = {}) {
  return puppeteer.launch({
    protocolTimeout,
    executablePath: CHROMIUM,
    headless: true,
    userDataDir,
    defaultViewport: viewport,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
}

/** Signs in through SpendWise's real sign-in page; resolves on the dashboard. */
export async function signIn(page, webUrl, { email, password }) {
  await page.goto(`${webUrl}/signin`, { waitUntil: 'networkidle0' });
  await page.type('input[name="email"]', email);
  await page.type('input[name="password"]', password);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'networkidle0', timeout: 30_000 }),
    page.click('button[type="submit"]'),
  ]);
  if (new URL(page.url()).pathname !== '/dashboard')
    throw new Error(`sign-in ended on ${page.url()}, not /dashboard`);
}

/**
 * What the browser's renderer processes hold (the tab, its workers, its storage code), as proportional set size
 * (PSS, shared pages split between sharers) in MB. Run with one tab open, it is that tab's memory.
 */
export function rendererMemoryMb(browser) {
  const rootPid = browser.process()?.pid;
  if (!rootPid) return null;
  const parentOf = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(`/proc/${entry}/stat`);
    if (stat) parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  const descendsFromBrowser = (pid) => {
    for (let at = pid; at > 1; at = parentOf.get(at) ?? 0) if (at === rootPid) return true;
    return false;
  };
  let kb = 0;
  for (const pid of parentOf.keys()) {
    if (!descendsFromBrowser(pid) || !readProc(`/proc/${pid}/cmdline`)?.includes('--type=renderer')) continue;
    kb += Number(readProc(`/proc/${pid}/smaps_rollup`)?.match(/^Pss:\s+(\d+) kB/m)?.[1] ?? 0);
  }
  return Math.round(kb / 102.4) / 10;
}

function readProc(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // the process ended while we looked
  }
}
