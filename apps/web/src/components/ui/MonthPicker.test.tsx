// @vitest-environment jsdom
import { fireEvent, render, screen } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';
import { MonthPicker } from './MonthPicker';

describe('MonthPicker', () => {
  it('steps a month back and forth across the year, naming where each button goes', () => {
    const onChange = vi.fn();
    render(<MonthPicker id="m" month="2026-01" locale="en-US" onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Previous month, December 2025' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next month, February 2026' }));
    fireEvent.change(screen.getByLabelText('Show month'), { target: { value: '2027-06' } });
    expect(onChange.mock.calls).toEqual([['2025-12'], ['2026-02'], ['2027-06']]);
  });

  it('stops at `latest` when given one', () => {
    const onChange = vi.fn();
    render(<MonthPicker id="m" month="2026-12" latest="2026-12" locale="en-US" onChange={onChange} />);
    expect(screen.getByRole('button', { name: /^Next month/ }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('Show month'), { target: { value: '2027-01' } });
    expect(onChange).not.toHaveBeenCalled();
  });
});
