import { ServiceUnavailableError } from '../errors/domain-error';
import { withDeadline } from './with-deadline';

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
