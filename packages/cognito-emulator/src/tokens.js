/**
 * Issues tokens shaped like real Cognito's (claims, lifetimes, `origin_jti` sessions) in place of cognito-local's
 * generator, which omits `origin_jti`/`version`, reports `email_verified: true` for the string "false", and mints
 * refresh tokens that are not tied to an app client.
 *
 * A sign-in starts a session (`origin_jti`); the refresh token carries it, so refreshed access/ID tokens belong
 * to the same session, and revoking the refresh token (RevokeToken, GlobalSignOut) ends the session.
 */
import { randomUUID } from 'node:crypto';
import {
  attributeValue,
  attributesToRecord,
  customAttributes,
} from 'cognito-local/lib/services/userPoolService.js';
import { signJwt } from './jwt.js';

const SECONDS_PER_UNIT = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };
// Real Cognito's defaults for an app client that sets no validity: 60 minutes, 60 minutes, 30 days.
const DEFAULT_VALIDITY_SECONDS = { AccessToken: 3600, IdToken: 3600, RefreshToken: 30 * 86_400 };
const VALIDITY_FIELD = {
  AccessToken: 'AccessTokenValidity',
  IdToken: 'IdTokenValidity',
  RefreshToken: 'RefreshTokenValidity',
};

/**
 * @param {{ clock: { get(): Date }, issuerDomain: string }} options
 */
export function createTokenIssuer({ clock, issuerDomain }) {
  const nowSeconds = () => Math.floor(clock.get().getTime() / 1000);

  function accessAndIdTokens({ user, groups, client, originJti, authTime }) {
    const iat = nowSeconds();
    const iss = `${issuerDomain}/${client.UserPoolId}`;
    const sub = attributeValue('sub', user.Attributes);
    const eventId = randomUUID();
    const groupClaim = groups.length ? { 'cognito:groups': groups } : {};
    const accessSeconds = validitySeconds(client, 'AccessToken');
    const accessToken = signJwt({
      sub,
      ...groupClaim,
      iss,
      version: 2,
      client_id: client.ClientId,
      origin_jti: originJti,
      event_id: eventId,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      auth_time: authTime,
      exp: iat + accessSeconds,
      iat,
      jti: randomUUID(),
      username: user.Username,
    });
    const idToken = signJwt({
      sub,
      ...groupClaim,
      email_verified: attributeValue('email_verified', user.Attributes) === 'true',
      iss,
      'cognito:username': user.Username,
      origin_jti: originJti,
      aud: client.ClientId,
      event_id: eventId,
      token_use: 'id',
      auth_time: authTime,
      exp: iat + validitySeconds(client, 'IdToken'),
      iat,
      jti: randomUUID(),
      email: attributeValue('email', user.Attributes),
      ...attributesToRecord(customAttributes(user.Attributes)),
    });
    return { AccessToken: accessToken, ExpiresIn: accessSeconds, TokenType: 'Bearer', IdToken: idToken };
  }

  return {
    /**
     * A new session after a successful sign-in. The signature is cognito-local's TokenGenerator interface, so its
     * own flows (AdminInitiateAuth, NEW_PASSWORD_REQUIRED…) issue the same tokens.
     */
    async generate(_ctx, user, groups, client) {
      const originJti = randomUUID();
      const authTime = nowSeconds();
      const refreshToken = signJwt({
        // Not a Cognito claim (its refresh tokens are opaque): stops a refresh token passing as an access token.
        token_use: 'refresh',
        iss: `${issuerDomain}/${client.UserPoolId}`,
        client_id: client.ClientId,
        username: user.Username,
        origin_jti: originJti,
        auth_time: authTime,
        iat: authTime,
        exp: authTime + validitySeconds(client, 'RefreshToken'),
        jti: randomUUID(),
      });
      return {
        ...accessAndIdTokens({ user, groups, client, originJti, authTime }),
        RefreshToken: refreshToken,
      };
    },

    /** New access and ID tokens for the session a verified refresh token carries (no new refresh token). */
    refresh({ user, groups, client, refreshClaims }) {
      return accessAndIdTokens({
        user,
        groups,
        client,
        originJti: refreshClaims.origin_jti,
        authTime: refreshClaims.auth_time,
      });
    },
  };
}

function validitySeconds(client, token) {
  const value = client[VALIDITY_FIELD[token]];
  if (value === undefined || value === null) return DEFAULT_VALIDITY_SECONDS[token];
  const unit = client.TokenValidityUnits?.[token] ?? (token === 'RefreshToken' ? 'days' : 'hours');
  return value * SECONDS_PER_UNIT[unit];
}
