import next from '@spendwise/eslint-config/next';

/**
 * The web app's floors, top down: `app/` (route files) → `features/<name>/` (a feature's components, hooks, forms;
 * features may use each other) → the shared floor: `components/` (generic UI), `lib/` (the API client, Amplify's
 * configuration, shared form pieces, money, dates, the route table) and `i18n/`. The shared floor never imports a
 * feature or a route, and a feature never imports a route, so a feature can change without the floor under it
 * moving (ARCHITECTURE.md, "The web app"). Tests may reach across: a test of the shared floor can take a feature's
 * schema as its sample. `src/test/floors.test.ts` shows the rule failing on a deliberate back-up import.
 */
const UP_INTO = (folders) => ({
  regex: `^(@/|(\\.\\./)+)(${folders.join('|')})(/|$)`,
  message: `Imports run one way: app/ → features/ → components/, lib/, i18n/. Move the shared piece down a floor (see ARCHITECTURE.md, "The web app").`,
});
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

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
  {
    files: ['src/components/**', 'src/lib/**', 'src/i18n/**'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { patterns: [UP_INTO(['features', 'app'])] }] },
  },
  {
    files: ['src/features/**'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { patterns: [UP_INTO(['app'])] }] },
  },
];

export default config;
