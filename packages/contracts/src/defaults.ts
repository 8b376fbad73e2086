/** Categories every new user starts with. Colours are distinguishable in light and dark themes. */
export const DEFAULT_CATEGORIES: ReadonlyArray<{ name: string; color: string }> = [
  { name: 'Groceries', color: '#16a34a' },
  { name: 'Dining out', color: '#ea580c' },
  { name: 'Transport', color: '#2563eb' },
  { name: 'Housing', color: '#7c3aed' },
  { name: 'Utilities', color: '#0891b2' },
  { name: 'Health', color: '#dc2626' },
  { name: 'Entertainment', color: '#db2777' },
  { name: 'Shopping', color: '#ca8a04' },
  { name: 'Travel', color: '#0d9488' },
  { name: 'Other', color: '#64748b' },
];

export const DEFAULT_CURRENCY = 'USD';
export const DEFAULT_TIME_ZONE = 'UTC';

/**
 * The Cognito user pool's password policy, shown to people as they type. Terraform's cognito module and the
 * local emulator's seed use the same numbers.
 */
export const PASSWORD_POLICY = {
  minimumLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: false,
} as const;

/** Each rule of the policy, by name (the web words it in the person's language), and whether `password` meets it. */
export type PasswordRule = 'length' | 'lowercase' | 'uppercase' | 'number';

export function passwordPolicyChecks(password: string): Array<{ rule: PasswordRule; met: boolean }> {
  return [
    { rule: 'length', met: password.length >= PASSWORD_POLICY.minimumLength },
    { rule: 'lowercase', met: /[a-z]/.test(password) },
    { rule: 'uppercase', met: /[A-Z]/.test(password) },
    { rule: 'number', met: /\d/.test(password) },
  ];
}
