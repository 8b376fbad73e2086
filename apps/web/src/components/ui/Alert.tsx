import type { ReactNode } from 'react';
import styles from './Alert.module.css';

type Tone = 'error' | 'warning' | 'success' | 'info';

/**
 * A message box. Errors use role="alert" (read out at once); the rest use role="status" (read out politely).
 */
export function Alert({ tone, title, children }: { tone: Tone; title?: string; children?: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`${styles.alert} ${styles[tone]}`}>
      {title && <p className={styles.title}>{title}</p>}
      {children && <div>{children}</div>}
    </div>
  );
}
