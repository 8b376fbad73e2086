import { databaseUrl as buildDatabaseUrl } from '@spendwise/db/database-url';
import { type Env } from './env.schema';

/**
 * Where the database password comes from: inside `url`, or asked for at each new connection — an RDS IAM auth
 * token (15 minutes, signed with the task role), or the current contents of a file (rotated in place).
 */
export type DatabaseCredential =
  | { kind: 'in-url' }
  | { kind: 'iam'; region: string; host: string; port: number; user: string }
  | { kind: 'file'; path: string };

/** The sender printed by the log transport when MAIL_FROM is not set (never sent: `log` is refused in production). */
const LOCAL_MAIL_FROM = 'alerts@spendwise.local';

/** The API's settings, typed and grouped; built once at boot from the validated environment. */
export interface AppConfig {
  nodeEnv: Env['NODE_ENV'];
  host: string;
  port: number;
  database: { url: string; poolMax: number; credential: DatabaseCredential };
  cognito: {
    region: string;
    userPoolId: string;
    clientId: string;
    /** The token issuer Amazon Cognito (and the emulator, configured alike) writes into `iss`. */
    issuer: string;
    /** Where Cognito's Identity Provider API answers (GetUser): AWS, or the emulator in local mode. */
    apiEndpoint: string;
    /** Set only in local mode: the emulator whose JWKS the verifier is allowed to trust. */
    localEmulatorEndpoint: string | null;
    /** How long Cognito's word that a token's session is still active is trusted before asking again (0: always). */
    sessionCheckSeconds: number;
    /** Writes re-ask Cognito when its last word on the session is older than this: a deleted account stops writing. */
    sessionWriteCheckSeconds: number;
    /** While Cognito throttles, fails or times out, its last confirmation of a session is kept this long. */
    sessionGraceSeconds: number;
  };
  http: {
    corsOrigins: string[];
    trustProxy: boolean | number | string[];
    bodyLimitBytes: number;
    /** A request not answered within this time gets a 503 (e.g. a database that stopped answering). */
    requestTimeoutMs: number;
  };
  rateLimit: { windowSeconds: number; perIp: number; perUser: number };
  /** `log` only outside production (env.schema.ts refuses it there); `from` is the sender address. */
  mail: { transport: 'ses' | 'log'; from: string; region: string };
  logLevel: Env['LOG_LEVEL'];
  docsEnabled: boolean;
  shutdownTimeoutMs: number;
}

export function toAppConfig(env: Env): AppConfig {
  const region = env.AWS_REGION ?? env.COGNITO_USER_POOL_ID.split('_')[0]!;
  const localEmulatorEndpoint = env.AUTH_LOCAL_EMULATOR ? env.COGNITO_ENDPOINT!.replace(/\/+$/, '') : null;
  return {
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    database: {
      url: databaseUrl(env),
      poolMax: env.DATABASE_POOL_MAX,
      credential: databaseCredential(env, region),
    },
    cognito: {
      region,
      userPoolId: env.COGNITO_USER_POOL_ID,
      clientId: env.COGNITO_CLIENT_ID,
      issuer: `https://cognito-idp.${region}.amazonaws.com/${env.COGNITO_USER_POOL_ID}`,
      apiEndpoint: localEmulatorEndpoint ?? `https://cognito-idp.${region}.amazonaws.com`,
      localEmulatorEndpoint,
      sessionCheckSeconds: env.SESSION_CHECK_SECONDS,
      sessionWriteCheckSeconds: Math.min(env.SESSION_WRITE_CHECK_SECONDS, env.SESSION_CHECK_SECONDS),
      sessionGraceSeconds: env.SESSION_GRACE_SECONDS,
    },
    http: {
      corsOrigins: env.CORS_ORIGINS,
      trustProxy: env.TRUST_PROXY,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    },
    rateLimit: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      perIp: env.RATE_LIMIT_PER_IP,
      perUser: env.RATE_LIMIT_PER_USER,
    },
    mail: { transport: env.MAIL_TRANSPORT ?? 'log', from: env.MAIL_FROM ?? LOCAL_MAIL_FROM, region },
    logLevel: env.LOG_LEVEL,
    docsEnabled: env.API_DOCS_ENABLED,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  };
}

/** The one URL builder (packages/db/database-url.cjs), fed the validated values. */
function databaseUrl(env: Env): string {
  return buildDatabaseUrl({
    DATABASE_URL: env.DATABASE_URL,
    DB_HOST: env.DB_HOST,
    DB_PORT: String(env.DB_PORT),
    DB_NAME: env.DB_NAME,
    DB_USER: env.DB_USER,
    DB_PASSWORD: env.DB_PASSWORD,
    DB_SSLMODE: env.DB_SSLMODE,
    DB_SSLROOTCERT: env.DB_SSLROOTCERT,
  })!;
}

function databaseCredential(env: Env, region: string): DatabaseCredential {
  if (env.DB_IAM_AUTH) {
    return { kind: 'iam', region, host: env.DB_HOST!, port: env.DB_PORT, user: env.DB_USER! };
  }
  if (env.DB_PASSWORD_FILE) return { kind: 'file', path: env.DB_PASSWORD_FILE };
  return { kind: 'in-url' };
}
