// The building blocks are re-exported so suites can take everything local from one place.
export * from '@spendwise/devkit';
export * from '@spendwise/devkit/postgres';
export { startStack } from './stack.js';
export { DEFAULT_PORTS, portsFromEnv, apiEnv, webEnv } from './config.js';
export { cognitoCall, jwtClaims } from './cognito-client.js';
