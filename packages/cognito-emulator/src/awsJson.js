/**
 * The AWS JSON 1.1 protocol as Cognito speaks it: `POST /` with
 * `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>` and a JSON body; answers are JSON with timestamps as epoch seconds, errors `{ __type, message }` with the
 * error name in `x-amzn-ErrorType` too. Browsers may call it from any origin (CORS), as they call Cognito.
 */

export const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
export const CONTENT_TYPE = 'application/x-amz-json-1.1';

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status @param {unknown} body @param {Record<string, string>} [headers]
 */
export function sendJson(response, status, body, headers = {}) {
  const text = JSON.stringify(body, epochSeconds);
  response.writeHead(status, {
    ...corsHeaders(),
    'content-type': CONTENT_TYPE,
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status @param {string} type Cognito's error name @param {string} message
 */
export function sendError(response, status, type, message) {
  sendJson(response, status, { __type: type, message }, { 'x-amzn-errortype': `${type}:` });
}

/** Any origin, as Cognito allows: its API is called from browsers without cookies. */
export function corsHeaders() {
  return { 'access-control-allow-origin': '*' };
}

/**
 * JSON.stringify replacer: Dates are epoch seconds on the wire, as the AWS SDK expects.
 * @this {Record<string, unknown>} @param {string} key @param {unknown} value
 */
function epochSeconds(key, value) {
  return this[key] instanceof Date ? Math.floor(this[key].getTime() / 1000) : value;
}
