/**
 * Downloads one of ECB's reference-rate feeds. Bounded in every direction, because it runs unattended as a
 * scheduled task: each attempt has a timeout, transient failures (network errors, timeouts, HTTP 408/429/5xx) are
 * retried a fixed number of times with exponential backoff, and an answer that cannot be a rates file (not XML,
 * larger than any ECB feed, a 4xx) is refused at once with a one-line reason — retrying would only repeat it.
 * What the body says is judged by parseEcbRates, the same parser the file import uses.
 */

export const ECB_DAILY_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml';
/** The last 90 business days: what the scheduled job fetches, so a missed day is filled in by the next run. */
export const ECB_90_DAYS_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml';

export class EcbFetchError extends Error {
  override name = 'EcbFetchError';
}

export interface FetchEcbOptions {
  /** Per attempt, headers and body together (default 20 s). */
  timeoutMs?: number;
  /** Attempts in all, the first included (default 4). */
  attempts?: number;
  /** Wait before the second attempt; doubled before each further one (default 2 s: waits 2, 4, 8 s). */
  backoffMs?: number;
  /**
   * Largest body accepted (default 32 MiB). ECB's daily feed is ≈ 2 KB, the 90-day one ≈ 100 KB and the full
   * history a few MB; anything far larger is not one of them.
   */
  maxBytes?: number;
  /** Called before each retry, e.g. to log it. */
  onRetry?: (attempt: number, reason: string, waitMs: number) => void;
}

const DEFAULTS = { timeoutMs: 20_000, attempts: 4, backoffMs: 2_000, maxBytes: 32 * 1024 * 1024 };

/** A failure worth another attempt (the server or the path to it may recover), or not. */
class Attempt extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new Attempt(`the answer is ${declared} bytes, more than the ${maxBytes} allowed`, false);
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Counted while streaming: Content-Length may be absent or wrong.
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new Attempt(`the answer is larger than the ${maxBytes} bytes allowed`, false);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function attemptOnce(url: string, timeoutMs: number, maxBytes: number): Promise<string> {
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(url, {
      signal,
      headers: { accept: 'application/xml, text/xml' },
      redirect: 'follow',
    });
  } catch (error) {
    const cause = signal.aborted ? `no answer within ${timeoutMs} ms` : describe(error);
    throw new Attempt(cause, true);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
    throw new Attempt(`HTTP ${response.status} ${response.statusText}`.trim(), retryable);
  }
  const type = response.headers.get('content-type') ?? '';
  // ECB answers text/xml; a proxy's or CDN's error page comes as text/html with status 200 at times.
  if (type !== '' && !/xml/i.test(type)) {
    await response.body?.cancel().catch(() => undefined);
    throw new Attempt(`the answer is ${type.split(';')[0]}, not XML`, false);
  }
  let body: string;
  try {
    body = await readLimited(response, maxBytes);
  } catch (error) {
    if (error instanceof Attempt) throw error;
    throw new Attempt(signal.aborted ? `no complete answer within ${timeoutMs} ms` : describe(error), true);
  }
  if (!body.trimStart().startsWith('<')) throw new Attempt('the answer is not XML', false);
  return body;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici puts the useful part (ECONNREFUSED, ENOTFOUND, …) in the cause.
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The feed's body, or an EcbFetchError saying what went wrong on the last attempt and how many were made. */
export async function fetchEcbXml(url: string, options: FetchEcbOptions = {}): Promise<string> {
  const { timeoutMs, attempts, backoffMs, maxBytes } = { ...DEFAULTS, ...options };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await attemptOnce(url, timeoutMs, maxBytes);
    } catch (error) {
      if (!(error instanceof Attempt)) throw error;
      if (!error.retryable || attempt >= attempts) {
        const tries = attempt === 1 ? '' : ` (after ${attempt} attempts)`;
        throw new EcbFetchError(`Fetching ${url} failed${tries}: ${error.message}`);
      }
      const waitMs = backoffMs * 2 ** (attempt - 1);
      options.onRetry?.(attempt, error.message, waitMs);
      await sleep(waitMs);
    }
  }
}
