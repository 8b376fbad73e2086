// @vitest-environment jsdom
import { fireEvent, render, screen } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';
import type { CsvMappingRead } from '@/features/imports/import-mapping';
import { CsvColumns } from './CsvColumns';

const read: CsvMappingRead = {
  preset: null,
  savedPreset: null,
  delimiter: ',',
  hasHeader: true,
  dateOrder: null,
  decimalMark: '.',
  signConvention: 'negativeIsDebit',
  columnLabels: ['Type', 'Started Date', 'Completed Date', 'Description', 'Amount'],
  columns: {
    date: null,
    amount: 4,
    debit: null,
    credit: null,
    description: 3,
    merchant: null,
    currency: null,
    bankId: null,
  },
};

describe('CsvColumns', () => {
  it('asks for the column the file does not name, offers every column by its name, and reads again', () => {
    const onChoose = vi.fn();
    render(<CsvColumns read={read} asked={['date']} busy={false} onChoose={onChoose} onSave={vi.fn()} />);
    expect(screen.getByText('Choose the date column: the file does not name it.')).toBeTruthy();
    const date = screen.getByLabelText('Date') as HTMLSelectElement;
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect([...date.options].map((option) => option.text)).toEqual(['Choose…', ...read.columnLabels]);
    // Nothing to save before the file reads.
    expect(screen.queryByRole('button', { name: 'Save preset' })).toBeNull();
    fireEvent.change(date, { target: { value: '2' } });
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ date: 2, amount: 4, description: 3 }));
  });

  it('says how the file was read, and saves the mapping by header names under the typed name', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const readable = {
      ...read,
      savedPreset: { id: '00000000-0000-7000-8000-000000000001', name: 'Revolut' },
      columns: { ...read.columns, date: 2 },
    };
    render(<CsvColumns read={readable} asked={[]} busy={false} onChoose={vi.fn()} onSave={onSave} />);
    expect(screen.getByText('Read with your preset “Revolut”.')).toBeTruthy();
    const name = screen.getByLabelText('Save for this bank as') as HTMLInputElement;
    expect(name.value).toBe('Revolut');
    fireEvent.change(name, { target: { value: 'Revolut GBP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save preset' }));
    await screen.findByRole('status');
    expect(onSave).toHaveBeenCalledWith(
      'Revolut GBP',
      expect.objectContaining({
        columns: expect.objectContaining({ date: 'Completed Date', amount: 'Amount' }),
      }),
    );
    expect(screen.getByRole('status').textContent).toMatch(/Saved as “Revolut GBP”/);
  });

  it('offers no preset for a file without a header row: nothing would recognise it next time', () => {
    const headless = { ...read, hasHeader: false, columns: { ...read.columns, date: 2 } };
    render(<CsvColumns read={headless} asked={[]} busy={false} onChoose={vi.fn()} onSave={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Save preset' })).toBeNull();
    expect(screen.getByText(/cannot be kept for it/)).toBeTruthy();
  });
});
