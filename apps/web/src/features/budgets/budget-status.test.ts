import { describe, expect, it } from 'vitest';
import { translator } from '@/test/translate';
import { budgetBalance, budgetStatus, scheduledOverBudget } from './budget-status';

describe('budgetStatus', () => {
  it('warns from 80% and alarms from 100%', () => {
    expect(budgetStatus(null)).toBe('none');
    expect(budgetStatus(79.9)).toBe('ok');
    expect(budgetStatus(80)).toBe('near');
    expect(budgetStatus(99.9)).toBe('near');
    expect(budgetStatus(100)).toBe('over');
    expect(budgetStatus(250)).toBe('over');
  });
});

describe('budgetBalance', () => {
  it('says what is left, or by how much spending went over', () => {
    expect(budgetBalance(42_000, 50_000)).toEqual({ amountMinor: 8_000, over: false });
    expect(budgetBalance(50_000, 50_000)).toEqual({ amountMinor: 0, over: false });
    expect(budgetBalance(51_200, 50_000)).toEqual({ amountMinor: 1_200, over: true });
  });
});

describe('scheduledOverBudget', () => {
  const notes = translator('budgetNotes');
  const money = (minor: number) => `$${(minor / 100).toFixed(2)}`;
  const rent = { on: '2026-12-31', description: 'Rent', amountMinor: 120_000 };

  it('names the one occurrence that would take the budget over, with its day', () => {
    expect(
      scheduledOverBudget(
        { name: 'Housing', spentMinor: 50_000, budgetMinor: 100_000, scheduled: [rent] },
        money,
        notes,
      ),
    ).toBe('$1200.00 Rent due on the 31st would take Housing over');
    expect(
      scheduledOverBudget(
        { name: 'Housing', spentMinor: 0, budgetMinor: 1, scheduled: [{ ...rent, on: '2026-12-02' }] },
        money,
        notes,
      ),
    ).toBe('$1200.00 Rent due on the 2nd would take Housing over');
  });

  it('sums several, from the first date', () => {
    const gym = { on: '2026-12-03', description: 'Gym', amountMinor: 4_000 };
    expect(
      scheduledOverBudget(
        { name: 'Housing', spentMinor: 50_000, budgetMinor: 100_000, scheduled: [gym, rent] },
        money,
        notes,
      ),
    ).toBe('$1240.00 still scheduled (2 expenses from the 3rd) would take Housing over');
  });

  it('says it in German, with the German ordinal day', () => {
    expect(
      scheduledOverBudget(
        { name: 'Wohnen', spentMinor: 50_000, budgetMinor: 100_000, scheduled: [rent] },
        money,
        translator('budgetNotes', 'de'),
      ),
    ).toBe('$1200.00 Rent, fällig am 31., würde Wohnen über das Budget bringen');
  });

  it('says nothing while spent + scheduled fits, when already over, or with nothing scheduled', () => {
    const fits = { name: 'Housing', spentMinor: 0, budgetMinor: 120_000, scheduled: [rent] };
    expect(scheduledOverBudget(fits, money, notes)).toBeNull();
    expect(scheduledOverBudget({ ...fits, spentMinor: 120_000 }, money, notes)).toBeNull();
    expect(scheduledOverBudget({ ...fits, budgetMinor: 1, scheduled: [] }, money, notes)).toBeNull();
  });
});
