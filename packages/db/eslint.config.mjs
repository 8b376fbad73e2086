import config from '@spendwise/eslint-config/node';

export default [
  ...config,
  {
    // Operator commands (`npm run rates:import -w @spendwise/db`, the migrate task in ECS) run outside Turborepo
    // and read DATABASE_URL from the shell or the task definition.
    files: ['src/rates/cli.ts'],
    rules: { 'turbo/no-undeclared-env-vars': 'off' },
  },
];
