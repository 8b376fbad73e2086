import { type AppConfig } from '../config/app-config';
import { ServiceUnavailableError, UnauthenticatedError } from '../errors/domain-error';
import { ActiveSessions } from './active-sessions';
import { type CognitoUserDirectory } from './cognito-user-directory';

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
const claims = (tokenId: string) => ({ sub: 'sub-1', tokenId, clientId: 'web', expiresAt: inAnHour() });

function setup(sessionCheckSeconds: number) {
  const directory = { getEmail: jest.fn() };
  const sessions = new ActiveSessions(
    { cognito: { sessionCheckSeconds } } as AppConfig,
    directory as unknown as CognitoUserDirectory,
  );
  return { sessions, directory };
}

describe('ActiveSessions', () => {
  afterEach(() => jest.useRealTimers());

  it('asks Cognito once per token per interval, and again after it', async () => {
    jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z') });
    const { sessions, directory } = setup(60);
    directory.getEmail.mockResolvedValue('ada@example.com');
    await expect(sessions.confirm('token-a', claims('a'))).resolves.toEqual({ email: 'ada@example.com' });
    await sessions.confirm('token-a', claims('a'));
    expect(directory.getEmail).toHaveBeenCalledTimes(1);
    await sessions.confirm('token-b', claims('b'));
    expect(directory.getEmail).toHaveBeenCalledTimes(2);
    jest.setSystemTime(new Date('2026-06-01T12:01:01Z'));
    await sessions.confirm('token-a', claims('a'));
    expect(directory.getEmail).toHaveBeenCalledTimes(3);
  });

  it('with an interval of 0, asks on every request, so a revoked session ends at once', async () => {
    const { sessions, directory } = setup(0);
    directory.getEmail
      .mockResolvedValueOnce('ada@example.com')
      .mockRejectedValueOnce(new UnauthenticatedError('x'));
    await sessions.confirm('token', claims('a'));
    await expect(sessions.confirm('token', claims('a'))).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('keeps accepting a token Cognito confirmed before while Cognito is unreachable', async () => {
    const { sessions, directory } = setup(0);
    directory.getEmail
      .mockResolvedValueOnce('ada@example.com')
      .mockRejectedValue(new ServiceUnavailableError());
    await sessions.confirm('token', claims('a'));
    await expect(sessions.confirm('token', claims('a'))).resolves.toEqual(
      expect.objectContaining({ email: 'ada@example.com' }),
    );
    await expect(sessions.confirm('other', claims('b'))).rejects.toBeInstanceOf(ServiceUnavailableError);
  });

  it('forgets a session Cognito refused, even if it was confirmed before', async () => {
    const { sessions, directory } = setup(0);
    directory.getEmail
      .mockResolvedValueOnce('ada@example.com')
      .mockRejectedValueOnce(new UnauthenticatedError('x'))
      .mockRejectedValueOnce(new ServiceUnavailableError());
    await sessions.confirm('token', claims('a'));
    await expect(sessions.confirm('token', claims('a'))).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(sessions.confirm('token', claims('a'))).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});
