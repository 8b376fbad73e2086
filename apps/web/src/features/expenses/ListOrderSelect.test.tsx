// @vitest-environment jsdom
import { fireEvent, render, screen } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';
import { ListOrderSelect } from './ListOrderSelect';

describe('ListOrderSelect', () => {
  it('shows the current order and hands over the chosen one', () => {
    const onChange = vi.fn();
    render(<ListOrderSelect order={{ sort: 'merchant', direction: 'desc' }} onChange={onChange} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Sort by');
    expect(select.selectedOptions[0]?.textContent).toBe('Merchant Z–A');
    fireEvent.change(select, { target: { value: 'amount-asc' } });
    expect(onChange).toHaveBeenCalledWith({ sort: 'amount', direction: 'asc' });
  });

  it('cannot be changed while disabled (before the page is interactive)', () => {
    render(<ListOrderSelect order={{ sort: 'date', direction: 'desc' }} disabled onChange={() => {}} />);
    expect(screen.getByLabelText<HTMLSelectElement>('Sort by').disabled).toBe(true);
  });
});
