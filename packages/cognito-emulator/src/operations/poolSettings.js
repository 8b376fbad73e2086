/**
 * Reading the pool and its app clients, and adding a client: DescribeUserPool (the web app's password rules
 * are checked against it), ListUserPoolClients, DescribeUserPoolClient and CreateUserPoolClient (tests make
 * clients with other allowed flows). An unknown pool or client is ResourceNotFoundException, as in Cognito.
 */
import { randomBytes } from 'node:crypto';
import { resourceNotFound } from '../errors.js';

export const DescribeUserPool = (services) => async (req) => {
  const userPool = services.cognito.getUserPool(req.UserPoolId);
  return { UserPool: { ...userPool.options, EstimatedNumberOfUsers: userPool.listUsers().length } };
};

export const ListUserPoolClients = (services) => async (req) => {
  services.cognito.getUserPool(req.UserPoolId);
  return {
    UserPoolClients: services.cognito
      .listAppClients(req.UserPoolId)
      .map(({ ClientId, ClientName, UserPoolId }) => ({ ClientId, ClientName, UserPoolId })),
  };
};

export const DescribeUserPoolClient = (services) => async (req) => {
  const client = services.cognito.getAppClient(req.ClientId);
  if (!client || client.UserPoolId !== req.UserPoolId) {
    throw resourceNotFound(`User pool client ${String(req.ClientId)} does not exist.`);
  }
  return { UserPoolClient: client };
};

// The request fields a client keeps; anything else in the request is ignored, as the AWS SDK would refuse it.
const CLIENT_FIELDS = [
  'ClientName',
  'ExplicitAuthFlows',
  'PreventUserExistenceErrors',
  'EnableTokenRevocation',
  'AccessTokenValidity',
  'IdTokenValidity',
  'RefreshTokenValidity',
  'TokenValidityUnits',
  'AuthSessionValidity',
  'ReadAttributes',
  'WriteAttributes',
];

export const CreateUserPoolClient = (services) => async (req) => {
  const userPool = services.cognito.getUserPool(req.UserPoolId);
  const now = services.clock.get();
  const client = {
    ...Object.fromEntries(CLIENT_FIELDS.filter((field) => req[field] !== undefined).map((f) => [f, req[f]])),
    // Cognito's client ids: 26 lowercase letters and digits.
    ClientId: randomBytes(16).toString('hex').slice(0, 26),
    UserPoolId: req.UserPoolId,
    CreationDate: now,
    LastModifiedDate: now,
  };
  await userPool.saveAppClient(client);
  return { UserPoolClient: client };
};
