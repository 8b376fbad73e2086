/**
 * One call per key at a time: while a call for a key is in flight, callers asking for the same key share its
 * promise instead of starting their own. A page's first load sends several requests with the same new token at
 * once; without this each of them verified the token and asked Cognito about it.
 */
export class SingleFlight<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  run(key: string, call: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const started = call().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }
}
