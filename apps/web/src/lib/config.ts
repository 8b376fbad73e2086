/**
 * The web app's configuration at run time, on the server and in the browser. next.config.ts validated it with
 * the schema in ./env.ts at build time and inlined the result as SPENDWISE_WEB_CONFIG.
 */
import type { PublicEnv } from './env';

function inlinedConfig(): PublicEnv {
  const inlined = process.env.SPENDWISE_WEB_CONFIG;
  if (!inlined) throw new Error('SPENDWISE_WEB_CONFIG is not set: the app must be built with next.config.ts');
  return JSON.parse(inlined) as PublicEnv;
}

export const config: PublicEnv = inlinedConfig();
