import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EnvSchema } from './env.schema';
import { loadConfig } from './load-config';

const example = Object.fromEntries(
  readFileSync(path.join(__dirname, '../../.env.example'), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

describe('.env.example', () => {
  it('lists every variable the API reads, and nothing else', () => {
    const read = Object.keys(EnvSchema.shape).sort();
    expect(Object.keys(example).sort()).toEqual(read);
  });

  it('is a configuration the API accepts', () => {
    expect(() => loadConfig(example)).not.toThrow();
  });
});
