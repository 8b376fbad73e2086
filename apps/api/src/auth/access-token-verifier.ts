import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { FetchError, JwtBaseError } from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { LRUCache } from 'lru-cache';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { ServiceUnavailableError } from '../errors/domain-error';
import { EmulatorJwksFetcher } from './emulator-jwks-fetcher';
import { SingleFlight } from './single-flight';

const HYDRATE_TIMEOUT_MS = 5_000;
// Bounds the memory of remembered verifications (≈ 250 bytes each); past it the least recently used go first.
const MAX_REMEMBERED_TOKENS = 10_000;

/** The claims the API relies on, from a token that passed every check. */
export interface VerifiedAccessToken {
  sub: string;
  /** `jti`: identifies this token (each sign-in and refresh issues a new one). */
  tokenId: string;
  clientId: string;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

/**
 * Verifies Cognito access tokens: RS256 signature against the pool's JWKS (fetched once, cached, refetched only
 * for an unknown key id; cached keys stay usable while the JWKS endpoint is down), issuer, `token_use=access`,
 * `client_id` = the web app client, expiry.
 *
 * A client sends the same token on every request until it refreshes it, and the RS256 check (with the key import
 * behind it) was the largest cost of authenticating a request (BENCHMARKS.md). So a token that passed is
 * remembered by its SHA-256 digest until it expires: the same bytes would pass the same checks again, expiry is
 * re-checked on every use, and rejected tokens are never remembered; requests arriving together with a new token
 * share one check. Revocation is not this class's concern:
 * ActiveSessions asks Cognito about every token on its own schedule.
 */
@Injectable()
export class AccessTokenVerifier implements OnModuleInit {
  private readonly logger = new Logger(AccessTokenVerifier.name);
  private readonly verifier: ReturnType<typeof createCognitoVerifier>;
  private readonly verified = new LRUCache<string, VerifiedAccessToken>({ max: MAX_REMEMBERED_TOKENS });
  private readonly verifying = new SingleFlight<VerifiedAccessToken | null>();

  constructor(@InjectConfig() config: AppConfig) {
    this.verifier = createCognitoVerifier(config.cognito);
    if (config.cognito.localEmulatorEndpoint) {
      this.logger.warn(
        `local mode: trusting the Cognito emulator's keys from ${config.cognito.localEmulatorEndpoint}`,
      );
    }
  }

  /** Fetches the JWKS at boot so the first request does not wait; if Cognito is unreachable now, it retries lazily. */
  async onModuleInit(): Promise<void> {
    try {
      await withTimeout(this.verifier.hydrate(), HYDRATE_TIMEOUT_MS);
    } catch (error) {
      this.logger.warn(
        { reason: describe(error) },
        'could not prefetch the JWKS; will fetch it on first use',
      );
    }
  }

  /**
   * The verified claims, or null when the token is not acceptable (the reason is logged, never returned).
   * Throws ServiceUnavailableError when the keys cannot be fetched: that is our problem, not the caller's.
   */
  async verify(token: string): Promise<VerifiedAccessToken | null> {
    const digest = digestOf(token);
    const remembered = this.rememberedBy(digest);
    if (remembered) return remembered;
    return this.verifying.run(digest, async () => {
      const claims = await this.verifySignatureAndClaims(token);
      if (claims) this.verified.set(digest, claims);
      return claims;
    });
  }

  /** The claims of a token that passed before and has not expired, without waiting; else undefined. */
  remembered(token: string): VerifiedAccessToken | undefined {
    return this.rememberedBy(digestOf(token));
  }

  private rememberedBy(digest: string): VerifiedAccessToken | undefined {
    const remembered = this.verified.get(digest);
    if (!remembered) return undefined;
    if (remembered.expiresAt * 1000 > Date.now()) return remembered;
    this.verified.delete(digest);
    return undefined;
  }

  private async verifySignatureAndClaims(token: string): Promise<VerifiedAccessToken | null> {
    try {
      const payload = await this.verifier.verify(token);
      return {
        sub: payload.sub,
        tokenId: tokenIdOf(payload.jti, token),
        clientId: payload.client_id,
        expiresAt: payload.exp,
      };
    } catch (error) {
      if (error instanceof FetchError) {
        this.logger.warn({ reason: error.message }, 'JWKS unavailable');
        throw new ServiceUnavailableError();
      }
      if (!(error instanceof JwtBaseError)) throw error;
      this.logger.log({ reason: error.constructor.name }, 'access token rejected');
      return null;
    }
  }
}

function digestOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function createCognitoVerifier({ userPoolId, clientId, localEmulatorEndpoint }: AppConfig['cognito']) {
  const jwksCache = localEmulatorEndpoint
    ? new SimpleJwksCache({ fetcher: new EmulatorJwksFetcher(localEmulatorEndpoint, userPoolId) })
    : new SimpleJwksCache();
  return CognitoJwtVerifier.create({ userPoolId, tokenUse: 'access', clientId }, { jwksCache });
}

/** Cognito access tokens carry a `jti`; should one not, a digest of the token identifies it as well. */
function tokenIdOf(jti: unknown, token: string): string {
  return typeof jti === 'string' && jti ? jti : createHash('sha256').update(token).digest('base64url');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
