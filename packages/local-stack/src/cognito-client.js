/**
 * The few Cognito Identity Provider calls the local tooling makes, as plain HTTP (the wire protocol the AWS SDK
 * and Amplify use). Local emulator only: admin calls carry no AWS signature.
 */
export async function cognitoCall(endpoint, operation, body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const payload = await response.json().catch(() => ({}));
  if (!response.ok) {
    const name = String(payload.__type ?? payload.code ?? 'Error')
      .split('#')
      .pop();
    const error = new Error(`${operation} failed: ${name}: ${payload.message ?? response.statusText}`);
    error.code = name;
    throw error;
  }
  return payload;
}

/** Claims of a JWT, without verifying it (the caller just received it from the emulator). */
export function jwtClaims(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}
