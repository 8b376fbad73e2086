import { describe, it, expect, vi } from 'vitest';
import { ServiceUnavailableError, UnauthenticatedError } from '../errors/domain-error';
import { type UserProvisioningService } from './user-provisioning.service';
import { type AccessTokenVerifier } from './access-token-verifier';
import { type ActiveSessions } from './active-sessions';
import { type AuthenticatedUser } from './authenticated-user';
import { BearerAuthenticator, bearerToken } from './bearer-authenticator';
import { type CognitoUserDirectory } from './cognito-user-directory';

const USER: AuthenticatedUser = { id: '01900000-0000-7000-8000-000000000001', cognitoSub: 'sub-1' };
const CLAIMS = { sub: 'sub-1', tokenId: 'jti-1', clientId: 'web', expiresAt: 0 };

function setup() {
  // Nothing remembered unless a test says so: every step goes the whole way.
  const verifier = { verify: vi.fn(), remembered: vi.fn() };
  const sessions = { confirm: vi.fn(), trustedEmail: vi.fn() };
  const provisioning = { userFor: vi.fn(), rememberedUser: vi.fn() };
  const authenticator = new BearerAuthenticator(
    verifier as unknown as AccessTokenVerifier,
    sessions as unknown as ActiveSessions,
    provisioning as unknown as UserProvisioningService,
    { getEmail: vi.fn() } as unknown as CognitoUserDirectory,
  );
  return { authenticator, verifier, sessions, provisioning };
}

describe('BearerAuthenticator', () => {
  it('rejects (false → 401) a token the verifier does not accept, without asking Cognito or the database', async () => {
    const { authenticator, verifier, sessions, provisioning } = setup();
    verifier.verify.mockResolvedValue(null);
    await expect(authenticator.authenticate('bad-token', 'GET')).resolves.toBe(false);
    expect(sessions.confirm).not.toHaveBeenCalled();
    expect(provisioning.userFor).not.toHaveBeenCalled();
  });

  it('refuses a verified token whose session Cognito has ended, before touching the database', async () => {
    const { authenticator, verifier, sessions, provisioning } = setup();
    verifier.verify.mockResolvedValue(CLAIMS);
    sessions.confirm.mockRejectedValue(new UnauthenticatedError('Bearer'));
    await expect(authenticator.authenticate('revoked', 'GET')).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(provisioning.userFor).not.toHaveBeenCalled();
  });

  it("returns the user row for the token's sub, with the email Cognito holds for it (used on first sight)", async () => {
    const { authenticator, verifier, sessions, provisioning } = setup();
    verifier.verify.mockResolvedValue(CLAIMS);
    sessions.confirm.mockResolvedValue({ email: 'ada@example.com' });
    provisioning.userFor.mockResolvedValue(USER);
    await expect(authenticator.authenticate('token', 'GET')).resolves.toBe(USER);
    expect(sessions.confirm).toHaveBeenCalledWith('token', CLAIMS, 'read');
    expect(provisioning.userFor).toHaveBeenCalledWith(
      { cognitoSub: 'sub-1', email: 'ada@example.com' },
      expect.any(Function),
    );
  });

  it('holds writes to the write bound and reads to the read bound', async () => {
    const { authenticator, verifier, sessions, provisioning } = setup();
    verifier.verify.mockResolvedValue(CLAIMS);
    sessions.confirm.mockResolvedValue({ email: 'ada@example.com' });
    provisioning.userFor.mockResolvedValue(USER);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      await authenticator.authenticate('token', method);
      expect(sessions.confirm).toHaveBeenLastCalledWith('token', CLAIMS, 'write');
    }
    await authenticator.authenticate('token', 'HEAD');
    expect(sessions.confirm).toHaveBeenLastCalledWith('token', CLAIMS, 'read');
  });

  it('lets infrastructure failures through (503), so they are not reported as bad tokens', async () => {
    const { authenticator, verifier } = setup();
    verifier.verify.mockRejectedValue(new ServiceUnavailableError());
    await expect(authenticator.authenticate('token', 'GET')).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});

describe('BearerAuthenticator, with every step remembered from an earlier request', () => {
  function remembering() {
    const parts = setup();
    parts.verifier.remembered.mockReturnValue(CLAIMS);
    parts.sessions.trustedEmail.mockReturnValue('ada@example.com');
    parts.provisioning.rememberedUser.mockReturnValue(USER);
    return parts;
  }

  it('answers at once, not with a promise, and checks nothing again', () => {
    const { authenticator, verifier, sessions, provisioning } = remembering();
    expect(authenticator.authenticate('token', 'GET')).toBe(USER);
    expect(verifier.remembered).toHaveBeenCalledWith('token');
    expect(sessions.trustedEmail).toHaveBeenCalledWith(CLAIMS, 'read');
    expect(provisioning.rememberedUser).toHaveBeenCalledWith('sub-1');
    expect(verifier.verify).not.toHaveBeenCalled();
    expect(sessions.confirm).not.toHaveBeenCalled();
    expect(provisioning.userFor).not.toHaveBeenCalled();
  });

  it('asks whether the session is trusted for a write when the request writes', () => {
    const { authenticator, sessions } = remembering();
    expect(authenticator.authenticate('token', 'DELETE')).toBe(USER);
    expect(sessions.trustedEmail).toHaveBeenCalledWith(CLAIMS, 'write');
  });

  it.each([
    ['the token is not remembered (new, or expired)', 'verifier'],
    ["the session's confirmation is too old for this access", 'sessions'],
    ['the user row is not remembered (or was deleted here)', 'provisioning'],
  ] as const)('goes the whole way when %s', async (_case, forgetful) => {
    const parts = remembering();
    if (forgetful === 'verifier') parts.verifier.remembered.mockReturnValue(undefined);
    if (forgetful === 'sessions') parts.sessions.trustedEmail.mockReturnValue(undefined);
    if (forgetful === 'provisioning') parts.provisioning.rememberedUser.mockReturnValue(undefined);
    parts.verifier.verify.mockResolvedValue(CLAIMS);
    parts.sessions.confirm.mockRejectedValue(new UnauthenticatedError('Bearer'));
    const answer = parts.authenticator.authenticate('token', 'POST');
    expect(answer).toBeInstanceOf(Promise);
    await expect(answer).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(parts.sessions.confirm).toHaveBeenCalledWith('token', CLAIMS, 'write');
  });
});

describe('bearerToken', () => {
  it('takes the token of "Bearer <token>", the scheme in any case', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('BEARER abc')).toBe('abc');
  });

  it('finds none in any other shape', () => {
    for (const header of [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      'Bearer  abc',
      'Bearer abc def',
      'Basic YWRhOnNlY3JldA==',
      'Bearerabc',
      ' Bearer abc',
      'Token abc',
    ]) {
      expect(bearerToken(header), JSON.stringify(header)).toBeUndefined();
    }
  });
});
