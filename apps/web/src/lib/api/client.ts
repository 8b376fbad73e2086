/**
 * The one way the web app calls the API: adds the Cognito access token (Amplify refreshes it silently when it
 * has expired) and turns every failure into an ApiError. Response types are the shared contract's; the bodies
 * are not re-validated here, because the schema library would add tens of kilobytes to every page.
 */
import type { paths } from '@spendwise/contracts/openapi';
import { fetchAuthSession } from 'aws-amplify/auth';
import '@/lib/amplify/configure-client';
import { config } from '@/lib/config';
import { ApiError, apiErrorFromResponse } from './errors';
import { apiAnswered, apiUnreachable } from './reachability';

const REQUEST_TIMEOUT_MS = 15_000;
/**
 * Streamed downloads (the exports) take as long as the data takes to arrive: 100,000 expenses can take longer
 * than a minute. The API allows such routes 10 minutes and cuts them short itself if the database stalls.
 */
export const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

type Query = Record<string, string | number | undefined | null>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `/categories/{id}` → `/categories/${string}`: a path template of the document, as a call writes it. */
type PathPattern<P extends string> = P extends `${infer Head}{${string}}${infer Tail}`
  ? `${Head}${string}${PathPattern<Tail>}`
  : P;

/**
 * Every path the API's OpenAPI document serves with method M (generated into @spendwise/contracts/openapi by the
 * API's e2e suite): a call to a route or method the API does not have fails to compile.
 */
export type ApiPath<M extends Method = 'GET'> = {
  [P in keyof paths]: [NonNullable<paths[P][Lowercase<M>]>] extends [never] ? never : PathPattern<P>;
}[keyof paths];

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Sent as the raw body (application/octet-stream) instead of `body`: an uploaded file, never read here. */
  file?: Blob;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** How long the whole exchange, body included, may take (default REQUEST_TIMEOUT_MS). */
  timeoutMs?: number;
}

async function accessToken(): Promise<string> {
  let token: string | undefined;
  try {
    token = (await fetchAuthSession()).tokens?.accessToken?.toString();
  } catch {
    throw new ApiError('network', 'Could not refresh the session.');
  }
  if (!token) throw new ApiError('unauthenticated', 'Not signed in.', 401);
  return token;
}

function apiUrl(path: string, query: Query = {}): string {
  const url = new URL(`${config.NEXT_PUBLIC_API_URL}${path}`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/**
 * A path and its options, where the path must be one the document serves with the options' method (GET when
 * none is given).
 */
type Route =
  | [path: ApiPath<'GET'>, options?: RequestOptions & { method?: 'GET' }]
  | { [M in Exclude<Method, 'GET'>]: [path: ApiPath<M>, options: RequestOptions & { method: M }] }[Exclude<
      Method,
      'GET'
    >];

/** Sends an authenticated request; resolves with the JSON body (undefined for 204 No Content). */
export async function apiRequest<T>(...route: Route): Promise<T> {
  const response = await authenticatedFetch(...route);
  return jsonBody<T>(response.status, () => response.json());
}

/** Sends an authenticated request and returns the raw (2xx) response, e.g. for file downloads. */
export async function authenticatedFetch(...[path, options = {}]: Route): Promise<Response> {
  const { signal, timeoutMs = REQUEST_TIMEOUT_MS } = options;
  const { url, method, headers, body } = await prepare(path, options);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body,
      // A hung connection must end in an error the page can show, not in an endless spinner.
      signal: signal
        ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)])
        : AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    // A caller that cancelled (e.g. React Query on unmount) gets its own AbortError back.
    if (signal?.aborted) throw error;
    throw unreachable();
  }
  apiAnswered();
  if (!response.ok) throw apiErrorFromResponse(response.status, await response.json().catch(() => undefined));
  return response;
}

/** How much of an uploaded file has gone up, in bytes. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

type UploadOptions = Omit<RequestOptions, 'body' | 'file'> & {
  file: Blob;
  /** Called as the file's bytes go up, last with `loaded === total` once all of them have. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
};

/**
 * apiRequest for a file sent with POST, through XMLHttpRequest because fetch cannot tell how much of a body has
 * been sent. Same token, headers, timeout, cancelling and errors as apiRequest.
 */
export async function apiUpload<T>(path: ApiPath<'POST'>, options: UploadOptions): Promise<T> {
  const { signal, timeoutMs = REQUEST_TIMEOUT_MS, onProgress, file } = options;
  const { url, method, headers, body } = await prepare(path, { ...options, method: 'POST' });
  signal?.throwIfAborted();
  const xhr = new XMLHttpRequest();
  const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const cancel = () => {
      xhr.abort();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    xhr.addEventListener('loadend', () => signal?.removeEventListener('abort', cancel));
    xhr.addEventListener('load', () => {
      apiAnswered();
      resolve({ status: xhr.status, text: xhr.responseText });
    });
    xhr.addEventListener('error', () => reject(unreachable()));
    xhr.addEventListener('timeout', () => reject(unreachable()));
  });
  xhr.open(method, url);
  xhr.timeout = timeoutMs;
  for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
  if (onProgress) {
    const total = file.size;
    xhr.upload.addEventListener('progress', (event) =>
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : total }),
    );
    xhr.upload.addEventListener('load', () => onProgress({ loaded: total, total }));
  }
  xhr.send(body);
  const { status, text } = await answered;
  if (status < 200 || status > 299) throw apiErrorFromResponse(status, parseOrUndefined(text));
  return jsonBody<T>(status, () => JSON.parse(text) as unknown);
}

/** What every request sends, whichever way it goes: the URL, the token in a header (never the URL) and the body. */
async function prepare(path: string, options: RequestOptions & { method?: Method }) {
  const { method = 'GET', query, body, file, headers = {} } = options;
  const token = await accessToken();
  return {
    url: apiUrl(path, query),
    method,
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
      ...(file !== undefined && { 'Content-Type': 'application/octet-stream' }),
      ...headers,
    },
    body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
  };
}

/** No answer from the API: said to the rest of the app (reachability.ts) and to the caller. */
function unreachable(): ApiError {
  apiUnreachable(apiUrl('/health'));
  return new ApiError('network', 'The SpendWise API could not be reached.');
}

/** A 2xx answer's body: undefined for 204 No Content, else JSON, or an ApiError when it is not JSON. */
async function jsonBody<T>(status: number, parse: () => unknown): Promise<T> {
  if (status === 204) return undefined as T;
  try {
    return (await parse()) as T;
  } catch {
    throw new ApiError('http', 'The server sent a response that is not JSON.', status);
  }
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
