import config from '@spendwise/eslint-config/node';

export default [
  ...config,
  {
    // End-to-end suites read arbitrary JSON from the API and check it with assertions, not types.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
