import { describe, expect, it } from 'vitest';
import { LOCAL_STACK_ENV, parsePublicEnv } from './env';

const AWS = {
  NEXT_PUBLIC_API_URL: 'https://api.spendwise.example/',
  NEXT_PUBLIC_AWS_REGION: 'eu-west-1',
  NEXT_PUBLIC_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123xyz',
  NEXT_PUBLIC_COGNITO_CLIENT_ID: '4h5j6k7l8m9n0p1q2r3s4t5u6v',
};

describe('parsePublicEnv', () => {
  it('uses the local stack when no Cognito variable is set', () => {
    expect(parsePublicEnv({})).toEqual({
      ...LOCAL_STACK_ENV,
      NEXT_PUBLIC_AUTH_FLOW: 'USER_SRP_AUTH',
      NEXT_PUBLIC_SESSION_DAYS: 30,
    });
    expect(parsePublicEnv({ NEXT_PUBLIC_API_URL: 'http://localhost:4100' }).NEXT_PUBLIC_API_URL).toBe(
      'http://localhost:4100',
    );
  });

  it('takes a complete AWS configuration as given, with SRP sign-in and no emulator', () => {
    expect(parsePublicEnv(AWS)).toEqual({
      ...AWS,
      NEXT_PUBLIC_API_URL: 'https://api.spendwise.example',
      NEXT_PUBLIC_AUTH_FLOW: 'USER_SRP_AUTH',
      NEXT_PUBLIC_SESSION_DAYS: 30,
    });
  });

  it('takes the session length in whole days within Cognito’s refresh token limits', () => {
    expect(parsePublicEnv({ ...AWS, NEXT_PUBLIC_SESSION_DAYS: '7' }).NEXT_PUBLIC_SESSION_DAYS).toBe(7);
    for (const bad of ['0', '3651', '1.5', 'a week'])
      expect(() => parsePublicEnv({ ...AWS, NEXT_PUBLIC_SESSION_DAYS: bad })).toThrow(
        /NEXT_PUBLIC_SESSION_DAYS/,
      );
  });

  it('fails naming every missing variable once any Cognito variable is set', () => {
    const attempt = () =>
      parsePublicEnv({ NEXT_PUBLIC_COGNITO_USER_POOL_ID: AWS.NEXT_PUBLIC_COGNITO_USER_POOL_ID });
    expect(attempt).toThrow(/NEXT_PUBLIC_API_URL is missing/);
    expect(attempt).toThrow(/NEXT_PUBLIC_AWS_REGION is missing/);
    expect(attempt).toThrow(/NEXT_PUBLIC_COGNITO_CLIENT_ID is missing/);
  });

  it('treats an empty value as missing', () => {
    expect(() => parsePublicEnv({ ...AWS, NEXT_PUBLIC_COGNITO_CLIENT_ID: ' ' })).toThrow(
      /NEXT_PUBLIC_COGNITO_CLIENT_ID is missing/,
    );
  });

  it('rejects malformed values with what was expected', () => {
    expect(() => parsePublicEnv({ ...AWS, NEXT_PUBLIC_API_URL: 'api.example.com' })).toThrow(
      /NEXT_PUBLIC_API_URL must be an http\(s\) URL/,
    );
    expect(() => parsePublicEnv({ ...AWS, NEXT_PUBLIC_COGNITO_USER_POOL_ID: 'us-east-1_AbC123' })).toThrow(
      /NEXT_PUBLIC_COGNITO_USER_POOL_ID must belong to NEXT_PUBLIC_AWS_REGION \(eu-west-1\)/,
    );
    expect(() => parsePublicEnv({ ...AWS, NEXT_PUBLIC_AUTH_FLOW: 'CUSTOM_AUTH' })).toThrow(
      /NEXT_PUBLIC_AUTH_FLOW/,
    );
  });

  it('allows plain-password sign-in only against the local emulator', () => {
    expect(() => parsePublicEnv({ ...AWS, NEXT_PUBLIC_AUTH_FLOW: 'USER_PASSWORD_AUTH' })).toThrow(
      /USER_PASSWORD_AUTH is only allowed with NEXT_PUBLIC_COGNITO_ENDPOINT/,
    );
    expect(parsePublicEnv({ NEXT_PUBLIC_AUTH_FLOW: 'USER_PASSWORD_AUTH' }).NEXT_PUBLIC_AUTH_FLOW).toBe(
      'USER_PASSWORD_AUTH',
    );
  });

  it('accepts an emulator endpoint only on this machine', () => {
    expect(() =>
      parsePublicEnv({ ...AWS, NEXT_PUBLIC_COGNITO_ENDPOINT: 'https://cognito.attacker.example' }),
    ).toThrow(/NEXT_PUBLIC_COGNITO_ENDPOINT must be the local Cognito emulator/);
    expect(parsePublicEnv({ ...AWS, NEXT_PUBLIC_COGNITO_ENDPOINT: 'http://127.0.0.1:9229/' })).toMatchObject({
      NEXT_PUBLIC_COGNITO_ENDPOINT: 'http://127.0.0.1:9229',
    });
  });
});
