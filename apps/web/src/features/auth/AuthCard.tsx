import type { ReactNode } from 'react';
import styles from './AuthCard.module.css';

/** The frame of every sign-in page: the page title, an optional lead, the form, and links below it. */
export function AuthCard({
  title,
  lead,
  children,
  footer,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <section className={`card ${styles.card}`} aria-labelledby="auth-title">
      <h1 id="auth-title">{title}</h1>
      {lead && <div className={styles.lead}>{lead}</div>}
      {children}
      {footer && <div className={styles.footer}>{footer}</div>}
    </section>
  );
}
