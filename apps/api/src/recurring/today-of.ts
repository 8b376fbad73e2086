import { todayIn } from '@spendwise/contracts';
import { type PrismaClient } from '@spendwise/db';

/** Today's date where the person lives (UTC for an account without a zone). */
export async function todayOf(client: PrismaClient, userId: string): Promise<string> {
  const row = await client.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return todayIn(row?.timeZone ?? 'UTC');
}
