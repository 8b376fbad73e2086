// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { render } from '@/test/render';
import { BudgetAlertsSetting } from './BudgetAlerts';

// The connected part reads the profile through the API client; the switch itself is tested here.
vi.mock('@/lib/api/queries', () => ({ useMe: vi.fn(), useUpdateProfile: vi.fn() }));

const SWITCH = 'Email me when a budget passes 80 % and 100 %';

describe('BudgetAlertsSetting', () => {
  it('shows the person’s choice and saves the change at once', async () => {
    const onChange = vi.fn(() => Promise.resolve());
    const { rerender } = render(<BudgetAlertsSetting enabled onChange={onChange} />);
    const checkbox = screen.getByRole('checkbox', { name: SWITCH });
    expect(checkbox).toHaveProperty('checked', true);

    fireEvent.click(checkbox);
    expect(onChange).toHaveBeenCalledWith(false);
    // Shown as chosen while it is saved.
    expect(checkbox).toHaveProperty('checked', false);
    rerender(<BudgetAlertsSetting enabled={false} onChange={onChange} />);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Budget alerts are off.');
    expect(screen.getByRole('checkbox', { name: SWITCH })).toHaveProperty('checked', false);
  });

  it('says when the choice was not saved, and keeps it as it was', async () => {
    const onChange = vi.fn(() => Promise.reject(new Error('offline')));
    render(<BudgetAlertsSetting enabled={false} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: SWITCH }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Your choice was not saved.'),
    );
    expect(screen.getByRole('checkbox', { name: SWITCH })).toHaveProperty('checked', false);
  });
});
