import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One PostgreSQL server for every suite; each test file works in databases of its own.
    globalSetup: ['test/support/global-setup.ts'],
    // Every suite runs the Prisma CLI or real queries against that server; generous but bounded.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
