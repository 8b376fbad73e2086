import { Injectable } from '@nestjs/common';
import {
  addDays,
  type CreateRecurringSeries,
  nextOccurrence,
  occurrencesBetween,
  type RecurringSeries,
  type RecurringSeriesDetail,
  type RecurringSeriesList,
  type Schedule,
  type UpdateRecurringSeries,
} from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { BudgetAlertsService } from '../budget-alerts';
import { CHALLENGE_INVALID_TOKEN } from '../auth/bearer-challenge';
import { CategoriesRepository, UnknownCategoryError } from '../categories';
import { UnauthenticatedError } from '../errors/domain-error';
import { type Tx } from '../prisma/transaction';
import {
  EndBeforeGeneratedError,
  EndBeforeStartError,
  NotAnOccurrenceError,
  OccurrenceAlreadyGeneratedError,
  OccurrenceNotGeneratedError,
  MAX_BACKFILL_OCCURRENCES,
  RecurringSeriesNotFoundError,
  RescheduleAfterEndError,
  RescheduleOverExpensesError,
  StartTooEarlyError,
} from './recurring.errors';
import { CaughtUpPeople } from './caught-up-people';
import { RecurringGenerator, timingOf } from './recurring-generator';
import { RecurringGeneratorRepository } from './recurring-generator.repository';
import {
  type ExpenseChanges,
  RecurringRepository,
  type SeriesChanges,
  type SeriesRow,
} from './recurring.repository';
import { todayOf } from './today-of';

const day = (date: Date): string => date.toISOString().slice(0, 10);
const dbDate = (date: string): Date => new Date(`${date}T00:00:00.000Z`);

/**
 * Recurring series of one person: create, read, edit (one occurrence, this and future, the whole series), skip,
 * pause, resume, end. Every query is scoped to the caller. Generation itself is RecurringGenerator's; each write
 * that can make occurrences due runs it for the caller before answering.
 */
@Injectable()
export class RecurringService {
  private readonly generator: RecurringGenerator;
  private readonly caughtUp = new CaughtUpPeople();

  constructor(
    private readonly series: RecurringRepository,
    private readonly categories: CategoriesRepository,
    generatorStatements: RecurringGeneratorRepository,
    private readonly alerts: BudgetAlertsService,
  ) {
    this.generator = new RecurringGenerator(generatorStatements);
  }

  /**
   * Before a read: catches the person up unless this process already did since the quarter hour began. Undefined
   * when there is nothing to wait for, so the guard that calls it on every read can answer without an `await`.
   */
  catchUpBeforeRead(userId: string): Promise<void> | undefined {
    return this.caughtUp.has(userId) ? undefined : this.catchUp(userId);
  }

  /**
   * After a write that can make dates due, and on a first read: always asks the database. Then a budget-alerts
   * check, whether or not this call generated anything: the hourly task (generate.ts, no mailer) may have written
   * the person's expenses since, and this is the person's first read in the quarter hour.
   */
  async catchUp(userId: string): Promise<void> {
    const startedIn = this.caughtUp.currentQuarter();
    await this.generator.forUser(userId);
    this.caughtUp.remember(userId, startedIn);
    this.alerts.checkAfterSpendingChanged(userId);
  }

  catchUpEveryone() {
    return this.generator.forEveryone();
  }

  async list(user: AuthenticatedUser): Promise<RecurringSeriesList> {
    const [rows, today, ahead] = await Promise.all([
      this.series.listOf(user.id),
      this.todayOf(user),
      this.recordsAhead(user),
    ]);
    return { items: rows.map((row) => toSeries(row, today, ahead.get(row.id))) };
  }

  async get(user: AuthenticatedUser, id: string): Promise<RecurringSeriesDetail> {
    const row = await this.find(user, id);
    const occurrences = await this.series.occurrencesOf(user.id, id);
    const ahead = new Set(
      occurrences.map((o) => day(o.scheduledOn)).filter((on) => on > day(row.generatedThrough)),
    );
    return {
      ...toSeries(row, await this.todayOf(user), ahead),
      occurrences: occurrences.map((o) => ({
        on: day(o.scheduledOn),
        status: o.status as 'generated' | 'skipped' | 'deleted',
        expenseId: o.expense?.id ?? null,
      })),
    };
  }

