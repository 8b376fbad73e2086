/**
 * The fixed, AWS-shaped identities every local part of SpendWise uses (API config, web config, tests). The
 * emulator seeds exactly these, so nothing local has to discover ids at run time.
 */
export const LOCAL_COGNITO = Object.freeze({
  region: 'us-east-1',
  userPoolId: 'us-east-1_LocalDev01',
  clientId: 'spendwiselocalwebclient001',
  // A second app client in the same pool: tests use it to get a valid token "for another client".
  otherClientId: 'spendwiselocalotherclient1',
  // Real Cognito's issuer for this pool id, so token verifiers need no local special case.
  issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalDev01',
});

/** Tokens carry `iss` = `${ISSUER_DOMAIN}/${poolId}`, exactly like real Cognito's. */
export const ISSUER_DOMAIN = 'https://cognito-idp.us-east-1.amazonaws.com';
