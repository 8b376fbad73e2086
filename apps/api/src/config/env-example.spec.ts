import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EnvSchema } from './env.schema';
import { loadConfig } from './load-config';

const lines = readFileSync(path.join(__dirname, '../../.env.example'), 'utf8').split('\n');
const entry = (line: string) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)];
/** Active settings (`NAME=value`). */
const example = Object.fromEntries(lines.filter((line) => /^[A-Z_]+=/.test(line)).map(entry));
/** Documented alternatives, commented out (`# NAME=value`). */
const alternatives = Object.fromEntries(
  lines.filter((line) => /^# [A-Z_]+=/.test(line)).map((line) => entry(line.slice(2))),
);

describe('.env.example', () => {
  it('lists every variable the API reads, and nothing else', () => {
    const read = Object.keys(EnvSchema.shape).sort();
    expect([...Object.keys(example), ...Object.keys(alternatives)].sort()).toEqual(read);
  });

  it('is a configuration the API accepts', () => {
    expect(() => loadConfig(example)).not.toThrow();
  });
});
