import { readFileSync } from 'node:fs';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const flag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: 'must be a whole number' })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { message: `must be at least ${min}` })
        .max(max, { message: `must be at most ${max}` }),
    );

const origin = z
  .url({ protocol: /^https?$/, message: 'must be a list of origins such as https://app.example.com' })
  .transform((value) => new URL(value))
  .refine((url) => url.pathname === '/' && !url.search && !url.hash && !url.username, {
    message: 'must hold origins only (scheme://host[:port], no path)',
  })
  .transform((url) => url.origin);

/**
 * `false`, `true`, a hop count, or a comma-separated list of proxy addresses/CIDRs — what Fastify's
 * `trustProxy` accepts. Behind one ALB the right value is `1`: the ALB appends the client address as the last
 * X-Forwarded-For entry, so only that entry is believed.
 */
const trustProxy = z.string().transform((value, ctx): boolean | number | string[] => {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  if (entries.every((entry) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry))) return entries;
  ctx.addIssue({ code: 'custom', message: 'must be true, false, a hop count or a list of addresses/CIDRs' });
  return z.NEVER;
});

/** Every environment variable the API reads. Unset and empty are the same thing. */
export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: integer(1, 65535).default(4000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgresql:// connection URL' })
      .optional(),
    // The same connection in parts, as ECS gets them (host from Terraform, user and password from the RDS-managed
    // secret, which rotates): used when DATABASE_URL is not set.
    DB_HOST: z
      .string()
      .regex(/^[A-Za-z0-9.-]+$/, { message: 'must be a host name' })
      .optional(),
    DB_PORT: integer(1, 65535).default(5432),
    DB_NAME: z.string().min(1).optional(),
    DB_USER: z.string().min(1).optional(),
    DB_PASSWORD: z.string().min(1).optional(),
    // Instead of DB_PASSWORD, a credential asked for at each new connection, so one that changes (rotation)
    // reaches the pool without a restart: an RDS IAM auth token for DB_USER (ECS: the task role may
    // rds-db:connect as that user), or the current contents of a file an operator or agent rewrites.
    DB_IAM_AUTH: flag.default(false),
    DB_PASSWORD_FILE: z.string().min(1).optional(),
    // node-postgres sslmode: verify-full checks the server certificate and host name against DB_SSLROOTCERT;
    // no-verify encrypts without checking it; disable is for local databases only.
    DB_SSLMODE: z.enum(['verify-full', 'no-verify', 'disable']).default('verify-full'),
    // The CA bundle the server's certificate must chain to. The backend image sets it to the Amazon RDS bundle it
    // carries (packages/db/tls); read at boot so a wrong path stops the API here rather than at the first query.
    DB_SSLROOTCERT: z
      .string()
      .refine(holdsCertificates, { message: 'must be a readable PEM file of CA certificates' })
      .optional(),
    // Split between two pools (createPgPools): at least one connection each.
    DATABASE_POOL_MAX: integer(2, 100).default(10),
    COGNITO_USER_POOL_ID: z.string({ message: 'is required' }).regex(/^[a-z]{2}(-[a-z]+)+-\d_[A-Za-z0-9]+$/, {
      message: 'must be a Cognito user pool id such as us-east-1_AbC123',
    }),
    COGNITO_CLIENT_ID: z
      .string({ message: 'is required' })
      .regex(/^[A-Za-z0-9]{1,128}$/, { message: 'must be a Cognito app client id' }),
    AWS_REGION: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { message: 'must be an AWS region such as us-east-1' })
      .optional(),
    AUTH_LOCAL_EMULATOR: flag.default(false),
    COGNITO_ENDPOINT: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
    CORS_ORIGINS: z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .pipe(z.array(origin))
      .default([]),
    TRUST_PROXY: trustProxy.default(1),
    BODY_LIMIT_BYTES: integer(1024, 10 * 1024 * 1024).default(64 * 1024),
    REQUEST_TIMEOUT_MS: integer(1000, 120_000).default(10_000),
    RATE_LIMIT_WINDOW_SECONDS: integer(1, 3600).default(60),
    RATE_LIMIT_PER_IP: integer(1, 1_000_000).default(1200),
    RATE_LIMIT_PER_USER: integer(1, 1_000_000).default(600),
    SESSION_CHECK_SECONDS: integer(0, 3600).default(60),
    SESSION_WRITE_CHECK_SECONDS: integer(0, 3600).default(10),
    SESSION_GRACE_SECONDS: integer(0, 86_400).default(600),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    API_DOCS_ENABLED: flag.default(true),
    SHUTDOWN_TIMEOUT_MS: integer(1000, 120_000).default(25_000),
    // How email (budget alerts) leaves: `ses` sends through Amazon SES v2 with the task role; `log` prints each email
    // to the log instead of sending it (the local stack, the suites). Required in production, where `log` is refused.
    MAIL_TRANSPORT: z.enum(['ses', 'log'], { message: 'must be ses or log' }).optional(),
    // The sender: an address of an SES identity verified in AWS_REGION (docs/deploy.md). Required with ses.
    MAIL_FROM: z.email({ message: 'must be an email address such as alerts@example.com' }).optional(),
  })
  // Runs even when other variables are invalid, so one boot reports every missing one.
  .superRefine(
    (env, ctx) => {
      if (!env.DATABASE_URL && !env.DB_HOST) {
        ctx.addIssue({
          code: 'custom',
          path: ['DATABASE_URL'],
          message: 'is required (or DB_HOST, DB_NAME, DB_USER and DB_PASSWORD)',
        });
      }
      if (!env.DATABASE_URL && env.DB_HOST) {
        for (const name of ['DB_NAME', 'DB_USER'] as const) {
          if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required with DB_HOST' });
        }
        const sources = (['DB_PASSWORD', 'DB_PASSWORD_FILE', 'DB_IAM_AUTH'] as const).filter(
          (name) => env[name],
        );
        if (sources.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['DB_PASSWORD'],
            message: 'is required with DB_HOST (or DB_PASSWORD_FILE, or DB_IAM_AUTH=true)',
          });
        }
        if (sources.length > 1) {
          ctx.addIssue({
            code: 'custom',
            path: [sources[1]!],
            message: `cannot be combined with ${sources[0]}: give the database credential one way`,
          });
        }
      }
      if (env.DATABASE_URL && (env.DB_IAM_AUTH || env.DB_PASSWORD_FILE)) {
        ctx.addIssue({
          code: 'custom',
          path: [env.DB_IAM_AUTH ? 'DB_IAM_AUTH' : 'DB_PASSWORD_FILE'],
          message: 'is used with the DB_* parts only: unset DATABASE_URL',
        });
      }
    },
    { when: () => true },
  )
  .superRefine((env, ctx) => {
    if (env.AUTH_LOCAL_EMULATOR && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_LOCAL_EMULATOR'],
        message: 'is refused when NODE_ENV=production (the emulator signs tokens with a publicly known key)',
      });
    }
    if (env.AUTH_LOCAL_EMULATOR && !env.COGNITO_ENDPOINT) {
      ctx.addIssue({
        code: 'custom',
        path: ['COGNITO_ENDPOINT'],
        message: 'is required when AUTH_LOCAL_EMULATOR=true (e.g. http://127.0.0.1:9229)',
      });
    }
    if (!env.AUTH_LOCAL_EMULATOR && env.COGNITO_ENDPOINT) {
      ctx.addIssue({
        code: 'custom',
        path: ['COGNITO_ENDPOINT'],
        message: 'is only used with AUTH_LOCAL_EMULATOR=true; unset it to talk to Amazon Cognito',
      });
    }
    if (env.NODE_ENV === 'production' && !env.MAIL_TRANSPORT) {
      ctx.addIssue({
        code: 'custom',
        path: ['MAIL_TRANSPORT'],
        message: 'is required when NODE_ENV=production (ses)',
      });
    }
    if (env.NODE_ENV === 'production' && env.MAIL_TRANSPORT === 'log') {
      ctx.addIssue({
        code: 'custom',
        path: ['MAIL_TRANSPORT'],
        message: 'log is refused when NODE_ENV=production (emails would be printed, not sent)',
      });
    }
    if (env.MAIL_TRANSPORT === 'ses' && !env.MAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'is required when MAIL_TRANSPORT=ses' });
    }
    const poolRegion = env.COGNITO_USER_POOL_ID.split('_')[0];
    if (env.AWS_REGION && env.AWS_REGION !== poolRegion) {
      ctx.addIssue({
        code: 'custom',
        path: ['AWS_REGION'],
        message: `does not match the user pool's region (${poolRegion})`,
      });
    }
  });

export type Env = z.output<typeof EnvSchema>;

function holdsCertificates(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').includes('-----BEGIN CERTIFICATE-----');
  } catch {
    return false;
  }
}
