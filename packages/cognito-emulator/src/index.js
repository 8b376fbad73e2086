export { LOCAL_COGNITO } from './identities.js';
export { startCognitoEmulator } from './emulator.js';
