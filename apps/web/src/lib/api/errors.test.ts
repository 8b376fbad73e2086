import { describe, expect, it } from 'vitest';
import { translator } from '@/test/translate';
import { ApiError, apiErrorFromResponse, describeError, fieldErrorsFrom } from './errors';

const t = translator('apiErrors');

const validationBody = {
  statusCode: 400,
  error: 'VALIDATION_FAILED',
  message: 'The request is not valid',
  details: [
    { field: 'amountMinor', message: 'must be greater than zero' },
    { field: 'tags.2', message: 'must be at most 30 characters' },
    { field: 'Idempotency-Key', message: 'must be 1-255 printable ASCII characters' },
  ],
  requestId: 'req-123',
};

describe('apiErrorFromResponse', () => {
  it("reads the API's error body", () => {
    const error = apiErrorFromResponse(400, validationBody);
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'The request is not valid',
      requestId: 'req-123',
    });
    expect(error.details).toHaveLength(3);
    expect(error.isTransient).toBe(false);
  });

  it('marks 401 as an ended session and survives bodies that are not the contract', () => {
    expect(
      apiErrorFromResponse(401, { statusCode: 401, error: 'UNAUTHENTICATED', message: 'no', requestId: 'r' })
        .kind,
    ).toBe('unauthenticated');
    const proxyError = apiErrorFromResponse(502, '<html>Bad gateway</html>');
    expect(proxyError).toMatchObject({ kind: 'http', status: 502, code: null });
    expect(proxyError.isTransient).toBe(true);
  });
});

describe('fieldErrorsFrom', () => {
  it('puts each API issue on the form field it belongs to', () => {
    const { fields, unmatched } = fieldErrorsFrom(
      apiErrorFromResponse(400, validationBody),
      ['amount', 'description', 'tags'] as const,
      { amountMinor: 'amount' },
    );
    expect(fields).toEqual({ amount: 'Must be greater than zero', tags: 'Must be at most 30 characters' });
    expect(unmatched).toEqual(['Idempotency-Key must be 1-255 printable ASCII characters']);
  });

  it('has nothing to map for failures that are not API errors', () => {
    expect(fieldErrorsFrom(new Error('boom'), ['amount'] as const)).toEqual({ fields: {}, unmatched: [] });
  });
});

describe('describeError', () => {
  it('gives people one clear sentence per kind of failure', () => {
    expect(describeError(new ApiError('network', 'fetch failed'), t)).toMatch(/can’t reach SpendWise/);
    expect(describeError(new ApiError('unauthenticated', 'x', 401), t)).toMatch(/session has ended/);
    expect(describeError(new ApiError('http', 'x', 503, 'SERVICE_UNAVAILABLE', [], 'req-9'), t)).toMatch(
      /problem on its side \(reference req-9\)/,
    );
    expect(describeError(new ApiError('http', 'A category with this name already exists', 409), t)).toBe(
      'A category with this name already exists',
    );
    expect(describeError(new TypeError('x'), t)).toBe('Something went wrong. Please try again.');
  });
});