  async create(user: AuthenticatedUser, input: CreateRecurringSeries): Promise<RecurringSeriesDetail> {
    await this.checkCategory(user, input.categoryId);
    const past = occurrencesBetween(
      // The contract bounds weekday to 1–7, which is what IsoWeekday means.
      {
        schedule: input.schedule as Schedule,
        startOn: input.startOn,
        endOn: input.endOn,
        count: input.count,
      },
      input.startOn,
      await this.todayOf(user),
    );
    if (past.length > MAX_BACKFILL_OCCURRENCES) throw new StartTooEarlyError();
    const ownerCurrency = await this.series.currencyOf(user.id);
    if (ownerCurrency === null) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
    const { schedule } = input;
    const row = await this.series.create({
      userId: user.id,
      categoryId: input.categoryId ?? null,
      amountMinor: input.amountMinor,
      // A series spends in the currency it is given (a subscription billed in euros), else in its owner's, like a
      // new expense.
      currency: input.currency ?? ownerCurrency,
      description: input.description,
      merchant: input.merchant ?? null,
      note: input.note ?? null,
      tags: input.tags ?? [],
      kind: schedule.kind,
      every: schedule.every,
      dayOfMonth: schedule.kind === 'monthly' ? schedule.day : null,
      weekday: schedule.kind === 'monthlyWeekday' ? schedule.weekday : null,
      weekOfMonth: schedule.kind === 'monthlyWeekday' ? schedule.week : null,
      startOn: dbDate(input.startOn),
      endOn: input.endOn ? dbDate(input.endOn) : null,
      occurrenceCount: input.count ?? null,
      generatedThrough: dbDate(addDays(input.startOn, -1)),
    });
    await this.catchUp(user.id);
    return this.get(user, row.id);
  }

  async update(
    user: AuthenticatedUser,
    id: string,
    input: UpdateRecurringSeries,
  ): Promise<RecurringSeriesDetail> {
    await this.checkCategory(user, input.categoryId);
    const changes = {
      ...(input.amountMinor !== undefined && { amountMinor: input.amountMinor }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.merchant !== undefined && { merchant: input.merchant }),
      ...(input.note !== undefined && { note: input.note }),
      ...(input.tags !== undefined && { tags: input.tags }),
      ...(input.categoryId !== undefined && { categoryId: input.categoryId }),
    };
    const resultId = await this.series.transaction(async (tx) => {
      const series = await this.lock(tx, user, id);
      if (input.scope === 'occurrence') {
        const on = input.on!;
        this.assertOccurs(series, on, 'on');
        const expenseId = await this.series.expenseOn(id, dbDate(on), tx);
        if (!expenseId) throw new OccurrenceNotGeneratedError();
        await this.series.updateExpense(expenseId, changes, tx);
        return id;
      }
      if (input.schedule !== undefined) {
        // The contract bounds weekday to 1–7, which is what IsoWeekday means.
        const schedule = input.schedule as Schedule;
        return this.reschedule(
          tx,
          series,
          input.scope === 'series' ? null : input.on!,
          schedule,
          changes,
          user,
        );
      }
      if (input.scope === 'series' || input.on! <= day(series.startOn)) {
        await this.series.update(id, changes, tx);
        await this.updateExpenses(tx, id, changes);
        return id;
      }
      return this.split(tx, series, input.on!, changes);
    });
    await this.catchUp(user.id);
    return this.get(user, resultId);
  }

  async skip(user: AuthenticatedUser, id: string, on: string): Promise<RecurringSeriesDetail> {
    const series = await this.find(user, id);
    this.assertOccurs(series, on, 'date');
    if ((await this.series.skip(user.id, id, on)) === 'generated')
      throw new OccurrenceAlreadyGeneratedError();
    return this.get(user, id);
  }

  async setPaused(user: AuthenticatedUser, id: string, paused: boolean): Promise<RecurringSeriesDetail> {
    const today = await this.todayOf(user);
    await this.series.transaction(async (tx) => {
      const series = await this.lock(tx, user, id);
      if (series.paused === paused) return;
      // Resuming does not make up for the pause: dates before today that fell in it are not generated.
      const generatedThrough = paused
        ? series.generatedThrough
        : dbDate(maxDate(day(series.generatedThrough), addDays(today, -1)));
      await this.series.update(id, { paused, generatedThrough }, tx);
    });
    await this.catchUp(user.id);
    return this.get(user, id);
  }

  async end(user: AuthenticatedUser, id: string, on: string): Promise<RecurringSeriesDetail> {
    await this.series.transaction(async (tx) => {
      const series = await this.lock(tx, user, id);
      if (on < day(series.startOn)) throw new EndBeforeStartError();
      const later = await this.series.latestGeneratedAfter(id, dbDate(on), tx);
      if (later) throw new EndBeforeGeneratedError(day(later));
      await this.series.update(id, { endOn: dbDate(on) }, tx);
    });
    return this.get(user, id);
  }

