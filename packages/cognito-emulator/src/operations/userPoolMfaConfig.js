/**
 * SetUserPoolMfaConfig and GetUserPoolMfaConfig. Real Cognito treats SetUserPoolMfaConfig as a full replace — an omitted
 * MfaConfiguration means OFF and an omitted factor block turns that factor off — and refuses, with
 * InvalidParameterException, OFF together with an enabled factor, and ON/OPTIONAL with no factor enabled.
 * Both answer the pool's MFA configuration. Tests use it to switch the local pool to ON (required MFA); the
 * seed puts the pool back to OPTIONAL at the next start, as production is.
 */
import { invalidParameter, UnsupportedError } from '../errors.js';

const MFA_CONFIGURATIONS = ['OFF', 'ON', 'OPTIONAL'];

export const SetUserPoolMfaConfig =
  ({ cognito, clock }) =>
  async (req) => {
    const userPool = await cognito.getUserPool(req.UserPoolId);
    const MfaConfiguration = req.MfaConfiguration ?? 'OFF';
    if (!MFA_CONFIGURATIONS.includes(MfaConfiguration)) {
      throw invalidParameter(
        `1 validation error detected: Value '${MfaConfiguration}' at 'mfaConfiguration' failed to satisfy constraint: Member must satisfy enum value set: [OFF, ON, OPTIONAL]`,
      );
    }
    if (req.SmsMfaConfiguration || req.EmailMfaConfiguration) {
      // Both need a delivery channel (SNS, SES) the emulator does not have; saying so beats pretending.
      throw new UnsupportedError('SetUserPoolMfaConfig with SmsMfaConfiguration or EmailMfaConfiguration');
    }
    const softwareToken = req.SoftwareTokenMfaConfiguration?.Enabled === true;
    if (MfaConfiguration === 'OFF' && softwareToken) {
      throw invalidParameter(
        "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.",
      );
    }
    if (MfaConfiguration !== 'OFF' && !softwareToken) {
      throw invalidParameter(
        'Invalid MFA Configuration given. SMS MFA, Email MFA, or Software Token MFA must be enabled.',
      );
    }
    await userPool.updateOptions({
      ...userPool.options,
      MfaConfiguration,
      SoftwareTokenMfaConfiguration: { Enabled: softwareToken },
      LastModifiedDate: clock.get(),
    });
    return mfaConfig(userPool.options);
  };

export const GetUserPoolMfaConfig =
  ({ cognito }) =>
  async (req) =>
    mfaConfig((await cognito.getUserPool(req.UserPoolId)).options);

const mfaConfig = ({ MfaConfiguration, SoftwareTokenMfaConfiguration }) => ({
  MfaConfiguration: MfaConfiguration ?? 'OFF',
  SoftwareTokenMfaConfiguration: { Enabled: SoftwareTokenMfaConfiguration?.Enabled ?? false },
});
