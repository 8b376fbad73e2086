/**
 * A believable year of one person's spending, generated day by day. Every expense is a pure function of
 * (seed, date, rule), so a day's expenses never change, re-running the seed later only adds the new days, and each
 * expense carries a stable key the seed uses for idempotency.
 */
import { randomFor, type Random } from './random';

export interface DemoExpense {
  /** Stable across runs: `demo:<seed>:<date>:<rule>`. */
  key: string;
  /** YYYY-MM-DD */
  occurredOn: string;
  /** One of DEFAULT_CATEGORIES' names. */
  category: string;
  description: string;
  merchant: string | null;
  amountMinor: number;
  tags: string[];
}

type Draft = Omit<DemoExpense, 'key' | 'occurredOn'>;

interface Day {
  iso: string;
  /** 0 = Sunday */
  weekday: number;
  dayOfMonth: number;
  /** 0 = January */
  month: number;
}

/** One kind of spending: may produce an expense on a given day. */
type Rule = (day: Day, random: Random, seed: number) => Draft | undefined;

const isWeekday = (day: Day) => day.weekday >= 1 && day.weekday <= 5;
const isWeekend = (day: Day) => day.weekday === 0 || day.weekday === 6;

/** A fixed bill on a fixed day of the month. */
const monthly =
  (dayOfMonth: number, draft: Draft): Rule =>
  (day) =>
    day.dayOfMonth === dayOfMonth ? draft : undefined;

/** Whether `day` falls in the month's trip, if that month has one (decided once per month, not per day). */
function tripDay(day: Day, seed: number): { first: boolean } | undefined {
  const month = randomFor(seed, `trip:${day.iso.slice(0, 7)}`);
  if (!month.chance(0.25)) return undefined;
  const start = month.int(5, 20);
  const nights = month.int(2, 5);
  if (day.dayOfMonth < start || day.dayOfMonth >= start + nights) return undefined;
  return { first: day.dayOfMonth === start };
}

