import { NonRetryableFetchError } from 'aws-jwt-verify/error';
import { type Fetcher } from 'aws-jwt-verify/https';

const FETCH_TIMEOUT_MS = 3_000;

/**
 * Local mode only. aws-jwt-verify always asks for the user pool's JWKS at its AWS address (and its own fetcher
 * refuses plain http). This fetcher answers that one request from the local Cognito emulator instead, so the
 * verifier keeps every other check — issuer included — exactly as in production. Any other URL is refused.
 */
export class EmulatorJwksFetcher implements Fetcher {
  private readonly awsJwksPath: RegExp;

  constructor(
    private readonly emulatorEndpoint: string,
    private readonly userPoolId: string,
  ) {
    this.awsJwksPath = new RegExp(
      `^https://(issuer-)?cognito-idp\\.[a-z0-9-]+\\.amazonaws\\.com/${userPoolId}/\\.well-known/jwks\\.json$`,
    );
  }

  async fetch(uri: string): Promise<ArrayBuffer> {
    if (!this.awsJwksPath.test(uri))
      throw new NonRetryableFetchError(uri, 'not the configured user pool JWKS');
    const emulatorUri = `${this.emulatorEndpoint}/${this.userPoolId}/.well-known/jwks.json`;
    const response = await fetch(emulatorUri, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) }).catch(
      (error: unknown) => {
        throw new NonRetryableFetchError(emulatorUri, error instanceof Error ? error.message : String(error));
      },
    );
    if (!response.ok) throw new NonRetryableFetchError(emulatorUri, `status ${response.status}`);
    return response.arrayBuffer();
  }
}
