import { type AppConfig, toAppConfig } from './app-config';
import { EnvSchema } from './env.schema';

/** Thrown at boot when the environment is unusable; the message names every offending variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Validates the environment once, at boot. Values never appear in the error (DATABASE_URL holds a password);
 * names and reasons do, e.g. `Invalid configuration: DATABASE_URL is required`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`FOO=` in an env file) means "not set", so defaults apply to it.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration: ${[...new Set(problems)].join('; ')}`);
  }
  return toAppConfig(result.data);
}
