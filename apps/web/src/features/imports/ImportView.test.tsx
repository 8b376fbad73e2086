// @vitest-environment jsdom
import type { ImportCommitResult, ImportPreview } from '@spendwise/contracts';
import { act, fireEvent, render, screen } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';
import type { UploadProgress } from '@/lib/api/client';
import type { ImportSettings } from '@/lib/api/resources';

const CAFE = '0190b6a0-0000-7000-8000-00000000cafe';

type Sent<T> = {
  settings: ImportSettings;
  onProgress: (progress: UploadProgress) => void;
  answer: (value: T) => void;
};
const previews: Array<Sent<ImportPreview>> = [];
const commits: Array<Sent<ImportCommitResult>> = [];
const following = <T,>(
  list: Array<Sent<T>>,
  settings: ImportSettings,
  onProgress: (progress: UploadProgress) => void,
) => new Promise<T>((answer) => list.push({ settings, onProgress, answer }));

vi.mock('next/link', () => ({ default: ({ children }: { children: React.ReactNode }) => <a>{children}</a> }));
vi.mock('@/lib/api/resources', () => ({
  api: {
    previewImport: (_file: File, settings: ImportSettings, onProgress: (p: UploadProgress) => void) =>
      following(previews, settings, onProgress),
  },
}));
vi.mock('@/lib/api/queries', () => ({
  useImports: () => ({ isPending: false, isError: false, data: { items: [] } }),
  useImportMutations: () => ({
    commit: {
      isPending: false,
      mutateAsync: ({
        settings,
        onProgress,
      }: {
        settings: ImportSettings;
        onProgress: (p: UploadProgress) => void;
      }) => following(commits, settings, onProgress),
    },
    undo: { mutateAsync: vi.fn() },
  }),
  useImportPresets: () => ({ data: { items: [] } }),
  useImportPresetMutations: () => ({ save: { mutateAsync: vi.fn() }, remove: { mutateAsync: vi.fn() } }),
  useCategories: () => ({ data: { items: [{ id: CAFE, name: 'Cafés' }] } }),
}));

const { ImportView } = await import('./ImportView');

const row = (line: number, status: 'new' | 'credit' = 'new') => ({
  line,
  date: '2026-06-05',
  amountMinor: 350,
  currency: 'USD',
  description: `Coffee ${line}`,
  merchant: null,
  status,
  include: status === 'new',
  match: null,
  suggestedCategoryId: null,
  suggestedBy: null,
  suggestedRuleId: null,
});
const PREVIEW = {
  format: 'csv',
  encoding: 'utf-8',
  mapping: null,
  ambiguities: [],
  rows: [row(2), row(3)],
  page: { offset: 0, total: 2 },
  errors: [],
  counts: { read: 2, new: 2, credits: 0, duplicates: 0, nearMatches: 0, errors: 0 },
} as unknown as ImportPreview;

const bar = () => screen.queryByRole('progressbar');

describe('ImportView progress', () => {
  it('shows the bytes going up, then what the API does with the rows, and goes when the answer comes', async () => {
    render(<ImportView />);
    const statement = new File(['x'.repeat(1000)], 'statement.csv');
    fireEvent.change(screen.getByLabelText(/^File/), { target: { files: [statement] } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));

    expect(bar()).toHaveProperty('value', 0);
    act(() => previews[0]?.onProgress({ loaded: 425, total: 1000 }));
    expect(screen.getByRole('progressbar', { name: 'Uploading statement.csv — 42 %' })).toHaveProperty(
      'value',
      425,
    );
    act(() => previews[0]?.onProgress({ loaded: 1000, total: 1000 }));
    // Indeterminate: no value while the API reads the file, which tells nothing of its progress.
    expect(screen.getByRole('progressbar', { name: 'Checking the rows…' }).hasAttribute('value')).toBe(false);
    expect(screen.getByText('Checking the rows…').getAttribute('aria-live')).toBe('polite');
    await act(async () => previews[0]?.answer(PREVIEW));
    expect(bar()).toBeNull();

    // Read again (another date order or column): the rows are known now.
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    act(() => previews[1]?.onProgress({ loaded: 1000, total: 1000 }));
    expect(bar()?.getAttribute('aria-labelledby')).toBe(screen.getByText('Checking 2 rows…').id);
    await act(async () => previews[1]?.answer(PREVIEW));

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 expenses' }));
    act(() => commits[0]?.onProgress({ loaded: 1000, total: 1000 }));
    expect(screen.getByRole('progressbar', { name: 'Importing 2 rows…' }).hasAttribute('value')).toBe(false);
    await act(async () => commits[0]?.answer({ stored: 2, skipped: 0 } as unknown as ImportCommitResult));
    expect(bar()).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Imported 2 expenses');
  });
});