const RULES: Record<string, Rule> = {
  rent: monthly(1, {
    category: 'Housing',
    description: 'Rent',
    merchant: 'Maple Court Apartments',
    amountMinor: 165_000,
    tags: ['recurring'],
  }),
  transitPass: monthly(1, {
    category: 'Transport',
    description: 'Monthly transit pass',
    merchant: 'City Transit',
    amountMinor: 9_800,
    tags: ['recurring', 'commute'],
  }),
  gym: monthly(3, {
    category: 'Health',
    description: 'Gym membership',
    merchant: 'Northside Fitness',
    amountMinor: 4_500,
    tags: ['recurring'],
  }),
  internet: monthly(12, {
    category: 'Utilities',
    description: 'Home internet',
    merchant: 'FiberLink',
    amountMinor: 6_499,
    tags: ['recurring'],
  }),
  streaming: monthly(15, {
    category: 'Entertainment',
    description: 'Streaming subscription',
    merchant: 'StreamBox',
    amountMinor: 1_599,
    tags: ['recurring', 'subscription'],
  }),
  phone: monthly(18, {
    category: 'Utilities',
    description: 'Mobile phone plan',
    merchant: 'Skyline Mobile',
    amountMinor: 3_500,
    tags: ['recurring'],
  }),
  electricity: (day, random) => {
    if (day.dayOfMonth !== 8) return undefined;
    // Heating and air conditioning months cost more.
    const peak = [0, 1, 6, 7, 11].includes(day.month);
    return {
      category: 'Utilities',
      description: 'Electricity bill',
      merchant: 'Bright Power Co.',
      amountMinor: peak ? random.int(9_000, 14_500) : random.int(5_200, 8_800),
      tags: ['recurring'],
    };
  },
  groceries: (day, random) =>
    day.weekday === 6
      ? {
          category: 'Groceries',
          description: 'Weekly groceries',
          merchant: random.pick(['Green Basket Market', 'FreshCo', 'Corner Grocer']),
          amountMinor: random.int(6_500, 16_500),
          tags: [],
        }
      : undefined,
  groceriesTopUp: (day, random) =>
    day.weekday === 3 && random.chance(0.5)
      ? {
          category: 'Groceries',
          description: 'Groceries top-up',
          merchant: random.pick(['Corner Grocer', 'FreshCo']),
          amountMinor: random.int(1_200, 4_500),
          tags: [],
        }
      : undefined,
  coffee: (day, random) =>
    isWeekday(day) && random.chance(0.55)
      ? {
          category: 'Dining out',
          description: random.pick(['Flat white', 'Latte', 'Cappuccino', 'Cold brew']),
          merchant: random.pick(['Bean There Café', 'Daily Grind', 'Corner Coffee']),
          amountMinor: random.int(350, 650),
          tags: ['coffee'],
        }
      : undefined,
  lunch: (day, random) =>
    isWeekday(day) && random.chance(0.25)
      ? {
          category: 'Dining out',
          description: 'Lunch',
          merchant: random.pick(['Noodle Bar', 'Green Bowl', 'Deli on 5th']),
          amountMinor: random.int(1_100, 2_200),
          tags: ['work'],
        }
      : undefined,
  dinner: (day, random) =>
    (day.weekday === 5 || day.weekday === 6) && random.chance(0.55)
      ? {
          category: 'Dining out',
          description: random.pick(['Dinner with friends', 'Date night', 'Takeaway']),
          merchant: random.pick(['Trattoria Roma', 'Sakura Sushi', 'The Local Pub', 'Spice Route']),
          amountMinor: random.int(2_800, 9_500),
          tags: [],
        }
      : undefined,
  ride: (_day, random) =>
    random.chance(0.07)
      ? {
          category: 'Transport',
          description: 'Ride home',
          merchant: 'QuickRide',
          amountMinor: random.int(1_200, 3_800),
          tags: [],
        }
      : undefined,
  pharmacy: (_day, random) =>
    random.chance(0.03)
      ? {
          category: 'Health',
          description: 'Pharmacy',
          merchant: 'CareWell Pharmacy',
          amountMinor: random.int(800, 4_500),
          tags: [],
        }
      : undefined,
  cinema: (day, random) =>
    isWeekend(day) && random.chance(0.12)
      ? {
          category: 'Entertainment',
          description: 'Cinema tickets',
          merchant: 'Galaxy Cinemas',
          amountMinor: random.int(1_800, 3_400),
          tags: [],
        }
      : undefined,
  shopping: (day, random) => {
    // December brings the gift shopping.
    const holidays = day.month === 11 && day.dayOfMonth >= 5 && day.dayOfMonth <= 22;
    if (!random.chance(holidays ? 0.3 : 0.06)) return undefined;
    return holidays
      ? {
          category: 'Shopping',
          description: 'Holiday gifts',
          merchant: random.pick(['Paper Lantern Books', 'Gadget Hub', 'Threads & Co.']),
          amountMinor: random.int(2_500, 12_000),
          tags: ['gifts'],
        }
      : {
          category: 'Shopping',
          description: random.pick(['Clothes', 'Household items', 'Books', 'Phone case']),
          merchant: random.pick(['Threads & Co.', 'HomeGoods Depot', 'Paper Lantern Books', 'Gadget Hub']),
          amountMinor: random.int(1_500, 14_000),
          tags: [],
        };
  },
  other: (_day, random) =>
    random.chance(0.015)
      ? {
          category: 'Other',
          description: random.pick(['Haircut', 'Birthday gift', 'Charity donation']),
          merchant: null,
          amountMinor: random.int(1_500, 6_000),
          tags: [],
        }
      : undefined,
  flight: (day, _random, seed) => {
    const trip = tripDay(day, seed);
    if (!trip?.first) return undefined;
    return {
      category: 'Travel',
      description: 'Return flights',
      merchant: 'Blue Sky Airlines',
      amountMinor: randomFor(seed, `flight:${day.iso}`).int(18_000, 62_000),
      tags: ['trip'],
    };
  },
  hotel: (day, random, seed) =>
    tripDay(day, seed)
      ? {
          category: 'Travel',
          description: 'Hotel night',
          merchant: random.pick(['Harbor View Hotel', 'Old Town Inn']),
          amountMinor: random.int(12_000, 26_000),
          tags: ['trip'],
        }
      : undefined,
};

/** Every demo expense from `from` to `to` (inclusive, UTC calendar days), oldest first. */
export function demoExpenses(seed: number, from: Date, to: Date): DemoExpense[] {
  const expenses: DemoExpense[] = [];
  for (const day of utcDays(from, to)) {
    for (const [name, rule] of Object.entries(RULES)) {
      const draft = rule(day, randomFor(seed, `${day.iso}:${name}`), seed);
      if (draft) expenses.push({ key: `demo:${seed}:${day.iso}:${name}`, occurredOn: day.iso, ...draft });
    }
  }
  return expenses;
}

function* utcDays(from: Date, to: Date): Generator<Day> {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  while (date <= to) {
    yield {
      iso: date.toISOString().slice(0, 10),
      weekday: date.getUTCDay(),
      dayOfMonth: date.getUTCDate(),
      month: date.getUTCMonth(),
    };
    date.setUTCDate(date.getUTCDate() + 1);
  }
}
