import { describe, it, expect } from 'vitest';
import { ServiceUnavailableError } from '../errors/domain-error';
import { eachWithin, withDeadline } from './with-deadline';

describe('withDeadline', () => {
  it('passes the result through when it comes in time', async () => {
    await expect(withDeadline(Promise.resolve(42), 1_000)).resolves.toBe(42);
  });

  it('gives up with a 503 when it does not, and swallows the late failure', async () => {
    const late = new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 50));
    await expect(withDeadline(late, 10)).rejects.toBeInstanceOf(ServiceUnavailableError);
    // The abandoned promise rejecting later must not become an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 80));
  });
});

describe('eachWithin', () => {
  async function* slowAfter(items: number, delayMs: number) {
    for (let n = 0; n < items; n += 1) yield n;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    yield items;
  }

  it('passes every item through while each comes in time, however long the whole takes', async () => {
    const seen: number[] = [];
    for await (const item of eachWithin(slowAfter(3, 30), 50)) seen.push(item);
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('stops with a 503 at the first item that is late', async () => {
    const seen: number[] = [];
    const reading = (async () => {
      for await (const item of eachWithin(slowAfter(2, 100), 20)) seen.push(item);
    })();
    await expect(reading).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(seen).toEqual([0, 1]);
  });
});
