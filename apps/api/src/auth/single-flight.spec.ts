import { describe, it, expect, vi } from 'vitest';
import { SingleFlight } from './single-flight';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SingleFlight', () => {
  it('shares one call among concurrent callers of the same key, and calls again once it settled', async () => {
    const flight = new SingleFlight<string>();
    const answer = deferred<string>();
    const call = vi.fn(() => answer.promise);
    const callers = [flight.run('token', call), flight.run('token', call), flight.run('token', call)];
    answer.resolve('confirmed');
    await expect(Promise.all(callers)).resolves.toEqual(['confirmed', 'confirmed', 'confirmed']);
    expect(call).toHaveBeenCalledTimes(1);

    await flight.run('token', () => Promise.resolve('again'));
    await expect(flight.run('token', () => Promise.resolve('fresh'))).resolves.toBe('fresh');
  });

  it('keeps keys apart', async () => {
    const flight = new SingleFlight<string>();
    const call = vi.fn((key: string) => Promise.resolve(key));
    await expect(
      Promise.all([flight.run('a', () => call('a')), flight.run('b', () => call('b'))]),
    ).resolves.toEqual(['a', 'b']);
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('gives every waiting caller the failure, then lets the next caller try again', async () => {
    const flight = new SingleFlight<string>();
    const answer = deferred<string>();
    const callers = [flight.run('k', () => answer.promise), flight.run('k', () => answer.promise)];
    answer.reject(new Error('Cognito unreachable'));
    for (const caller of callers) await expect(caller).rejects.toThrow('Cognito unreachable');
    await expect(flight.run('k', () => Promise.resolve('recovered'))).resolves.toBe('recovered');
  });
});
