/** The local Cognito identities the emulator seeds (see the project brief / @spendwise/cognito-emulator). */
export const LOCAL_COGNITO = {
  region: 'us-east-1',
  userPoolId: 'us-east-1_LocalDev01',
  clientId: 'spendwiselocalwebclient001',
  otherClientId: 'spendwiselocalotherclient1',
  issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalDev01',
} as const;

/** The suites' emulator sends this code for every confirmation, so a suite can confirm the users it signs up. */
export const CONFIRMATION_CODE = '424242';

export const PASSWORD = 'Correct-horse-9';
