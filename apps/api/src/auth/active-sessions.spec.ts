import { describe, it, expect, afterEach, vi } from 'vitest';
import { type AppConfig } from '../config/app-config';
import { ServiceUnavailableError, UnauthenticatedError } from '../errors/domain-error';
import { ActiveSessions } from './active-sessions';
import { type CognitoUserDirectory } from './cognito-user-directory';

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
const claims = (tokenId: string) => ({ sub: 'sub-1', tokenId, clientId: 'web', expiresAt: inAnHour() });

function setup(
  sessionCheckSeconds: number,
  { sessionWriteCheckSeconds = 0, sessionGraceSeconds = 600 } = {},
) {
  const directory = { getEmail: vi.fn() };
  const sessions = new ActiveSessions(
    { cognito: { sessionCheckSeconds, sessionWriteCheckSeconds, sessionGraceSeconds } } as AppConfig,
    directory as unknown as CognitoUserDirectory,
  );
  return { sessions, directory };
}

describe('ActiveSessions', () => {
  afterEach(() => vi.useRealTimers());

  it('asks Cognito once per token per interval, and again after it', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z') });
    const { sessions, directory } = setup(60);
    directory.getEmail.mockResolvedValue('ada@example.com');
    await expect(sessions.confirm('token-a', claims('a'))).resolves.toEqual({ email: 'ada@example.com' });
    await sessions.confirm('token-a', claims('a'));
    expect(directory.getEmail).toHaveBeenCalledTimes(1);
    await sessions.confirm('token-b', claims('b'));
    expect(directory.getEmail).toHaveBeenCalledTimes(2);
    vi.setSystemTime(new Date('2026-06-01T12:01:01Z'));
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

  it('re-asks for a write once the write bound has passed, while reads still use the read bound', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z') });
    const { sessions, directory } = setup(60, { sessionWriteCheckSeconds: 5 });
    directory.getEmail.mockResolvedValueOnce('ada@example.com');
    await sessions.confirm('token', claims('a'), 'write');
    vi.setSystemTime(new Date('2026-06-01T12:00:06Z'));
    expect(sessions.trustedEmail(claims('a'), 'read')).toBe('ada@example.com');
    expect(sessions.trustedEmail(claims('a'), 'write')).toBeUndefined();
    await sessions.confirm('token', claims('a'), 'read');
    expect(directory.getEmail).toHaveBeenCalledTimes(1);
    // The account was deleted in the meantime: the next write finds out.
    directory.getEmail.mockRejectedValueOnce(new UnauthenticatedError('x'));
    await expect(sessions.confirm('token', claims('a'), 'write')).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });

  it('keeps a confirmation through a throttle only within the grace window, then answers 503 (never 401)', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z') });
    const { sessions, directory } = setup(10, { sessionGraceSeconds: 120 });
    directory.getEmail
      .mockResolvedValueOnce('ada@example.com')
      .mockRejectedValue(new ServiceUnavailableError());
    await sessions.confirm('token', claims('a'));
    vi.setSystemTime(new Date('2026-06-01T12:01:59Z'));
    await expect(sessions.confirm('token', claims('a'), 'write')).resolves.toEqual({
      email: 'ada@example.com',
    });
    expect(sessions.trustedEmail(claims('a'), 'write')).toBe('ada@example.com');
    vi.setSystemTime(new Date('2026-06-01T12:02:01Z'));
    expect(sessions.trustedEmail(claims('a'), 'read')).toBeUndefined();
    await expect(sessions.confirm('token', claims('a'))).rejects.toBeInstanceOf(ServiceUnavailableError);
  });

  it('while Cognito throttles, asks again at most once per read interval per token (does not feed the throttle)', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z') });
    const { sessions, directory } = setup(10);
    directory.getEmail
      .mockResolvedValueOnce('ada@example.com')
      .mockRejectedValue(new ServiceUnavailableError());
    await sessions.confirm('token', claims('a'));
    vi.setSystemTime(new Date('2026-06-01T12:00:11Z'));
    for (let i = 0; i < 20; i += 1) await sessions.confirm('token', claims('a'), 'write');
    expect(directory.getEmail).toHaveBeenCalledTimes(2);
    vi.setSystemTime(new Date('2026-06-01T12:00:22Z'));
    await sessions.confirm('token', claims('a'));
    expect(directory.getEmail).toHaveBeenCalledTimes(3);
  });

  it('concurrent requests with one token share one GetUser call', async () => {
    const { sessions, directory } = setup(60);
    let answer: (email: string) => void = () => {};
    directory.getEmail.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const all = Promise.all(Array.from({ length: 5 }, () => sessions.confirm('token', claims('a'))));
    answer('ada@example.com');
    await expect(all).resolves.toHaveLength(5);
    expect(directory.getEmail).toHaveBeenCalledTimes(1);
  });
});
