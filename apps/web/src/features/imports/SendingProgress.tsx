import { useTranslations } from 'next-intl';
import { useId } from 'react';
import styles from './ImportView.module.css';

/** A file on its way to the API: its bytes going up, then the rows the API is working through. */
export interface Sending {
  filename: string;
  /** What the API does once it has the file. */
  step: 'Checking' | 'Importing';
  /** Rows of the file, when a preview has told them. */
  rows: number | undefined;
  loaded: number;
  total: number;
}

/**
 * A native progress bar: how much of the file is up, then indeterminate (no value) while the API reads or stores
 * the rows, for which no progress comes back. One line whatever the text, so nothing moves as it changes.
 */
export function SendingProgress({ sending }: { sending: Sending }) {
  const t = useTranslations('import.progress');
  const labelId = useId();
  const { filename, step, rows, loaded, total } = sending;
  const uploading = loaded < total;
  const percent = total > 0 ? Math.floor((loaded * 100) / total) : 0;
  return (
    <div className={styles.progress}>
      <p id={labelId} className={styles.progressLabel} aria-live="polite">
        {uploading
          ? t('uploading', { filename, percent })
          : step === 'Checking'
            ? rows === undefined
              ? t('checking')
              : t('checkingRows', { rows })
            : rows === undefined
              ? t('importing')
              : t('importingRows', { rows })}
      </p>
      {uploading ? (
        <progress aria-labelledby={labelId} value={loaded} max={total} />
      ) : (
        <progress aria-labelledby={labelId} />
      )}
    </div>
  );
}
