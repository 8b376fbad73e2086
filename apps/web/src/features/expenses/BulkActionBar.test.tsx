// @vitest-environment jsdom
import type { Category } from '@spendwise/contracts';
import { fireEvent, render, screen } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';
import { BulkActionBar } from './BulkActionBar';

const travel: Category = {
  id: '0196b0a0-7a8e-7c3a-9d2e-3f4a5b6c7d8e',
  name: 'Travel',
  color: '#16a34a',
  createdAt: '2026-11-01T10:00:00.000Z',
};

function renderBar() {
  const onApply = vi.fn();
  const onClear = vi.fn();
  render(<BulkActionBar count={3} categories={[travel]} busy={false} onApply={onApply} onClear={onClear} />);
  return { onApply, onClear };
}

describe('BulkActionBar', () => {
  it('moves the selection to the chosen category, or out of every category', () => {
    const { onApply } = renderBar();
    expect(screen.getByText('3 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(onApply).toHaveBeenLastCalledWith({ kind: 'setCategory', categoryId: null });
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: travel.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(onApply).toHaveBeenLastCalledWith({ kind: 'setCategory', categoryId: travel.id });
  });

  it('adds or removes a typed tag (as stored: trimmed, lower-case), never an empty one', () => {
    const { onApply } = renderBar();
    const add = screen.getByRole<HTMLButtonElement>('button', { name: 'Add tag' });
    expect(add.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: '  Work ' } });
    fireEvent.click(add);
    expect(onApply).toHaveBeenLastCalledWith({ kind: 'addTag', tag: 'work' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag' }));
    expect(onApply).toHaveBeenLastCalledWith({ kind: 'removeTag', tag: 'work' });
  });

  it('deletes without asking (the toast offers Undo) and clears the selection', () => {
    const { onApply, onClear } = renderBar();
    fireEvent.click(screen.getByRole('button', { name: 'Delete 3' }));
    expect(onApply).toHaveBeenLastCalledWith({ kind: 'delete' });
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(onClear).toHaveBeenCalled();
  });
});
