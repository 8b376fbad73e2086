/**
 * `.env` at the repository root, for `npm run dev`: a developer's own settings (ports, LOG_LEVEL, SEED_DEMO …)
 * without exporting them in every shell. Read here, inside the stack, because Turborepo's strict environment mode
 * hands a task only the variables turbo.json names. A variable already set in the environment wins over the file,
 * so `LOG_LEVEL=debug npm run dev` still works with a `.env` that says info.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

export const REPO_DOTENV = new URL('../../../.env', import.meta.url);

/** Sets every variable of `file` that `env` does not have yet; returns the names it set. */
export function loadDotEnv(file = REPO_DOTENV, env = process.env) {
  if (!existsSync(file)) return [];
  const values = parseEnv(readFileSync(file, 'utf8'));
  const added = Object.keys(values).filter((name) => env[name] === undefined);
  for (const name of added) env[name] = values[name];
  return added;
}
