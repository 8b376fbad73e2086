import { describe, it, expect, beforeAll, vi } from 'vitest';
import {
  type ArgumentsHost,
  BadRequestException,
  HttpException,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { AllExceptionsFilter, DATABASE_DEPENDENCY } from './all-exceptions.filter';
import {
  NotFoundError,
  RateLimitedError,
  ServiceUnavailableError,
  UnauthenticatedError,
  ValidationFailedError,
} from './domain-error';

function respond(exception: unknown) {
  const reply = {
    sent: false,
    raw: { headersSent: false, destroy: vi.fn() },
    statusCode: 0,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    header(name: string, value: string) {
      this.headers[name] = value;
      return this;
    },
    send(body: unknown) {
      this.body = body;
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ id: 'req-42' }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return reply;
}

describe('AllExceptionsFilter', () => {
  beforeAll(() => vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('writes the one error body for domain errors, with field details', () => {
    const reply = respond(
      new ValidationFailedError([{ field: 'amountMinor', message: 'must be greater than zero' }]),
    );
    expect(reply.statusCode).toBe(400);
    expect(reply.body).toEqual({
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      message: 'The request is not valid',
      details: [{ field: 'amountMinor', message: 'must be greater than zero' }],
      requestId: 'req-42',
    });
  });

  it('omits details when there are none', () => {
    expect(respond(new NotFoundError('Expense')).body).toEqual({
      statusCode: 404,
      error: 'NOT_FOUND',
      message: 'Expense not found',
      requestId: 'req-42',
    });
  });

  it('adds the Bearer challenge to 401s and Retry-After to 429s', () => {
    expect(respond(new UnauthenticatedError('Bearer realm="spendwise"')).headers['www-authenticate']).toBe(
      'Bearer realm="spendwise"',
    );
    const limited = respond(new RateLimitedError(17));
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('17');
  });

  it('turns an unknown error into a 500 that reveals nothing about it', () => {
    const reply = respond(new TypeError("Cannot read properties of undefined (reading 'secretColumn')"));
    expect(reply.statusCode).toBe(500);
    expect(JSON.stringify(reply.body)).not.toContain('secretColumn');
    expect(reply.body).toMatchObject({ error: 'INTERNAL_ERROR', requestId: 'req-42' });
  });

  it("maps Fastify's body errors (wrapped by Nest) and unknown routes into the contract", () => {
    const malformed = Object.assign(new SyntaxError('Unexpected end of JSON input'), {
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      statusCode: 400,
    });
    expect(respond(new HttpException(malformed.message, 400, { cause: malformed })).body).toMatchObject({
      statusCode: 400,
      error: 'MALFORMED_JSON',
    });
    const tooLarge = Object.assign(new Error('Request body is too large'), {
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    expect(respond(new HttpException(tooLarge.message, 413, { cause: tooLarge })).body).toMatchObject({
      statusCode: 413,
      error: 'PAYLOAD_TOO_LARGE',
    });
    expect(respond(new NotFoundException('Cannot GET /nope')).body).toMatchObject({
      statusCode: 404,
      error: 'NOT_FOUND',
      message: 'No such route',
    });
    expect(respond(new BadRequestException('anything')).body).toMatchObject({ error: 'VALIDATION_FAILED' });
  });

  it('cuts the connection when a streamed response fails after its headers went out', () => {
    const reply = {
      sent: true,
      raw: { headersSent: true, destroy: vi.fn() },
      status: vi.fn(),
      send: vi.fn(),
    };
    const host = {
      switchToHttp: () => ({ getRequest: () => ({ id: 'r' }), getResponse: () => reply }),
    } as unknown as ArgumentsHost;
    new AllExceptionsFilter().catch(new Error('socket gone'), host);
    expect(reply.raw.destroy).toHaveBeenCalled();
    expect(reply.send).not.toHaveBeenCalled();
  });

  describe('the warning the database-connection alarm counts', () => {
    const warnings = () =>
      vi.mocked(Logger.prototype.warn).mock.calls.map(([fields]) => fields as Record<string, unknown>);
    beforeAll(() => vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));

    it('marks a database the driver cannot reach with dependency "database" and the reason', () => {
      vi.mocked(Logger.prototype.warn).mockClear();
      const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.3.17:5432'), {
        code: 'ECONNREFUSED',
      });
      expect(respond(refused).statusCode).toBe(503);
      expect(warnings()).toEqual([
        {
          code: 'SERVICE_UNAVAILABLE',
          dependency: DATABASE_DEPENDENCY,
          reason: 'connect ECONNREFUSED 10.0.3.17:5432',
        },
      ]);
      // The value the log group's metric filter matches: { $.dependency = "database" }.
      expect(DATABASE_DEPENDENCY).toBe('database');
    });

    it('marks Prisma reporting a refused login the same way', () => {
      vi.mocked(Logger.prototype.warn).mockClear();
      const denied = Object.assign(new Error('Authentication failed against the database server'), {
        name: 'PrismaClientKnownRequestError',
        code: 'P1000',
        meta: { driverAdapterError: { cause: { kind: 'AuthenticationFailed' } } },
      });
      expect(respond(denied).statusCode).toBe(503);
      expect(warnings()).toEqual([expect.objectContaining({ dependency: 'database' })]);
    });

    it('leaves other unavailable dependencies (Cognito, the JWKS) unmarked', () => {
      vi.mocked(Logger.prototype.warn).mockClear();
      expect(respond(new ServiceUnavailableError()).statusCode).toBe(503);
      expect(warnings()).toHaveLength(1);
      expect(warnings()[0]).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect(warnings()[0]?.dependency).toBeUndefined();
    });
  });
});
