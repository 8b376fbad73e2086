import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { describe, expect, it, vi } from 'vitest';
import { RecurringCatchUpGuard } from './recurring-catch-up.guard';
import { type RecurringService } from './recurring.service';

const context = (method: string, url: string, userId?: string) =>
  new ExecutionContextHost([{ method, url, user: userId ? { id: userId } : undefined }, {}]);

function guardWith(catchUpBeforeRead: (userId: string) => Promise<void> | undefined) {
  const recurring = { catchUpBeforeRead: vi.fn(catchUpBeforeRead) };
  return { guard: new RecurringCatchUpGuard(recurring as unknown as RecurringService), recurring };
}

describe('RecurringCatchUpGuard', () => {
  it("waits for the person's catch-up before a read of expenses, the dashboard or recurring series", async () => {
    let finish!: () => void;
    const { guard, recurring } = guardWith(() => new Promise<void>((resolve) => (finish = resolve)));
    for (const url of ['/expenses?limit=25', '/dashboard', '/recurring', '/expenses/summary']) {
      let passed = false;
      const answer = guard.canActivate(context('GET', url, 'u1'));
      expect(answer).toBeInstanceOf(Promise);
      void (answer as Promise<true>).then(() => (passed = true));
      await Promise.resolve();
      expect(passed).toBe(false);
      finish();
      await expect(answer).resolves.toBe(true);
    }
    expect(recurring.catchUpBeforeRead).toHaveBeenCalledTimes(4);
    expect(recurring.catchUpBeforeRead).toHaveBeenCalledWith('u1');
  });

  it('passes at once, without a promise, when the person is already caught up', () => {
    const { guard, recurring } = guardWith(() => undefined);
    expect(guard.canActivate(context('GET', '/expenses', 'u1'))).toBe(true);
    expect(recurring.catchUpBeforeRead).toHaveBeenCalledWith('u1');
  });

  it('does not catch up for writes, other reads or requests without a user', () => {
    const { guard, recurring } = guardWith(() => Promise.resolve());
    expect(guard.canActivate(context('POST', '/expenses', 'u1'))).toBe(true);
    expect(guard.canActivate(context('GET', '/categories', 'u1'))).toBe(true);
    expect(guard.canActivate(context('GET', '/expensesx', 'u1'))).toBe(true);
    expect(guard.canActivate(context('GET', '/health'))).toBe(true);
    expect(recurring.catchUpBeforeRead).not.toHaveBeenCalled();
  });
});
