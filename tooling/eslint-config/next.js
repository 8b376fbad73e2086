// The Next.js web app: Next's own rules (React, hooks, a11y, Core Web Vitals) on top of the base.
import nextVitals from 'eslint-config-next/core-web-vitals';
import globals from 'globals';
import base from './base.js';

export default [
  ...base,
  ...nextVitals,
  { languageOptions: { globals: { ...globals.browser } } },
  // Next.js sets NEXT_RUNTIME itself inside each of its processes (nodejs or edge); no environment carries it in.
  { rules: { 'turbo/no-undeclared-env-vars': ['error', { allowList: ['^NEXT_RUNTIME$'] }] } },
  {
    // React ignores what an event handler returns, so `onClick={async () => …}` is not a lost promise there; catching
    // its failures is the handler's job. Everywhere else (callbacks, timers, conditions) a misused promise is an error.
    files: ['**/*.tsx'],
    rules: {
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
];
