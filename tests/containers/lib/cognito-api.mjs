/** Calls the Cognito Identity Provider JSON API (the emulator's, here) the way the AWS SDKs do. */
export async function cognitoCall(endpoint, operation, body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const result = await response.json();
  if (!response.ok) {
    throw new Error(
      `${operation} answered ${response.status}: ${result.__type ?? ''} ${result.message ?? ''}`,
    );
  }
  return result;
}
