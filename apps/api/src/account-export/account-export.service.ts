import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { type PersonalRate, type UserProfile } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { toBudget } from '../budgets';
import { type CategoryRow, toCategory } from '../categories';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import {
  csvLine,
  decimalAmount,
  eachWithin,
  ExpenseExportService,
  ExpenseListService,
  toExpense,
  UTF8_BOM,
  withDeadline,
} from '../expenses';
import { PersonalRatesService } from '../exchange-rates';
import { CategorisationRulesService, ImportPresetsService, ImportsService } from '../imports';
import { RecurringService } from '../recurring';
import { UsersService } from '../users';
import { AccountExportRepository, type BudgetExportRow } from './account-export.repository';
import { type ZipEntry, zipStream } from './zip-stream';

/** Rows read per query: one keyset page. */
const PAGE_SIZE = 1000;

type CsvValue = string | number | null;

/**
 * Everything a person has stored, as one zip streamed while it is read: their profile (settings), categories,
 * budgets, expenses and the exchange rates they entered, each as JSON (the API's own shapes: amounts in integer
 * minor units with their currency) and as CSV for spreadsheets (the expenses CSV is the expense list's export,
 * unfiltered); their recurring series, imports, saved import presets and categorisation rules as JSON only. Every table is read in
 * keyset pages of PAGE_SIZE rows of this person only, so the heap holds about one page however much they stored;
 * each page gets the request timeout, as the whole download may take longer.
 */
@Injectable()
export class AccountExportService {
  private readonly pageTimeoutMs: number;

  constructor(
    private readonly exported: AccountExportRepository,
    private readonly users: UsersService,
    private readonly expenses: ExpenseListService,
    private readonly expenseCsv: ExpenseExportService,
    private readonly personalRates: PersonalRatesService,
    @InjectConfig() config: AppConfig,
    private readonly recurring: RecurringService,
    private readonly importPresets: ImportPresetsService,
    private readonly rules: CategorisationRulesService,
    private readonly imports: ImportsService,
  ) {
    this.pageTimeoutMs = config.http.requestTimeoutMs;
  }

  /**
   * The profile is read before answering, so a missing account is an error response rather than a broken
   * download; the rest is read as the client downloads it.
   */
  async zip(user: AuthenticatedUser): Promise<Readable> {
    const profile = await this.users.getProfile(user);
    return Readable.from(zipStream(this.entries(user, profile)));
  }

  private entries(user: AuthenticatedUser, profile: UserProfile): ZipEntry[] {
    const categories = () => this.pages((after) => this.categoryPage(user, after));
    const budgets = () => this.pages((after) => this.budgetPage(user, after));
    const expenses = () => eachWithin(this.expenses.batches(user, {}, PAGE_SIZE), this.pageTimeoutMs);
    // At most MAX_PERSONAL_RATES rows: one page.
    const rates = () => onePageOf(withDeadline(this.personalRates.list(user), this.pageTimeoutMs));
    return [
      { name: 'profile.json', content: () => jsonObject(profile) },
      { name: 'profile.csv', content: () => csv(PROFILE_HEADER, onePage(profile), profileCsv) },
      { name: 'categories.json', content: () => jsonArray(categories(), toCategory) },
      { name: 'categories.csv', content: () => csv(CATEGORY_HEADER, categories(), categoryCsv) },
      { name: 'budgets.json', content: () => jsonArray(budgets(), toBudget) },
      { name: 'budgets.csv', content: () => csv(BUDGET_HEADER, budgets(), budgetCsv) },
      { name: 'expenses.json', content: () => jsonArray(expenses(), toExpense) },
      { name: 'expenses.csv', content: () => this.expenseCsv.csvIn(user, {}, profile.currency) },
      { name: 'exchange-rates.json', content: () => jsonArray(rates(), (rate) => rate) },
      { name: 'exchange-rates.csv', content: () => csv(RATE_HEADER, rates(), rateCsv) },
      // Series are few per person (one page); their expenses are in expenses.* already.
      {
        name: 'recurring.json',
        content: () =>
          jsonArray(
            onePageOf(withDeadline(this.recurring.list(user), this.pageTimeoutMs)),
            (series) => series,
          ),
      },
      // The CSV mappings they saved for their banks: a handful (one page).
      {
        name: 'import-presets.json',
        content: () =>
          jsonArray(
            onePageOf(withDeadline(this.importPresets.list(user), this.pageTimeoutMs)),
            (preset) => preset,
          ),
      },
      // The files they imported (name, format, counts, when): what each expense's importId refers to. A person
      // imports a file a month or so, so one page.
      {
        name: 'imports.json',
        content: () =>
          jsonArray(
            onePageOf(withDeadline(this.imports.list(user), this.pageTimeoutMs)),
            (summary) => summary,
          ),
      },
      // Their categorisation rules, learned and written: at most MAX_RULES, read as one page.
      {
        name: 'categorisation-rules.json',
        content: () =>
          jsonArray(onePageOf(withDeadline(this.rules.list(user), this.pageTimeoutMs)), (rule) => rule),
      },
    ];
  }

