/**
 * Issues tokens shaped like real Cognito's: claims, lifetimes, and `origin_jti` sessions.
 *
 * A sign-in starts a session (`origin_jti`); the refresh token carries it, so refreshed access/ID tokens belong
 * to the same session, and revoking the refresh token (RevokeToken, GlobalSignOut) ends the session.
 */
import { randomUUID } from 'node:crypto';
import { attributesToRecord, attributeValue, customAttributes } from './attributes.js';

const SECONDS_PER_UNIT = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };
// Real Cognito's defaults for an app client that sets no validity: 60 minutes, 60 minutes, 30 days.
const DEFAULT_VALIDITY_SECONDS = { AccessToken: 3600, IdToken: 3600, RefreshToken: 30 * 86_400 };
const VALIDITY_FIELD = {
  AccessToken: 'AccessTokenValidity',
  IdToken: 'IdTokenValidity',
  RefreshToken: 'RefreshTokenValidity',
};

/**
 * @param {{ clock: { get(): Date }, issuerDomain: string,
 *   signingKey: { signJwt: (claims: Record<string, unknown>) => string } }} options
 */
export function createTokenIssuer({ clock, issuerDomain, signingKey: { signJwt } }) {
  const nowSeconds = () => Math.floor(clock.get().getTime() / 1000);

  function accessAndIdTokens({ user, client, originJti, authTime }) {
    const iat = nowSeconds();
    const iss = `${issuerDomain}/${client.UserPoolId}`;
    const sub = attributeValue('sub', user.Attributes);
    const eventId = randomUUID();
    const accessSeconds = validitySeconds(client, 'AccessToken');
    const accessToken = signJwt({
      sub,
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
    /** A new session after a successful sign-in. */
    generate({ user, client }) {
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
        ...accessAndIdTokens({ user, client, originJti, authTime }),
        RefreshToken: refreshToken,
      };
    },

    /** New access and ID tokens for the session a verified refresh token carries (no new refresh token). */
    refresh({ user, client, refreshClaims }) {
      return accessAndIdTokens({
        user,
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
