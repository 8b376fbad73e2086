import config from '@spendwise/eslint-config/node';

export default [
  ...config,
  {
    // The raw-SQL floor is a child process the benchmark starts with its own environment, never a turbo task.
    files: ['src/bare-list-server.js'],
    rules: { 'turbo/no-undeclared-env-vars': 'off' },
  },
];