  /** Keyset pagination by primary key: each page is one index range scan after the last id seen. */
  private async *pages<Row extends { id: string }>(
    read: (after: string | null) => Promise<Row[]>,
  ): AsyncGenerator<Row[]> {
    let after: string | null = null;
    for (;;) {
      const page: Row[] = await withDeadline(read(after), this.pageTimeoutMs);
      if (page.length) yield page;
      const last = page.at(-1);
      if (page.length < PAGE_SIZE || !last) return;
      after = last.id;
    }
  }

  private categoryPage(user: AuthenticatedUser, after: string | null): Promise<CategoryRow[]> {
    return this.exported.categoryPage(user.id, after, PAGE_SIZE);
  }

  private budgetPage(user: AuthenticatedUser, after: string | null): Promise<BudgetExportRow[]> {
    return this.exported.budgetPage(user.id, after, PAGE_SIZE);
  }
}

async function* onePage<Row>(row: Row): AsyncGenerator<Row[]> {
  yield [row];
}

async function* onePageOf<Row>(list: Promise<{ items: Row[] }>): AsyncGenerator<Row[]> {
  const { items } = await list;
  if (items.length) yield items;
}

async function* jsonObject(value: unknown): AsyncGenerator<string> {
  yield `${JSON.stringify(value, null, 2)}\n`;
}

/** A JSON array written page by page: one element per line, so a large file is still readable and diffable. */
async function* jsonArray<Row>(
  pages: AsyncIterable<Row[]>,
  map: (row: Row) => unknown,
): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const page of pages) {
    const text = page.map((row) => JSON.stringify(map(row))).join(',\n');
    yield `${first ? '\n' : ',\n'}${text}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

async function* csv<Row>(
  header: string[],
  pages: AsyncIterable<Row[]>,
  values: (row: Row) => CsvValue[],
): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(header);
  for await (const page of pages) yield page.map((row) => csvLine(values(row))).join('');
}

const PROFILE_HEADER = [
  'Id',
  'Email',
  'Display name',
  'Currency',
  'Time zone',
  'Preferences set',
  'Budget alerts',
  'Created at',
];
function profileCsv(profile: UserProfile): CsvValue[] {
  return [
    profile.id,
    profile.email,
    profile.displayName,
    profile.currency,
    profile.timeZone,
    String(profile.preferencesSet),
    String(profile.budgetAlerts),
    profile.createdAt,
  ];
}

const CATEGORY_HEADER = ['Id', 'Name', 'Color', 'Created at'];
function categoryCsv(row: CategoryRow): CsvValue[] {
  return [row.id, row.name, row.color, row.createdAt.toISOString()];
}

const BUDGET_HEADER = [
  'Id',
  'Category',
  'Category id',
  'Amount',
  'Currency',
  'Amount (minor units)',
  'Created at',
  'Updated at',
];
/** The rates a person entered: 1 EUR = Rate units of Currency on Date, the decimal exactly as stored. */
const RATE_HEADER = ['Currency', 'Date', 'Rate (per 1 EUR)', 'Updated at'];
function rateCsv(rate: PersonalRate): CsvValue[] {
  return [rate.currency, rate.date, rate.rate, rate.updatedAt];
}

/** A budget without a category is the overall monthly budget. */
function budgetCsv(row: BudgetExportRow): CsvValue[] {
  return [
    row.id,
    row.categoryId ? row.categoryName : 'Overall',
    row.categoryId,
    decimalAmount(row.amountMinor, row.currency),
    row.currency,
    row.amountMinor,
    row.createdAt.toISOString(),
    row.updatedAt.toISOString(),
  ];
}
