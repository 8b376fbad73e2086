import { describe, it, expect } from 'vitest';
import { type IncomingMessage } from 'node:http';
import { resolveRequestId } from './request-id';

const request = (header?: string | string[]) =>
  ({ headers: { 'x-request-id': header } }) as unknown as IncomingMessage;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('resolveRequestId', () => {
  it("honours the caller's X-Request-Id when it is plain", () => {
    expect(resolveRequestId(request('trace-abc.123:x_y'))).toBe('trace-abc.123:x_y');
  });

  it.each([undefined, '', 'has space', 'line\nbreak', 'x'.repeat(129), ['a', 'b']])(
    'generates a fresh UUID instead of %j',
    (header) => {
      expect(resolveRequestId(request(header))).toMatch(UUID);
    },
  );
});
