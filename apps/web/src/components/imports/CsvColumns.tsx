'use client';
import type { CsvColumn } from '@spendwise/contracts';
import { useId, useState } from 'react';
import {
  type ChosenColumns,
  COLUMN_FIELDS,
  type CsvMappingRead,
  presetMappingOf,
  withColumn,
} from '@/lib/import-mapping';
import styles from './ImportView.module.css';

interface CsvColumnsProps {
  read: CsvMappingRead;
  /** The columns the preview asks for (its ambiguities), named first. */
  asked: CsvColumn[];
  busy: boolean;
  onChoose: (columns: ChosenColumns) => void;
  onSave: (name: string, mapping: ReturnType<typeof presetMappingOf>) => Promise<void>;
}

/**
 * Which column holds what, as read (detected, an app's export, or a saved preset), each changeable; and "save
 * these settings for this bank", so its next export reads without a question.
 */
export function CsvColumns({ read, asked, busy, onChoose, onSave }: CsvColumnsProps) {
  const id = useId();
  const [name, setName] = useState(read.savedPreset?.name ?? '');
  const [saved, setSaved] = useState('');
  const source = read.savedPreset
    ? `Read with your preset “${read.savedPreset.name}”.`
    : read.preset
      ? `Read as a ${read.preset} export.`
      : 'Read from the column names.';
  const ready = asked.length === 0;
  return (
    <fieldset className="stack">
      <legend>Columns</legend>
      <p className="muted">
        {asked.length > 0
          ? `Choose the ${asked.join(' and ')} column${asked.length > 1 ? 's' : ''}: the file does not name ${asked.length > 1 ? 'them' : 'it'}.`
          : source}
      </p>
      <div className={styles.columns}>
        {COLUMN_FIELDS.map(({ column, label }) => {
          const index = (read.columns as ChosenColumns)[column] ?? null;
          return (
            <label key={column} className={styles.columnField}>
              {label}
              <select
                value={index === null ? '' : String(index)}
                disabled={busy}
                aria-invalid={asked.includes(column)}
                onChange={(event) =>
                  onChoose(
                    withColumn(read, column, event.target.value === '' ? null : Number(event.target.value)),
                  )
                }
              >
                <option value="">{column === 'date' || column === 'amount' ? 'Choose…' : '— none —'}</option>
                {read.columnLabels.map((columnLabel, position) => (
                  <option key={position} value={position}>
                    {columnLabel}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      {ready && !read.hasHeader && (
        <p className="muted">
          Without a header row a file cannot be recognised by its columns, so these settings cannot be kept
          for it.
        </p>
      )}
      {ready && read.hasHeader && (
        <form
          className="row"
          onSubmit={async (event) => {
            event.preventDefault();
            setSaved('');
            await onSave(name.trim(), presetMappingOf(read));
            setSaved(`Saved as “${name.trim()}”: files with these columns will be read this way.`);
          }}
        >
          <label htmlFor={`${id}-preset`}>Save for this bank as</label>
          <input
            id={`${id}-preset`}
            value={name}
            maxLength={60}
            placeholder="e.g. Revolut"
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="btn btn-small" disabled={busy || name.trim() === ''}>
            Save preset
          </button>
          {saved && (
            <span role="status" className="muted">
              {saved}
            </span>
          )}
        </form>
      )}
    </fieldset>
  );
}
