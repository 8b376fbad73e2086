import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { from, type Observable, switchMap } from 'rxjs';
import { RecurringService } from './recurring.service';

/** The reads that show expenses: what a person sees must include today's occurrences even if no job ran. */
const CATCH_UP_BEFORE = /^\/(expenses|dashboard|recurring)(\/|\?|$)/;

/**
 * Generation on read: before a signed-in GET of expenses, the dashboard or recurring series, the caller's due
 * occurrences become expenses. Global (registered by RecurringModule) so the expenses and dashboard modules need
 * not know about series. Asks the database once per person per quarter hour and process (CaughtUpPeople says why
 * that is enough); every other read goes straight to its handler.
 */
@Injectable()
export class RecurringCatchUpInterceptor implements NestInterceptor {
  constructor(private readonly recurring: RecurringService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.method !== 'GET' || !request.user || !CATCH_UP_BEFORE.test(request.url)) return next.handle();
    const userId = request.user.id;
    return from(this.recurring.catchUpBeforeRead(userId)).pipe(switchMap(() => next.handle()));
  }
}
