'use client';
import type { CsvColumn, ImportPreview, ImportPreviewRow, ImportSummary } from '@spendwise/contracts';
import {
  IMPORT_PREVIEW_PAGE,
  MAX_CATEGORY_CHOICES,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
} from '@spendwise/contracts/limits';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorState } from '@/components/ui/ErrorState';
import { Loading } from '@/components/ui/Loading';
import type { UploadProgress } from '@/lib/api/client';
import { api, type ImportSettings } from '@/lib/api/resources';
import {
  useCategories,
  useImportMutations,
  useImportPresetMutations,
  useImportPresets,
  useImports,
} from '@/lib/api/queries';
import { categoryChoices, type ChosenCategories } from '@/features/imports/import-categories';
import type { ChosenColumns } from '@/features/imports/import-mapping';
import { useLocale } from '@/lib/locale';
import { formatAmount } from '@/lib/money';
import { CsvColumns } from './CsvColumns';
import { SendingProgress, type Sending } from './SendingProgress';
import styles from './ImportView.module.css';

/**
 * The longest the person's decisions (include, exclude, categories) may be in the commit's query string: what the
 * API's 250 category choices take (line, colon, id, comma each), so that with the rest of the request line and the
 * headers the request stays within the 16 KB Node reads of them, whichever pages the changes are on.
 */
const MAX_DECISIONS_LENGTH = MAX_CATEGORY_CHOICES * '1234567:00000000-0000-0000-0000-000000000000,'.length;

/** Rows by line, for every page of the preview the person has opened. */
type SeenRows = Record<number, ImportPreviewRow>;
const byLine = (rows: readonly ImportPreviewRow[]): SeenRows =>
  Object.fromEntries(rows.map((row) => [row.line, row]));

/**
 * Upload a bank file → confirm what the data could not decide (the date order, a column the header does not name;
 * each column changeable, and savable as a preset for the bank) → every row as it will be stored, each decision
 * changeable → import → the list of imports, each with undo.
 */
