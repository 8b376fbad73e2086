/**
 * Import for its effect, as the FIRST import of every module that builds zod schemas for the browser or imports
 * the contracts' schemas: `import '@/lib/zod-without-eval';` (src/lib/zod-without-eval.test.ts enforces it).
 *
 * zod 4 probes whether `new Function` works (to compile fast object parsers) when it builds an object schema.
 * Under the app's Content-Security-Policy (no 'unsafe-eval') the probe is refused, and although zod catches the
 * error, the browser still reports a CSP violation on every page with a form. `jitless` skips the probe and the
 * compiled parsers; the app's forms are far too small for the difference to show. It has to be set before the
 * first schema is built — hence first import, ahead of `@spendwise/contracts`, whose schemas are built on import.
 *
 * (Not a wrapper that re-exports `z`: re-exporting the namespace stops the bundler from tree-shaking zod, which
 * added about 59 KB gzip to every form page.)
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
