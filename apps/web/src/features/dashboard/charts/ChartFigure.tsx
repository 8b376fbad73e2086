import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import styles from './ChartFigure.module.css';

export interface ChartRow {
  label: string;
  value: string;
}

/**
 * A chart with its text alternative: a summary for screen readers and a table anyone can open, so no one
 * depends on reading the picture.
 */
export function ChartFigure({
  title,
  summary,
  rows,
  columns,
  height,
  children,
}: {
  title: string;
  summary: string;
  rows: ChartRow[];
  columns: [string, string];
  height: number;
  children: ReactNode;
}) {
  const t = useTranslations('charts');
  return (
    <figure className={styles.figure}>
      <figcaption className="visually-hidden">{title}</figcaption>
      <div role="img" aria-label={summary} style={{ height }}>
        {children}
      </div>
      <details className={styles.details}>
        <summary>{t('showTable')}</summary>
        <table className={styles.table}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="tabular">{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
