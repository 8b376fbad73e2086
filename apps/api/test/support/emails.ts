import { readFileSync } from 'node:fs';
import { waitFor } from '@spendwise/local-stack';
import { PRINTED_MAIL_MESSAGE } from '../../src/mail/log-mailer';
import { e2eEnv } from './e2e-env';

export interface PrintedEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * The emails an API process printed instead of sending (MAIL_TRANSPORT=log, the suites' setting): each is one JSON
 * log line. `logText`: that process's output; default, the suites' shared API.
 */
export function printedEmails(to: string, logText = readFileSync(e2eEnv().apiLog, 'utf8')): PrintedEmail[] {
  return logText
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes(PRINTED_MAIL_MESSAGE))
    .map((line) => (JSON.parse(line) as { mail: PrintedEmail }).mail)
    .filter((mail) => mail.to === to);
}

/** Waits until `to` has had `count` emails printed, then returns them. */
export async function waitForEmails(
  to: string,
  count: number,
  logText?: () => string,
): Promise<PrintedEmail[]> {
  await waitFor(`${count} email(s) to ${to}`, () => printedEmails(to, logText?.()).length >= count, {
    timeoutMs: 10_000,
    intervalMs: 50,
  });
  return printedEmails(to, logText?.());
}
