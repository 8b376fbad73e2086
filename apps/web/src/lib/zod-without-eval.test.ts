import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describer, translator } from '@/test/translate';

const SRC = path.resolve(__dirname, '..');
// env.ts runs at build time only (next.config.ts); zod-without-eval.ts is the switch itself.
const EXEMPT = new Set(['lib/env.ts', 'lib/zod-without-eval.ts']);
const SWITCH = "import '@/lib/zod-without-eval';";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Modules that build schemas at run time: they import zod, or values (not only types) from the contracts. */
function buildsSchemas(source: string): boolean {
  return (
    /^import (?!type )[^;]*from 'zod(\/[^']*)?';/m.test(source) ||
    /^import (?!type )[^;]*from '@spendwise\/contracts';/m.test(source)
  );
}

describe('zod without eval (the CSP refuses it)', () => {
  it('is switched to jitless first by every module that builds schemas for the browser', () => {
    const modules = sourceFiles(SRC)
      .map((file) => ({ file: path.relative(SRC, file), source: readFileSync(file, 'utf8') }))
      .filter(({ file, source }) => !EXEMPT.has(file) && buildsSchemas(source));
    expect(modules.length).toBeGreaterThanOrEqual(6);
    const late = modules
      .filter(({ source }) => source.match(/^import .*$/m)?.[0] !== SWITCH)
      .map(({ file }) => file);
    expect(late, 'modules whose first import is not the jitless switch').toEqual([]);
  });

  it('builds and parses the contracts and form schemas without ever calling Function', async () => {
    const original = globalThis.Function;
    const compiled: unknown[] = [];
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        compiled.push(args);
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args) {
        compiled.push(args);
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    try {
      // Imported here, under the spy: the contracts build their schemas on import.
      const { expenseFormSchema } = await import('@/features/expenses/expense-form');
      const { CreateCategoryInput } = await import('@spendwise/contracts');
      const { z } = await import('zod');
      expenseFormSchema('USD', 'en-US', translator('expenseForm'), describer()).safeParse({
        amount: '1',
        description: 'x',
      });
      CreateCategoryInput.safeParse({ name: 'x', color: '#000000' });
      z.object({ name: z.string() }).parse({ name: 'x' });
      expect(z.config().jitless).toBe(true);
    } finally {
      globalThis.Function = original;
    }
    expect(compiled).toEqual([]);
  });
});