describe('ImportView with a file longer than a page', () => {
  it('says the unlisted rows are imported as their status says, and counts them in what it imports', async () => {
    render(<ImportView />);
    fireEvent.change(screen.getByLabelText(/^File/), { target: { files: [new File(['x'], 'year.csv')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const long = {
      ...PREVIEW,
      page: { offset: 0, total: 50_000 },
      counts: { ...PREVIEW.counts, read: 50_000, new: 49_990, duplicates: 10 },
    };
    await act(async () => previews.at(-1)?.answer(long));
    expect(screen.getByText(/The 49,998 rows on pages you have not opened are imported/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Import line 3'));
    expect(screen.getByRole('button', { name: 'Import 49,989 expenses' })).toBeTruthy();
  });
});

describe('ImportView paging', () => {
  it('pages through every row and keeps the choices made on each page for the commit', async () => {
    render(<ImportView />);
    fireEvent.change(screen.getByLabelText(/^File/), { target: { files: [new File(['x'], 'year.csv')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const counts = { ...PREVIEW.counts, read: 2_002, new: 2_001, credits: 1 };
    const page = (offset: number, rows: ReturnType<typeof row>[]) =>
      ({ ...PREVIEW, rows, counts, page: { offset, total: 2_002 } }) as unknown as ImportPreview;
    await act(async () => previews.at(-1)?.answer(page(0, [row(2), row(3)])));
    expect(screen.getByText('Rows 1–2 of 2,002')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveProperty('disabled', true);

    // Page 1: line 3 left out.
    fireEvent.click(screen.getByLabelText('Import line 3'));
    expect(screen.getByRole('button', { name: 'Import 2,000 expenses' })).toBeTruthy();

    // Page 2 (the API's offset): a credit ticked as a refund, a row's category changed.
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(previews.at(-1)?.settings.offset).toBe(1_000);
    await act(async () => previews.at(-1)?.answer(page(1_000, [row(1_002), row(1_003, 'credit')])));
    expect(screen.getByText('Rows 1,001–1,002 of 2,002')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Import line 1003'));
    fireEvent.change(screen.getByLabelText('Category of line 1002'), { target: { value: CAFE } });
    expect(screen.getByRole('button', { name: 'Import 2,001 expenses' })).toBeTruthy();

    // Back to page 1: line 3 is still left out.
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(previews.at(-1)?.settings.offset).toBe(0);
    await act(async () => previews.at(-1)?.answer(page(0, [row(2), row(3)])));
    expect(screen.getByLabelText('Import line 3')).toHaveProperty('checked', false);
    expect(screen.getByLabelText('Import line 2')).toHaveProperty('checked', true);

    // The commit carries the choices of both pages.
    fireEvent.click(screen.getByRole('button', { name: 'Import 2,001 expenses' }));
    expect(commits.at(-1)?.settings).toMatchObject({
      include: '1003',
      exclude: '3',
      categories: `1002:${CAFE}`,
    });
  });
});

describe('ImportView in German', () => {
  it('speaks German from the page heading to the preview and its pages', async () => {
    render(<ImportView />, { locale: 'de' });
    expect(screen.getByRole('heading', { level: 1, name: 'Importieren' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Datei/), { target: { files: [new File(['x'], 'jahr.csv')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Vorschau' }));
    act(() => previews.at(-1)?.onProgress({ loaded: 1, total: 1 }));
    expect(screen.getByRole('progressbar', { name: 'Die Zeilen werden geprüft …' })).toBeTruthy();
    const long = {
      ...PREVIEW,
      page: { offset: 0, total: 2_002 },
      counts: { ...PREVIEW.counts, read: 2_002, new: 2_002 },
    } as unknown as ImportPreview;
    await act(async () => previews.at(-1)?.answer(long));
    expect(screen.getByText('Zeilen 1–2 von 2.002')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nächste Seite' })).toBeTruthy();
    expect(screen.getByLabelText('Zeile 3 importieren')).toBeTruthy();
    expect(screen.getByRole('button', { name: '2.002 Ausgaben importieren' })).toBeTruthy();
  });
});
