import { PASSWORD_POLICY, passwordPolicyChecks } from '@spendwise/contracts/defaults';
import { useTranslations } from 'next-intl';
import styles from './PasswordPolicy.module.css';

/** The user pool's password rules, each ticked off as the person types. */
export function PasswordPolicy({ password, id }: { password: string; id?: string }) {
  const t = useTranslations('auth');
  return (
    <ul id={id} className={styles.rules} aria-label={t('passwordRequirements')}>
      {passwordPolicyChecks(password).map(({ rule, met }) => (
        <li key={rule} className={met ? styles.met : styles.unmet}>
          <span aria-hidden="true">{met ? '✓' : '○'}</span>{' '}
          {t(`rules.${rule}`, { count: PASSWORD_POLICY.minimumLength })}
          <span className="visually-hidden">{met ? t('ruleDone') : t('ruleNotYet')}</span>
        </li>
      ))}
    </ul>
  );
}
