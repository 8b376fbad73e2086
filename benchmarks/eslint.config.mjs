import config from '@spendwise/eslint-config/node';

export default [
  ...config,
  {
    // The bare reference is a child process the benchmark starts with its own environment, never a turbo task.
    files: ['src/bare-server.js'],
    rules: { 'turbo/no-undeclared-env-vars': 'off' },
  },
];
