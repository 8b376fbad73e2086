import { passwordPolicyChecks } from '@spendwise/contracts/defaults';
import styles from './PasswordPolicy.module.css';

/** The user pool's password rules, each ticked off as the person types. */
export function PasswordPolicy({ password, id }: { password: string; id?: string }) {
  return (
    <ul id={id} className={styles.rules} aria-label="Password requirements">
      {passwordPolicyChecks(password).map(({ rule, met }) => (
        <li key={rule} className={met ? styles.met : styles.unmet}>
          <span aria-hidden="true">{met ? '✓' : '○'}</span> {rule}
          <span className="visually-hidden">{met ? ' (done)' : ' (not yet)'}</span>
        </li>
      ))}
    </ul>
  );
}
