import { describe, it, expect } from 'vitest';
import { NonRetryableFetchError } from 'aws-jwt-verify/error';
import { EmulatorJwksFetcher } from './emulator-jwks-fetcher';

describe('EmulatorJwksFetcher', () => {
  const fetcher = new EmulatorJwksFetcher('http://127.0.0.1:1', 'us-east-1_LocalDev01');

  it.each([
    'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_OtherPool/.well-known/jwks.json',
    'https://evil.example.com/us-east-1_LocalDev01/.well-known/jwks.json',
    'http://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalDev01/.well-known/jwks.json',
  ])('refuses to stand in for anything but the configured pool JWKS: %s', async (uri) => {
    await expect(fetcher.fetch(uri)).rejects.toBeInstanceOf(NonRetryableFetchError);
  });

  it('reports an unreachable emulator as a fetch error (the verifier turns it into a 503)', async () => {
    await expect(
      fetcher.fetch('https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalDev01/.well-known/jwks.json'),
    ).rejects.toBeInstanceOf(NonRetryableFetchError);
  });
});
