/** Every time zone's offset from UTC is a whole number of quarter hours (+05:45, −09:30, +12:45 included). */
const QUARTER_HOUR_MS = 15 * 60 * 1000;

/**
 * Who this process has caught up with since the current UTC quarter hour began — so a read need not ask the
 * database "is anything due?" again (it cost a round trip on every GET of expenses and the dashboard, halving their
 * throughput).
 *
 * Why a quarter hour is safe without knowing anyone's zone: occurrences become due only when a person's day
 * changes, and since every offset is a multiple of 15 minutes, every midnight anywhere falls on a UTC quarter hour.
 * Whatever this process caught up with in this quarter stays caught up until the next one begins. Writes that make
 * dates due (create, edit, resume) catch up themselves before they answer, in whichever task they run. The one
 * late case: a person who moves to a zone where it is already tomorrow sees that day's occurrences from the next
 * quarter hour on (at most 15 minutes later).
 */
export class CaughtUpPeople {
  private quarter = -1;
  private people = new Set<string>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The quarter hour a catch-up starts in: pass it to `remember` when that catch-up has finished. */
  currentQuarter(): number {
    return Math.floor(this.now() / QUARTER_HOUR_MS);
  }

  has(userId: string): boolean {
    this.turnOver();
    return this.people.has(userId);
  }

  /** Records a finished catch-up that started in `startedIn`; one that ran across a quarter hour proves nothing. */
  remember(userId: string, startedIn: number): void {
    this.turnOver();
    if (startedIn === this.quarter) this.people.add(userId);
  }

  /** A new quarter hour forgets everyone at once: memory holds only the people seen in this one. */
  private turnOver(): void {
    const quarter = this.currentQuarter();
    if (quarter === this.quarter) return;
    this.quarter = quarter;
    this.people = new Set();
  }
}
