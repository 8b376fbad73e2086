import { ServiceUnavailableError } from '../errors/domain-error';

/**
 * The promise's result, or a ServiceUnavailableError once `ms` have passed (e.g. a database that stopped
 * answering). The abandoned promise gets a handler, so its late failure cannot crash the process.
 */
export async function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ServiceUnavailableError()), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
