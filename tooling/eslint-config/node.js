// Node services and tooling (API, local stack, database package).
import globals from 'globals';
import base from './base.js';

export default [
  ...base,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Nest resolves providers by their runtime class, so type-only imports would break injection.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
];
