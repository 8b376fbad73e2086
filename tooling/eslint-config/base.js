// Rules every SpendWise package shares. Formatting is Prettier's job, so its conflicting rules are off.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import turbo from 'eslint-plugin-turbo';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/.next/**',
      '**/coverage/**',
      '**/generated/**',
      // Written by a tool and checked in (e.g. the API's route types in @spendwise/contracts): regenerated, not edited.
      '**/*.generated.ts',
      '**/.turbo/**',
      '**/.local/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Turborepo's strict env mode hands a task only the variables turbo.json names: reading any other one works on
  // the machine that has it set and silently reads undefined under `turbo run` (and poisons the cache key).
  turbo.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // Type-aware: a promise nobody awaits loses its error (an unhandled rejection, or a failure nobody sees), and a
    // promise where a callback's void is expected (an async event handler) does the same.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  prettier,
);
