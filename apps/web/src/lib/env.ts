/**
 * The rules for the web app's configuration: public (NEXT_PUBLIC_*) values, fixed at build time.
 * `next.config.ts` runs `parsePublicEnv` so a build with a missing or malformed value fails naming it, and hands
 * the validated result to the app as `src/lib/config.ts` (so no schema code ships to the browser).
 *
 * Two profiles, never mixed:
 * - AWS: any of the Cognito variables is set → region, pool id and client id are all required, sign-in uses SRP.
 * - Local stack: none of them is set → the fixed identities of the local Cognito emulator (what `npm run dev`
 *   and the test suites run against). A deploy that sets only some variables therefore fails instead of
 *   silently mixing AWS and emulator settings.
 */
import { z } from 'zod';

const AUTH_FLOWS = ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'] as const;
export type AuthFlow = (typeof AUTH_FLOWS)[number];

/** The local stack's fixed identities (seeded by @spendwise/cognito-emulator) and default ports. */
export const LOCAL_STACK_ENV = {
  NEXT_PUBLIC_API_URL: 'http://localhost:4000',
  NEXT_PUBLIC_AWS_REGION: 'us-east-1',
  NEXT_PUBLIC_COGNITO_USER_POOL_ID: 'us-east-1_LocalDev01',
  NEXT_PUBLIC_COGNITO_CLIENT_ID: 'spendwiselocalwebclient001',
  NEXT_PUBLIC_COGNITO_ENDPOINT: 'http://localhost:9229',
} as const;

const COGNITO_KEYS = [
  'NEXT_PUBLIC_AWS_REGION',
  'NEXT_PUBLIC_COGNITO_USER_POOL_ID',
  'NEXT_PUBLIC_COGNITO_CLIENT_ID',
  'NEXT_PUBLIC_COGNITO_ENDPOINT',
] as const;

const isBlank = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '');

// An empty value (e.g. `NEXT_PUBLIC_X=` or an unset build argument) counts as missing, not as a value.
const present = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (isBlank(value) ? undefined : value), schema);

const requiredText = (what: string) =>
  z.string({
    error: (issue) => (issue.input === undefined ? `is missing (${what})` : `must be text (${what})`),
  });

const HTTP_URL = /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/;
const LOOPBACK_URL = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/;

const PublicEnvSchema = z
  .object({
    NEXT_PUBLIC_API_URL: present(
      requiredText('the SpendWise API base URL')
        .regex(HTTP_URL, { message: 'must be an http(s) URL without query, e.g. https://api.example.com' })
        .transform((url) => url.replace(/\/+$/, '')),
    ),
    NEXT_PUBLIC_AWS_REGION: present(
      requiredText('AWS region').regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, {
        message: 'must be an AWS region such as us-east-1',
      }),
    ),
    NEXT_PUBLIC_COGNITO_USER_POOL_ID: present(
      requiredText('Cognito user pool id').regex(/^[a-z]{2}(-[a-z]+)+-\d+_[0-9A-Za-z]+$/, {
        message: 'must be a Cognito user pool id such as us-east-1_AbCdEf123',
      }),
    ),
    NEXT_PUBLIC_COGNITO_CLIENT_ID: present(
      requiredText('Cognito app client id').regex(/^[0-9A-Za-z]{1,128}$/, {
        message: 'must be a Cognito app client id (letters and digits)',
      }),
    ),
    NEXT_PUBLIC_COGNITO_ENDPOINT: present(
      z
        .string()
        .regex(LOOPBACK_URL, {
          message: 'must be the local Cognito emulator on this machine, e.g. http://localhost:9229',
        })
        .transform((url) => url.replace(/\/+$/, ''))
        .optional(),
    ),
    NEXT_PUBLIC_AUTH_FLOW: present(
      z.enum(AUTH_FLOWS, { message: `must be one of ${AUTH_FLOWS.join(', ')}` }).default('USER_SRP_AUTH'),
    ),
    // The session cookies live exactly as long as Cognito's refresh token (Terraform passes the app client's
    // refresh_token_validity; the emulator's and Cognito's default is 30 days): a cookie that outlives its token
    // only keeps a dead credential in the browser.
    NEXT_PUBLIC_SESSION_DAYS: present(
      z.coerce
        .number({ message: 'must be a whole number of days' })
        .int({ message: 'must be a whole number of days' })
        .min(1, { message: 'must be between 1 and 3650 (Cognito refresh token validity, days)' })
        .max(3650, { message: 'must be between 1 and 3650 (Cognito refresh token validity, days)' })
        .default(30),
    ),
  })
  .superRefine((env, ctx) => {
    if (!env.NEXT_PUBLIC_COGNITO_USER_POOL_ID.startsWith(`${env.NEXT_PUBLIC_AWS_REGION}_`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEXT_PUBLIC_COGNITO_USER_POOL_ID'],
        message: `must belong to NEXT_PUBLIC_AWS_REGION (${env.NEXT_PUBLIC_AWS_REGION})`,
      });
    }
    // Plain-password sign-in exists only for the emulator; against real Cognito the app always uses SRP.
    if (env.NEXT_PUBLIC_AUTH_FLOW === 'USER_PASSWORD_AUTH' && !env.NEXT_PUBLIC_COGNITO_ENDPOINT) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEXT_PUBLIC_AUTH_FLOW'],
        message: 'USER_PASSWORD_AUTH is only allowed with NEXT_PUBLIC_COGNITO_ENDPOINT (the local emulator)',
      });
    }
  });

export type PublicEnv = z.output<typeof PublicEnvSchema>;

/** The local stack's values, unless the source configures Cognito itself (then nothing is filled in). */
function withLocalStackDefaults(
  source: Record<string, string | undefined>,
): Record<string, string | undefined> {
  if (!COGNITO_KEYS.every((key) => isBlank(source[key]))) return source;
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => !isBlank(value)));
  return { ...LOCAL_STACK_ENV, ...given };
}

/** Parses the public configuration; the error names every missing or malformed variable. */
export function parsePublicEnv(source: Record<string, string | undefined>): PublicEnv {
  const result = PublicEnvSchema.safeParse(withLocalStackDefaults(source));
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(config)'} ${issue.message}`,
  );
  throw new Error(`Invalid SpendWise web configuration (see apps/web/.env.example):\n${lines.join('\n')}`);
}
