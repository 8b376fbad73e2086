import next from '@spendwise/eslint-config/next';

const config = [
  ...next,
  { ignores: ['next-env.d.ts', 'e2e/artifacts/**', 'test-results/**', 'playwright-report/**'] },
  {
    // Next's config parses plain JS with Babel, which cannot give this TypeScript rule the type information it asks for.
    files: ['**/*.{js,mjs,cjs}'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Playwright fixtures hand over their value with a callback named `use`, which is not React's `use` hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
];

export default config;