export function ImportView() {
  const t = useTranslations('import');
  const locale = useLocale();
  const imports = useImports();
  const { commit, undo } = useImportMutations();
  const presets = useImportPresets();
  const presetMutations = useImportPresetMutations();
  const categories = useCategories();
  const [file, setFile] = useState<File | null>(null);
  const [dateOrder, setDateOrder] = useState<'DMY' | 'MDY' | undefined>(undefined);
  const [columns, setColumns] = useState<ChosenColumns | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // The person's decisions are kept per line across pages: `seen` holds each opened page's rows, so that what
  // they would store and what the commit sends cover every page, not only the one on screen.
  const [seen, setSeen] = useState<SeenRows>({});
  const [include, setInclude] = useState<Record<number, boolean>>({});
  const [chosenCategories, setChosenCategories] = useState<ChosenCategories>({});
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [undoing, setUndoing] = useState<ImportSummary | null>(null);
  const [sending, setSending] = useState<Sending | null>(null);

  /** Shows the file going up from 0 %; the returned callback moves the bar. */
  const startSending = (chosen: File, step: Sending['step'], rows: number | undefined) => {
    setSending({ filename: chosen.name, step, rows, loaded: 0, total: chosen.size });
    return ({ loaded, total }: UploadProgress) =>
      setSending((current) => current && { ...current, loaded, total });
  };

  /**
   * Reads the file: afresh (its decisions forgotten), or, with `offset`, another page of the same reading (the
   * API reads the file again and lists that page; the decisions made on other pages stay).
   */
  const read = async (
    chosen: File,
    order: 'DMY' | 'MDY' | undefined,
    chosenColumns = columns,
    offset?: number,
  ) => {
    const paging = offset !== undefined;
    setBusy(true);
    setError('');
    setStatus('');
    try {
      const onProgress = startSending(chosen, 'Checking', preview?.counts.read);
      const result = await api.previewImport(
        chosen,
        { dateOrder: order, columns: chosenColumns, offset },
        onProgress,
      );
      setPreview(result);
      const defaults = Object.fromEntries(result.rows.map((row) => [row.line, row.include]));
      if (paging) {
        setSeen((current) => ({ ...current, ...byLine(result.rows) }));
        setInclude((current) => ({ ...defaults, ...current }));
      } else {
        setSeen(byLine(result.rows));
        setInclude(defaults);
        setChosenCategories({});
      }
    } catch (caught) {
      // A page that fails to load leaves the page shown, and every decision, as they were.
      if (!paging) setPreview(null);
      setError(messageOf(caught, t('somethingWrong')));
    } finally {
      setBusy(false);
      setSending(null);
    }
  };

  const seenRows = Object.values(seen);
  const decisions = (): ImportSettings => {
    const rows = seenRows;
    const changed = (want: boolean) =>
      rows
        .filter((row) => row.include !== want && include[row.line] === want)
        .map((row) => row.line)
        .join(',') || undefined;
    return {
      dateOrder,
      columns,
      include: changed(true),
      exclude: changed(false),
      categories: choices.join(',') || undefined,
    };
  };
  const choices = categoryChoices(seenRows, chosenCategories, include);
  const { include: included = '', exclude: excluded = '', categories: chosenText = '' } = decisions();
  const tooManyChoices = choices.length > MAX_CATEGORY_CHOICES;
  const tooManyChanges =
    !tooManyChoices && included.length + excluded.length + chosenText.length > MAX_DECISIONS_LENGTH;
  // Rows on pages not opened are stored as their status says: the new ones.
  const chosenCount = preview
    ? seenRows.filter((row) => include[row.line]).length +
      preview.counts.new -
      seenRows.filter((row) => row.status === 'new').length
    : 0;
  const pageStart = preview?.page.offset ?? 0;
  const unlisted = preview ? preview.page.total - seenRows.length : 0;
  const goTo = (offset: number) => {
    if (file) void read(file, dateOrder, columns, offset);
  };
  const askedColumns = (preview?.ambiguities ?? []).flatMap((a): CsvColumn[] =>
    a.field === 'dateColumn' ? ['date'] : a.field === 'amountColumn' ? ['amount'] : [],
  );

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t.rich('lead', { rules: (chunks) => <Link href="/rules">{chunks}</Link> })}</p>
      {status && <Alert tone="success">{status}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      <div className="stack">
        <section className="card" aria-labelledby="import-file">
          <h2 id="import-file">{t('bankFile')}</h2>
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              if (file) void read(file, dateOrder);
            }}
          >
            <label htmlFor="import-file-input">
              {t('file', { mib: MAX_IMPORT_BYTES / 1024 / 1024, rows: MAX_IMPORT_ROWS })}
            </label>
            <input
              id="import-file-input"
              type="file"
              accept=".csv,.tsv,.txt,.ofx,.qfx,.qif,.xml"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setPreview(null);
                setDateOrder(undefined);
                setColumns(undefined);
              }}
            />
            {preview?.ambiguities.some((a) => a.field === 'dateOrder') || dateOrder ? (
              <fieldset>
                <legend>{t('dateQuestion')}</legend>
                {preview?.ambiguities
                  .filter((a) => a.field === 'dateOrder')
                  .map((a) => (
                    <p key={a.field} className="muted">
                      {a.reason}
                    </p>
                  ))}
                <label>
                  <input
                    type="radio"
                    name="dateOrder"
                    checked={dateOrder === 'DMY'}
                    onChange={() => setDateOrder('DMY')}
                  />{' '}
                  {t('dayFirst')}
                </label>{' '}
                <label>
                  <input
                    type="radio"
                    name="dateOrder"
                    checked={dateOrder === 'MDY'}
                    onChange={() => setDateOrder('MDY')}
                  />{' '}
                  {t('monthFirst')}
                </label>
              </fieldset>
            ) : null}
            <div className="row">
              <button type="submit" className="btn btn-primary" disabled={!file || busy}>
                {busy ? t('reading') : t('preview')}
              </button>
            </div>
          </form>
          {sending?.step === 'Checking' && <SendingProgress sending={sending} />}
          {preview?.mapping && file && (
            <CsvColumns
              key={`${file.name}-${preview.mapping.savedPreset?.id ?? ''}`}
              read={preview.mapping}
              asked={askedColumns}
              busy={busy}
              onChoose={(chosen) => {
                setColumns(chosen);
                void read(file, dateOrder, chosen);
              }}
              onSave={async (name, mapping) => {
                await presetMutations.save.mutateAsync({ name, mapping });
              }}
            />
          )}
        </section>

        {preview && preview.ambiguities.length === 0 && (
          <section className="card" aria-labelledby="import-preview">
            <h2 id="import-preview">{t('previewTitle')}</h2>
            <p className="muted">
              {preview.mapping?.preset
                ? t('countsExport', {
                    ...preview.counts,
                    format: preview.format.toUpperCase(),
                    preset: preview.mapping.preset,
                  })
                : t('counts', { ...preview.counts, format: preview.format.toUpperCase() })}
            </p>
            {preview.errors.length > 0 && (
              <ul aria-label={t('unreadableRows')}>
                {preview.errors.map((e) => (
                  <li key={`${e.line}-${e.field}`}>
                    {t('unreadableRow', { line: e.line, field: e.field, reason: e.reason })}
                  </li>
                ))}
              </ul>
            )}
            <div className={styles.scroll}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t('columnImport')}</th>
                    <th scope="col">{t('columnLine')}</th>
                    <th scope="col">{t('columnDate')}</th>
                    <th scope="col">{t('columnDescription')}</th>
                    <th scope="col" className={styles.amount}>
                      {t('columnAmount')}
                    </th>
                    <th scope="col">{t('columnCategory')}</th>
                    <th scope="col">{t('columnStatus')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row) => (
                    <tr key={row.line}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('importLine', { line: row.line })}
                          checked={include[row.line] ?? false}
                          disabled={row.status === 'duplicate'}
                          onChange={(event) => setInclude({ ...include, [row.line]: event.target.checked })}
                        />
                      </td>
                      <td>{row.line}</td>
                      <td>{row.date}</td>
                      <td>
                        {row.description}
                        {row.merchant && row.merchant !== row.description ? ` · ${row.merchant}` : ''}
                      </td>
                      <td className={styles.amount}>
                        {formatAmount(-row.amountMinor, row.currency, locale)}
                      </td>
                      <td>
                        <select
                          aria-label={t('categoryOfLine', { line: row.line })}
                          value={
                            (row.line in chosenCategories
                              ? chosenCategories[row.line]
                              : row.suggestedCategoryId) ?? ''
                          }
                          onChange={(event) =>
                            setChosenCategories({
                              ...chosenCategories,
                              [row.line]: event.target.value || null,
                            })
                          }
                        >
                          <option value="">{t('uncategorised')}</option>
                          {categories.data?.items.map((category) => (
                            <option key={category.id} value={category.id}>
                              {category.name}
                            </option>
                          ))}
                        </select>
                        {row.suggestedBy === 'rule' && !(row.line in chosenCategories) && (
                          <span className="muted"> {t('byRule')}</span>
                        )}
                      </td>
                      <td>
                        {row.match
                          ? t('match', {
                              status: t(`status.${row.status}`),
                              description: row.match.description,
                              date: row.match.occurredOn,
                            })
                          : t(`status.${row.status}`)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {preview.page.total > preview.rows.length && (
              <nav className="row" aria-label={t('pages')}>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy || pageStart === 0}
                  onClick={() => goTo(Math.max(0, pageStart - IMPORT_PREVIEW_PAGE))}
                >
                  {t('previousPage')}
                </button>
                <span>
                  {t('pageRows', {
                    first: pageStart + 1,
                    last: pageStart + preview.rows.length,
                    total: preview.page.total,
                  })}
                </span>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy || pageStart + preview.rows.length >= preview.page.total}
                  onClick={() => goTo(pageStart + IMPORT_PREVIEW_PAGE)}
                >
                  {t('nextPage')}
                </button>
              </nav>
            )}
            {unlisted > 0 && <p className="muted">{t('unlisted', { count: unlisted })}</p>}
            {tooManyChoices && (
              <Alert tone="error">
                {t('tooManyChoices', { count: choices.length, max: MAX_CATEGORY_CHOICES })}
              </Alert>
            )}
            {tooManyChanges && <Alert tone="error">{t('tooManyChanges')}</Alert>}
            <div className="row">
              <button
                type="button"
                className="btn btn-primary"
                disabled={!file || commit.isPending || chosenCount === 0 || tooManyChoices || tooManyChanges}
                onClick={async () => {
                  if (!file) return;
                  setError('');
                  try {
                    const onProgress = startSending(file, 'Importing', chosenCount);
                    const result = await commit.mutateAsync({ file, settings: decisions(), onProgress });
                    setStatus(
                      t('imported', {
                        stored: result.stored,
                        skipped: result.skipped,
                        filename: file.name,
                      }),
                    );
                    setPreview(null);
                  } catch (caught) {
                    setError(messageOf(caught, t('somethingWrong')));
                  } finally {
                    setSending(null);
                  }
                }}
              >
                {commit.isPending ? t('importing') : t('importCount', { count: chosenCount })}
              </button>
            </div>
            {sending?.step === 'Importing' && <SendingProgress sending={sending} />}
          </section>
        )}

        {(presets.data?.items.length ?? 0) > 0 && (
          <section className="card" aria-labelledby="your-presets">
            <h2 id="your-presets">{t('yourPresets')}</h2>
            <ul className={styles.list}>
              {presets.data?.items.map((preset) => (
                <li key={preset.id} className={styles.item}>
                  <span>{preset.name}</span>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    onClick={() => void presetMutations.remove.mutateAsync(preset.id)}
                    aria-label={t('removePreset', { name: preset.name })}
                  >
                    {t('remove')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section className="card" aria-labelledby="your-imports">
          <h2 id="your-imports">{t('yourImports')}</h2>
          {imports.isPending ? (
            <Loading label={t('loadingImports')} />
          ) : imports.isError ? (
            <ErrorState
              what={t('whatImports')}
              error={imports.error}
              onRetry={() => void imports.refetch()}
            />
          ) : imports.data.items.length === 0 ? (
            <p className="muted">{t('noImports')}</p>
          ) : (
            <ul className={styles.list}>
              {imports.data.items.map((item) => (
                <li key={item.id} className={styles.item}>
                  <span>
                    {t('importItem', {
                      filename: item.filename,
                      when: new Date(item.createdAt).toLocaleString(locale),
                      present: item.rowsPresent,
                      stored: item.rowsStored,
                    })}
                  </span>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    onClick={() => setUndoing(item)}
                    aria-label={t('undoLabel', { filename: item.filename })}
                  >
                    {t('undo')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <ConfirmDialog
        open={undoing !== null}
        title={t('undoTitle')}
        confirmLabel={t('undoConfirm')}
        onClose={() => setUndoing(null)}
        onConfirm={async () => {
          if (!undoing) return;
          await undo.mutateAsync(undoing.id);
          setStatus(t('undone', { filename: undoing.filename }));
        }}
      >
        <p>
          {undoing?.rowsEdited
            ? t('undoBodyEdited', { present: undoing.rowsPresent, edited: undoing.rowsEdited })
            : t('undoBody', { present: undoing?.rowsPresent ?? 0 })}
        </p>
      </ConfirmDialog>
    </>
  );
}

function messageOf(error: unknown, fallback: string): string {
  if (error instanceof Error) {
    const details = (error as { details?: Array<{ field: string; message: string }> }).details ?? [];
    return [error.message, ...details.map((d) => `${d.field}: ${d.message}`)].join(' — ');
  }
  return fallback;
}
