// @vitest-environment jsdom
import { fireEvent, render, screen } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';
import { CategoryForm } from './CategoryForm';

const form = (color: string) => (
  <CategoryForm
    initial={{ name: '', color }}
    submitLabel="Add category"
    onSubmit={vi.fn(async () => {})}
    followInitialColor
  />
);

describe('CategoryForm (new category)', () => {
  it('offers the new suggested colour when it changes, keeping the typed name', () => {
    const { rerender } = render(form('#16a34a'));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Pets' } });
    rerender(form('#4f46e5'));
    expect((screen.getByLabelText('Colour') as HTMLInputElement).value).toBe('#4f46e5');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Pets');
  });

  it('keeps a colour the person picked', () => {
    const { rerender } = render(form('#16a34a'));
    fireEvent.input(screen.getByLabelText('Colour'), { target: { value: '#000000' } });
    rerender(form('#4f46e5'));
    expect((screen.getByLabelText('Colour') as HTMLInputElement).value).toBe('#000000');
  });
});
