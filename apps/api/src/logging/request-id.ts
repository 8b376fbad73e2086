import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';

// A caller's id is honoured only when it is short and plain, so it cannot inject anything into logs or headers.
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's correlation id: the caller's `X-Request-Id` when acceptable, else a new UUID. */
export function resolveRequestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && ACCEPTABLE_REQUEST_ID.test(given) ? given : randomUUID();
}
