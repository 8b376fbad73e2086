import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // React 19's automatic JSX runtime, as Next.js compiles it.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    // Typing into jsdom forms is CPU-bound; a busy 2-core CI machine needs more than the 5 s default.
    testTimeout: 30_000,
  },
});
