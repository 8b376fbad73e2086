import { e2eEnv } from './e2e-env';

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string;
  /** Sent as JSON unless `rawBody` is given. */
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  baseUrl?: string;
  /** Give up after this long (default 15 s). */
  timeoutMs?: number;
}

/** One HTTP request to the API; JSON bodies are parsed, anything else is left as text. */
export async function call<T = any>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${options.baseUrl ?? e2eEnv().apiUrl}${path}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json');
  return {
    status: response.status,
    headers: response.headers,
    body: (isJson && text ? JSON.parse(text) : text) as T,
    text,
  };
}

/** Shorthands bound to one user's token. */
export function as(token: string) {
  return {
    get: <T = any>(path: string, options?: RequestOptions) => call<T>('GET', path, { ...options, token }),
    post: <T = any>(path: string, body?: unknown, options?: RequestOptions) =>
      call<T>('POST', path, { ...options, body, token }),
    put: <T = any>(path: string, body?: unknown, options?: RequestOptions) =>
      call<T>('PUT', path, { ...options, body, token }),
    patch: <T = any>(path: string, body?: unknown, options?: RequestOptions) =>
      call<T>('PATCH', path, { ...options, body, token }),
    delete: <T = any>(path: string, options?: RequestOptions) =>
      call<T>('DELETE', path, { ...options, token }),
  };
}
