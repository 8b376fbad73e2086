/** One HTTP request to the API with a bounded wait; JSON bodies parsed, anything else left as text. */
export async function call(
  baseUrl,
  method,
  path,
  { token, body, rawBody, headers = {}, timeoutMs = 15_000 } = {},
) {
  const sent = { ...headers };
  if (token) sent.authorization = `Bearer ${token}`;
  let payload = rawBody;
  if (body !== undefined) {
    payload = JSON.stringify(body);
    sent['content-type'] ??= 'application/json';
  }
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: sent,
    body: payload,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json');
  let parsed = text;
  if (isJson && text) parsed = JSON.parse(text);
  return {
    status: response.status,
    headers: response.headers,
    body: parsed,
    text,
    ms: performance.now() - started,
  };
}

/** Shorthands for one user against one API. */
export function client(baseUrl, token) {
  return {
    request: (method, path, options = {}) => call(baseUrl, method, path, { token, ...options }),
    get: (path, options = {}) => call(baseUrl, 'GET', path, { token, ...options }),
    post: (path, body, options = {}) => call(baseUrl, 'POST', path, { token, body, ...options }),
    put: (path, body, options = {}) => call(baseUrl, 'PUT', path, { token, body, ...options }),
    patch: (path, body, options = {}) => call(baseUrl, 'PATCH', path, { token, body, ...options }),
    delete: (path, options = {}) => call(baseUrl, 'DELETE', path, { token, ...options }),
  };
}

/** A binary download (GET /me/export): the bytes as sent, which `call` would mangle by reading them as text. */
export async function download(baseUrl, path, { token, timeoutMs = 30_000 } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(timeoutMs),
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}
