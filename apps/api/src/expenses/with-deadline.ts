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

/**
 * The iterable's items, each within `ms` of asking for it. For streamed downloads that outlast the request timeout:
 * each read gets that timeout instead, so a database that stops answering cuts the download short (the client sees
 * a truncated response) rather than leaving it hanging.
 */
export async function* eachWithin<T>(iterable: AsyncIterable<T>, ms: number): AsyncGenerator<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  for (;;) {
    const next = await withDeadline(iterator.next(), ms);
    if (next.done) return;
    yield next.value;
  }
}
