import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// API end-to-end suites: the built API (dist/) as a real process, against a real PostgreSQL and real tokens from
// the local Cognito emulator. global-setup starts them once for all suites; files run one at a time (2 cores, one
// database, one API process).
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  oxc: false,
  test: {
    include: ['test/**/*.e2e-spec.ts'],
    globalSetup: ['test/global-setup.ts'],
    // The local stack and the emulator are plain ES modules run as Node runs them (they use import.meta.resolve,
    // which Vite's module runner does not offer), not transformed.
    server: { deps: { external: [/\/packages\/(local-stack|cognito-emulator|devkit)\//] } },
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
