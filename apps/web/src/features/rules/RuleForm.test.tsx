// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { RuleForm } from './RuleForm';

const CATEGORIES = [
  {
    id: '0190a000-0000-7000-8000-000000000001',
    name: 'Groceries',
    color: '#16a34a',
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  {
    id: '0190a000-0000-7000-8000-000000000002',
    name: 'Dining out',
    color: '#ea580c',
    createdAt: '2026-01-01T00:00:00.000Z',
  },
];

describe('RuleForm', () => {
  it('asks for a text and a category before sending anything', async () => {
    const onSubmit = vi.fn(async () => {});
    render(<RuleForm idPrefix="t" categories={CATEGORIES} submitLabel="Add rule" onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(await screen.findByText('Write the merchant or description, or a part of it')).toBeTruthy();
    expect(screen.getByText('Choose a category')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends kind, text and category, and shows the API’s refusal on its field', async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError('http', 'You already have this rule', 409, 'Conflict', [
        { field: 'text', message: 'is already the text of your rule r1 of this kind' },
      ]);
    });
    render(<RuleForm idPrefix="t" categories={CATEGORIES} submitLabel="Add rule" onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText('When the merchant (or description)'), {
      target: { value: 'contains' },
    });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Netflix' } });
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: CATEGORIES[1]!.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        kind: 'contains',
        text: 'Netflix',
        categoryId: '0190a000-0000-7000-8000-000000000002',
      }),
    );
    expect(await screen.findByText('Is already the text of your rule r1 of this kind')).toBeTruthy();
  });

  it('asks for a text and a category in German', async () => {
    render(
      <RuleForm idPrefix="t" categories={CATEGORIES} submitLabel="Regel hinzufügen" onSubmit={vi.fn()} />,
      {
        locale: 'de',
      },
    );
    expect(screen.getByRole('option', { name: 'enthält' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Regel hinzufügen' }));
    expect(
      await screen.findByText('Gib den Händler oder die Beschreibung ein (oder einen Teil davon)'),
    ).toBeTruthy();
    expect(screen.getByText('Wähle eine Kategorie')).toBeTruthy();
  });
});
