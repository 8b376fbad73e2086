'use client';
import type { CsvColumn } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import {
  type ChosenColumns,
  COLUMN_FIELDS,
  type CsvMappingRead,
  presetMappingOf,
  withColumn,
} from '@/features/imports/import-mapping';
import styles from './ImportView.module.css';

interface CsvColumnsProps {
  read: CsvMappingRead;
  /** The columns the preview asks for (its ambiguities: only ever the date and the amount), named first. */
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
  const t = useTranslations('import.columns');
  const id = useId();
  const [name, setName] = useState(read.savedPreset?.name ?? '');
  const [saved, setSaved] = useState('');
  const source = read.savedPreset
    ? t('readWithPreset', { name: read.savedPreset.name })
    : read.preset
      ? t('readAsExport', { app: read.preset })
      : t('readFromNames');
  const fieldName = (column: CsvColumn) => t(`field.${column}`);
  const ready = asked.length === 0;
  return (
    <fieldset className="stack">
      <legend>{t('legend')}</legend>
      <p className="muted">
        {asked.length > 1
          ? t('askDateAndAmount')
          : asked[0] === 'date'
            ? t('askDate')
            : asked[0] === 'amount'
              ? t('askAmount')
              : source}
      </p>
      <div className={styles.columns}>
        {COLUMN_FIELDS.map(({ column }) => {
          const index = (read.columns as ChosenColumns)[column] ?? null;
          return (
            <label key={column} className={styles.columnField}>
              {fieldName(column)}
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
                <option value="">{column === 'date' || column === 'amount' ? t('choose') : t('none')}</option>
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
      {ready && !read.hasHeader && <p className="muted">{t('noHeader')}</p>}
      {ready && read.hasHeader && (
        <form
          className="row"
          onSubmit={async (event) => {
            event.preventDefault();
            setSaved('');
            await onSave(name.trim(), presetMappingOf(read));
            setSaved(t('saved', { name: name.trim() }));
          }}
        >
          <label htmlFor={`${id}-preset`}>{t('saveAs')}</label>
          <input
            id={`${id}-preset`}
            value={name}
            maxLength={60}
            placeholder={t('placeholder')}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="btn btn-small" disabled={busy || name.trim() === ''}>
            {t('save')}
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
