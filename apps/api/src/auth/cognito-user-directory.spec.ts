import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type AppConfig } from '../config/app-config';
import { ServiceUnavailableError, UnauthenticatedError } from '../errors/domain-error';
import { CognitoUserDirectory } from './cognito-user-directory';

/** Answers GetUser the way Cognito's JSON protocol does: status, `x-amzn-ErrorType` and `{ __type, message }`. */
let answer: { status: number; type?: string };
let lastTarget: string | undefined;
let server: Server;
let directory: CognitoUserDirectory;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    lastTarget = request.headers['x-amz-target'] as string | undefined;
    if (!answer.type) {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(JSON.stringify({ UserAttributes: [{ Name: 'email', Value: 'ada@example.com' }] }));
      return;
    }
    response.writeHead(answer.status, { 'x-amzn-errortype': `${answer.type}:` });
    response.end(JSON.stringify({ __type: answer.type, message: 'from the fake' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  directory = new CognitoUserDirectory({ cognito: { apiEndpoint: `http://127.0.0.1:${port}` } } as AppConfig);
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('CognitoUserDirectory classifies what GetUser answers', () => {
  it('returns the email of an active session', async () => {
    answer = { status: 200 };
    await expect(directory.getEmail('token')).resolves.toBe('ada@example.com');
  });

  it.each([
    ['NotAuthorizedException'], // revoked, signed out everywhere, expired, user disabled
    ['UserNotFoundException'], // user deleted
    ['PasswordResetRequiredException'],
    ['UserNotConfirmedException'],
  ])('%s ends the session (401)', async (type) => {
    answer = { status: 400, type };
    await expect(directory.getEmail('token')).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it.each([
    [400, 'TooManyRequestsException'],
    [400, 'LimitExceededException'],
    [400, 'InvalidParameterException'], // not known to end a session: never sign people out for it
    [500, 'InternalErrorException'],
    [503, 'ServiceUnavailable'],
  ])('%i %s says nothing about the session (503, for the grace window)', async (status, type) => {
    answer = { status, type };
    await expect(directory.getEmail('token')).rejects.toBeInstanceOf(ServiceUnavailableError);
  });

  it('no connection at all is a 503 too', async () => {
    const offline = new CognitoUserDirectory({ cognito: { apiEndpoint: 'http://127.0.0.1:9' } } as AppConfig);
    await expect(offline.getEmail('token')).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});

describe('CognitoUserDirectory.deleteUser', () => {
  it("calls DeleteUser with the caller's token", async () => {
    answer = { status: 200 };
    await expect(directory.deleteUser('token')).resolves.toBeUndefined();
    expect(lastTarget).toBe('AWSCognitoIdentityProviderService.DeleteUser');
  });

  it('a session already ended is a 401; throttling or a failure is a 503', async () => {
    answer = { status: 400, type: 'NotAuthorizedException' };
    await expect(directory.deleteUser('token')).rejects.toBeInstanceOf(UnauthenticatedError);
    answer = { status: 400, type: 'TooManyRequestsException' };
    await expect(directory.deleteUser('token')).rejects.toBeInstanceOf(ServiceUnavailableError);
    answer = { status: 500, type: 'InternalErrorException' };
    await expect(directory.deleteUser('token')).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});