  /**
   * "This and future": the series ends the day before `on`, a new one with the changes starts on `on` (same
   * schedule, so "the 31st" stays the 31st), and occurrences from `on` on — with their expenses — move to it.
   */
  private async split(tx: Tx, series: SeriesRow, on: string, changes: ExpenseChanges): Promise<string> {
    this.assertOccurs(series, on, 'on');
    const before = occurrencesBetween(
      timingOf(seriesTiming(series)),
      day(series.startOn),
      addDays(on, -1),
    ).length;
    const { id: _old, createdAt: _c, updatedAt: _u, ...copy } = series;
    const next = await this.series.create(
      {
        ...copy,
        ...(changes as object),
        startOn: dbDate(on),
        occurrenceCount: series.occurrenceCount === null ? null : series.occurrenceCount - before,
        generatedThrough: dbDate(maxDate(day(series.generatedThrough), addDays(on, -1))),
      },
      tx,
    );
    await this.series.update(series.id, { endOn: dbDate(addDays(on, -1)) }, tx);
    await this.series.moveOccurrencesFrom(series.id, dbDate(on), next.id, tx);
    await this.updateExpenses(tx, next.id, changes);
    return next.id;
  }

  /**
   * A new schedule from `on` (null: from the start), with the other changes. Dates that are expenses already stay
   * where they are, so the new schedule must start after the latest of them. From the start the series is re-timed
   * in place; from a later date it is split there as for "this and future", the new series starting on `on`. Its
   * dates from `on` up to today become expenses at once (bounded like a new series' past); skips recorded ahead of
   * time stay only on dates the new schedule still has.
   */
  private async reschedule(
    tx: Tx,
    series: SeriesRow,
    on: string | null,
    schedule: Schedule,
    changes: ExpenseChanges,
    user: AuthenticatedUser,
  ): Promise<string> {
    const { from, timing, newTiming } = await this.newTimingFrom(tx, series, on, schedule, user);
    const id = await this.retimeFrom(tx, series, from, { ...changes, ...timing });
    await this.keepSkipsOnSchedule(tx, series.id, id, from, newTiming);
    await this.updateExpenses(tx, id, changes);
    return id;
  }

  /**
   * The series' timing from `from` on (the later of `on` and its start) under `schedule`, after the checks: no date
   * from there on is (or was) an expense, the series has not ended by then, and the new part's backfill up to
   * today stays bounded. A count carries what is left of it.
   */
  private async newTimingFrom(
    tx: Tx,
    series: SeriesRow,
    on: string | null,
    schedule: Schedule,
    user: AuthenticatedUser,
  ) {
    const startOn = day(series.startOn);
    const from = on === null || on < startOn ? startOn : on;
    const recorded = await this.series.latestRecordedFrom(series.id, dbDate(from), tx);
    if (recorded) throw new RescheduleOverExpensesError(on === null ? 'schedule' : 'on', day(recorded));
    // Only a counted series needs its dates before `from` counted (and then the walk stops at the count).
    const remaining =
      series.occurrenceCount === null
        ? null
        : series.occurrenceCount -
          occurrencesBetween(timingOf(seriesTiming(series)), startOn, addDays(from, -1)).length;
    if ((series.endOn && from > day(series.endOn)) || (remaining !== null && remaining < 1)) {
      throw new RescheduleAfterEndError();
    }
    const newTiming = {
      schedule,
      startOn: from,
      endOn: series.endOn ? day(series.endOn) : null,
      count: remaining,
    };
    if (occurrencesBetween(newTiming, from, await this.todayOf(user)).length > MAX_BACKFILL_OCCURRENCES) {
      throw new StartTooEarlyError(on === null ? 'schedule' : 'on');
    }
    const timing = {
      kind: schedule.kind,
      every: schedule.every,
      dayOfMonth: schedule.kind === 'monthly' ? schedule.day : null,
      weekday: schedule.kind === 'monthlyWeekday' ? schedule.weekday : null,
      weekOfMonth: schedule.kind === 'monthlyWeekday' ? schedule.week : null,
      occurrenceCount: remaining,
      generatedThrough: dbDate(addDays(from, -1)),
    };
    return { from, timing, newTiming };
  }

  /**
   * Applies `data` from `from` on: in place when that is the series' start, else by ending the series the day
   * before and continuing it as a new one. Returns the id of the series that now holds `from`.
   */
  private async retimeFrom(tx: Tx, series: SeriesRow, from: string, data: object): Promise<string> {
    if (from === day(series.startOn)) {
      await this.series.update(series.id, data as SeriesChanges, tx);
      return series.id;
    }
    const { id: _old, createdAt: _c, updatedAt: _u, ...copy } = series;
    const { id } = await this.series.create({ ...copy, ...data, startOn: dbDate(from) }, tx);
    await this.series.update(series.id, { endOn: dbDate(addDays(from, -1)) }, tx);
    return id;
  }

