// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { keptFor } from '@/test/kept-dashboard';
import {
  forgetKeptDashboard,
  forgetKeptDashboardUnlessOwner,
  keepDashboard,
  keptDashboardOf,
} from './kept-dashboard';

describe('the dashboard kept for offline reading', () => {
  afterEach(() => window.localStorage.clear());

  it('is read back only for the person it was kept for', () => {
    keepDashboard(keptFor('sub-a'));
    expect(keptDashboardOf('sub-a')).toEqual(keptFor('sub-a'));
    expect(keptDashboardOf('sub-b')).toBeNull();
  });

  it("holds one person's at a time: keeping another person's replaces it", () => {
    keepDashboard(keptFor('sub-a'));
    keepDashboard(keptFor('sub-b'));
    expect(keptDashboardOf('sub-a')).toBeNull();
    expect(keptDashboardOf('sub-b')?.owner).toBe('sub-b');
  });

  it('is deleted when someone else signs in, kept when the same person does', () => {
    keepDashboard(keptFor('sub-a'));
    forgetKeptDashboardUnlessOwner('sub-a');
    expect(keptDashboardOf('sub-a')).not.toBeNull();
    forgetKeptDashboardUnlessOwner('sub-b');
    expect(keptDashboardOf('sub-a')).toBeNull();
    expect(window.localStorage.length).toBe(0);
  });

  it('is deleted on request, and a damaged or partial store reads as nothing kept', () => {
    keepDashboard(keptFor('sub-a'));
    forgetKeptDashboard();
    expect(keptDashboardOf('sub-a')).toBeNull();
    window.localStorage.setItem('spendwise:kept-dashboard', '{oops');
    expect(keptDashboardOf('sub-a')).toBeNull();
    window.localStorage.setItem('spendwise:kept-dashboard', JSON.stringify({ owner: 'sub-a' }));
    expect(keptDashboardOf('sub-a')).toBeNull();
  });
});
