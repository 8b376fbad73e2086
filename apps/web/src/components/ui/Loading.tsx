import styles from './Loading.module.css';

/**
 * A placeholder of roughly the final size. With a label it is announced to screen readers once; without one it
 * is decoration next to a labelled placeholder.
 */
export function Loading({ label, height = '8rem' }: { label?: string; height?: string }) {
  if (!label) return <div className={styles.skeleton} style={{ minHeight: height }} aria-hidden="true" />;
  return (
    <div className={styles.skeleton} style={{ minHeight: height }} role="status">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
