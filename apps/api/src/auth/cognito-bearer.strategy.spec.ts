import { ServiceUnavailableError } from '../errors/domain-error';
import { type UserProvisioningService } from '../users/user-provisioning.service';
import { type AccessTokenVerifier } from './access-token-verifier';
import { type AuthenticatedUser } from './authenticated-user';
import { CognitoBearerStrategy } from './cognito-bearer.strategy';
import { type CognitoUserDirectory } from './cognito-user-directory';

const USER: AuthenticatedUser = {
  id: '01900000-0000-7000-8000-000000000001',
  cognitoSub: 'sub-1',
  email: 'ada@example.com',
  currency: 'EUR',
  timeZone: 'Europe/Berlin',
};

function setup() {
  const verifier = { verify: jest.fn() };
  const directory = { getEmail: jest.fn() };
  const provisioning = { findByCognitoSub: jest.fn(), provision: jest.fn() };
  const strategy = new CognitoBearerStrategy(
    verifier as unknown as AccessTokenVerifier,
    directory as unknown as CognitoUserDirectory,
    provisioning as unknown as UserProvisioningService,
  );
  return { strategy, verifier, directory, provisioning };
}

describe('CognitoBearerStrategy', () => {
  it('rejects (false → 401) a token the verifier does not accept, without touching users or Cognito', async () => {
    const { strategy, verifier, directory, provisioning } = setup();
    verifier.verify.mockResolvedValue(null);
    await expect(strategy.validate('bad-token')).resolves.toBe(false);
    expect(provisioning.findByCognitoSub).not.toHaveBeenCalled();
    expect(directory.getEmail).not.toHaveBeenCalled();
  });

  it('returns the existing user for a known sub without calling Cognito', async () => {
    const { strategy, verifier, directory, provisioning } = setup();
    verifier.verify.mockResolvedValue({ sub: 'sub-1', clientId: 'web', expiresAt: 0 });
    provisioning.findByCognitoSub.mockResolvedValue(USER);
    await expect(strategy.validate('token')).resolves.toBe(USER);
    expect(provisioning.findByCognitoSub).toHaveBeenCalledWith('sub-1');
    expect(directory.getEmail).not.toHaveBeenCalled();
  });

  it('provisions a first-time user with the email Cognito holds for the token', async () => {
    const { strategy, verifier, directory, provisioning } = setup();
    verifier.verify.mockResolvedValue({ sub: 'sub-1', clientId: 'web', expiresAt: 0 });
    provisioning.findByCognitoSub.mockResolvedValue(null);
    directory.getEmail.mockResolvedValue('ada@example.com');
    provisioning.provision.mockResolvedValue(USER);
    await expect(strategy.validate('the-token')).resolves.toBe(USER);
    expect(directory.getEmail).toHaveBeenCalledWith('the-token');
    expect(provisioning.provision).toHaveBeenCalledWith({ cognitoSub: 'sub-1', email: 'ada@example.com' });
  });

  it('lets infrastructure failures through (503), so they are not reported as bad tokens', async () => {
    const { strategy, verifier } = setup();
    verifier.verify.mockRejectedValue(new ServiceUnavailableError());
    await expect(strategy.validate('token')).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});
