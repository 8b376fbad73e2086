import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { RecurringService } from './recurring.service';

/** The reads that show expenses: what a person sees must include today's occurrences even if no job ran. */
const CATCH_UP_BEFORE = /^\/(expenses|dashboard|recurring)(\/|\?|$)/;

/**
 * Generation on read: before a signed-in GET of expenses, the dashboard or recurring series, the caller's due
 * occurrences become expenses. Asks the database once per person per quarter hour and process (CaughtUpPeople says
 * why that is enough); every other read goes straight to its handler. It never refuses a request.
 *
 * A global guard, registered after the authentication guard and the per-user limit (app.module.ts), rather than an
 * interceptor: Nest runs a handler without RxJS only when no interceptor applies to it, and this was the API's one
 * interceptor, so every route paid for an Observable chain to run an `await` (BENCHMARKS.md, "Per-request framework
 * cost"). Guards run where this interceptor ran: after authentication, before validation and the handler.
 */
@Injectable()
export class RecurringCatchUpGuard implements CanActivate {
  constructor(private readonly recurring: RecurringService) {}

  // Synchronous unless there is catching up to wait for: Nest awaits only a guard that returns a promise
  // (BENCHMARKS.md, "Guards without awaits").
  canActivate(context: ExecutionContext): true | Promise<true> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.method !== 'GET' || !request.user || !CATCH_UP_BEFORE.test(request.url)) return true;
    const catchingUp = this.recurring.catchUpBeforeRead(request.user.id);
    return catchingUp ? catchingUp.then(() => true) : true;
  }
}
