/**
 * Failures injected on purpose, answered the way Cognito answers them, so the API's and the web app's handling
 * of a struggling Cognito can be tested against the wire protocol they meet in AWS:
 *
 * - `throttle`: HTTP 400, `x-amzn-ErrorType: TooManyRequestsException`, `{ __type: 'TooManyRequestsException',
 *   message: 'Rate exceeded' }` — what Cognito returns past an operation's request-rate quota;
 * - `internal`: HTTP 500 `InternalErrorException` ("Internal server error.") — Cognito's own failure;
 * - `timeout`: no answer at all; the connection is held until the fault is cleared or the emulator stops.
 *
 * Faults apply per operation (e.g. only GetUser) and to every call of it until cleared.
 */
import { sendError, TARGET_PREFIX } from './awsJson.js';

const ANSWERS = {
  throttle: { status: 400, type: 'TooManyRequestsException', message: 'Rate exceeded' },
  internal: { status: 500, type: 'InternalErrorException', message: 'Internal server error.' },
};

/** @typedef {'throttle' | 'internal' | 'timeout'} FaultKind */

export function createFaults() {
  /** @type {Map<string, FaultKind>} */
  const byOperation = new Map();
  /** @type {Set<import('node:http').ServerResponse>} */
  const held = new Set();
  let answered = 0;

  const release = () => {
    for (const response of held) response.destroy();
    held.clear();
  };

  return {
    /** @param {FaultKind} kind @param {string[]} operations */
    inject(kind, operations) {
      if (kind !== 'timeout' && !ANSWERS[kind]) throw new Error(`Unknown fault "${kind}"`);
      if (!operations.length) throw new Error('Name the operations the fault applies to');
      for (const operation of operations) byOperation.set(operation, kind);
    },
    clear() {
      byOperation.clear();
      release();
    },
    /** How many calls a fault has answered (or swallowed) so far. */
    get count() {
      return answered;
    },
    /**
     * Answers the request with its operation's fault; false when the operation has none.
     * @param {import('node:http').IncomingMessage} request
     * @param {import('node:http').ServerResponse} response
     */
    intercept(request, response) {
      const target = String(request.headers['x-amz-target'] ?? '');
      if (request.method !== 'POST' || !target.startsWith(TARGET_PREFIX)) return false;
      const kind = byOperation.get(target.slice(TARGET_PREFIX.length));
      if (!kind) return false;
      answered += 1;
      request.resume();
      if (kind === 'timeout') {
        held.add(response);
        response.once('close', () => held.delete(response));
        return true;
      }
      const { status, type, message } = ANSWERS[kind];
      sendError(response, status, type, message);
      return true;
    },
    release,
  };
}
