/** RFC 6750 challenges for `WWW-Authenticate`: no error code when no token came, `invalid_token` otherwise. */
const BEARER_REALM = 'spendwise';
export const CHALLENGE_NO_TOKEN = `Bearer realm="${BEARER_REALM}"`;
export const CHALLENGE_INVALID_TOKEN = `Bearer realm="${BEARER_REALM}", error="invalid_token"`;