  /** Skips from `from` on move to series `to`; those on dates the new timing does not have are dropped. */
  private async keepSkipsOnSchedule(
    tx: Tx,
    seriesId: string,
    to: string,
    from: string,
    newTiming: Parameters<typeof occurrencesBetween>[0],
  ): Promise<void> {
    const skips = await this.series.occurrencesFrom(seriesId, dbDate(from), tx);
    const offSchedule = skips.filter(
      (o) => occurrencesBetween(newTiming, day(o.scheduledOn), day(o.scheduledOn)).length === 0,
    );
    await this.series.deleteOccurrences(
      offSchedule.map((o) => o.id),
      tx,
    );
    await this.series.moveOccurrencesFrom(seriesId, dbDate(from), to, tx);
  }

  /** Applies the changes to the expenses the series' occurrences made (still linked, i.e. not deleted). */
  private async updateExpenses(tx: Tx, seriesId: string, changes: ExpenseChanges): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await this.series.updateExpensesOf(seriesId, changes, tx);
  }

  /** Dates not generated yet that already have a record (skipped ahead of time), per series. */
  private async recordsAhead(user: AuthenticatedUser): Promise<Map<string, Set<string>>> {
    const rows = await this.series.recordsAhead(user.id);
    const bySeries = new Map<string, Set<string>>();
    for (const { seriesId, on } of rows) {
      if (!bySeries.has(seriesId)) bySeries.set(seriesId, new Set());
      bySeries.get(seriesId)!.add(on);
    }
    return bySeries;
  }

  private assertOccurs(series: SeriesRow, on: string, field: string): void {
    if (occurrencesBetween(timingOf(seriesTiming(series)), on, on).length === 0) {
      throw new NotAnOccurrenceError(field);
    }
  }

  private async find(user: AuthenticatedUser, id: string, tx?: Tx): Promise<SeriesRow> {
    const row = await this.series.findOwn(user.id, id, tx);
    if (!row) throw new RecurringSeriesNotFoundError();
    return row;
  }

  /** The caller's series, locked for the transaction: generators wait (FOR SHARE) until the edit commits. */
  private async lock(tx: Tx, user: AuthenticatedUser, id: string): Promise<SeriesRow> {
    if (!(await this.series.lockOwn(user.id, id, tx))) throw new RecurringSeriesNotFoundError();
    return this.find(user, id, tx);
  }

  private async checkCategory(user: AuthenticatedUser, categoryId: string | null | undefined): Promise<void> {
    if (!categoryId) return;
    if (!(await this.categories.owns(user.id, categoryId))) throw new UnknownCategoryError();
  }

  private async todayOf(user: AuthenticatedUser): Promise<string> {
    return todayOf(await this.series.timeZoneOf(user.id));
  }
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function seriesTiming(row: SeriesRow) {
  return {
    kind: row.kind,
    every: row.every,
    dayOfMonth: row.dayOfMonth,
    weekday: row.weekday,
    weekOfMonth: row.weekOfMonth,
    startOn: day(row.startOn),
    endOn: row.endOn ? day(row.endOn) : null,
    occurrenceCount: row.occurrenceCount,
  };
}

function toSeries(row: SeriesRow, today: string, recorded: Set<string> = new Set()): RecurringSeries {
  const timing = seriesTiming(row);
  const schedule: RecurringSeries['schedule'] = {
    kind: row.kind as RecurringSeries['schedule']['kind'],
    every: row.every,
    ...(row.dayOfMonth !== null && { day: row.dayOfMonth }),
    ...(row.weekday !== null && { weekday: row.weekday }),
    ...(row.weekOfMonth !== null && { week: row.weekOfMonth }),
  };
  // The next date that will become an expense: after the progress mark (and today, while paused: resuming does
  // not make up the pause), and not one already skipped.
  let nextOn = nextOccurrence(
    timingOf(timing),
    maxDate(addDays(day(row.generatedThrough), 1), row.paused ? today : '0000-01-01'),
  );
  while (nextOn !== null && recorded.has(nextOn))
    nextOn = nextOccurrence(timingOf(timing), addDays(nextOn, 1));
  return {
    id: row.id,
    amountMinor: row.amountMinor,
    currency: row.currency,
    description: row.description,
    merchant: row.merchant,
    note: row.note,
    tags: row.tags,
    categoryId: row.categoryId,
    schedule,
    startOn: timing.startOn,
    endOn: timing.endOn,
    count: row.occurrenceCount,
    paused: row.paused,
    nextOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
