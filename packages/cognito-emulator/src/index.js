export { LOCAL_COGNITO } from './identities.js';
export { startCognitoEmulator } from './emulator.js';
export { PortInUseError } from './portInUseError.js';
