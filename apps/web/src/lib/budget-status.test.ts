import { describe, expect, it } from 'vitest';
import { budgetStatus } from './budget-status';

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
