/**
 * The administrator's user operations that seed scripts, tests and the deployed smoke test use (with AWS
 * credentials in AWS; unauthenticated here): AdminCreateUser, AdminGetUser, AdminDeleteUser and
 * AdminSetUserPassword. An unknown user is UserNotFoundException "User does not exist.", as in Cognito.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { attributesWith, attributeValue } from '../attributes.js';
import { invalidParameter, UnsupportedError, userNotFound, usernameExists } from '../errors.js';
import { assertPasswordMeetsPolicy } from '../passwordPolicy.js';

/**
 * A new user who must choose their own password at first sign-in (FORCE_CHANGE_PASSWORD → NEW_PASSWORD_REQUIRED).
 * The temporary password is the one given (checked against the pool policy) or a generated one that meets it,
 * printed like an emailed code unless MessageAction is SUPPRESS.
 */
export const AdminCreateUser = (services) => async (req) => {
  const userPool = services.cognito.getUserPool(req.UserPoolId);
  if (typeof req.Username !== 'string' || !req.Username.includes('@')) {
    throw invalidParameter('Username should be an email.');
  }
  if (req.MessageAction === 'RESEND') throw new UnsupportedError('AdminCreateUser with MessageAction=RESEND');
  if (userPool.getUserByUsername(req.Username)) throw usernameExists();
  const policy = userPool.options.Policies?.PasswordPolicy;
  const temporaryPassword = req.TemporaryPassword ?? generatedPassword(policy?.MinimumLength ?? 8);
  assertPasswordMeetsPolicy(policy, String(temporaryPassword));

  const sub = randomUUID();
  const given = (req.UserAttributes ?? []).filter((entry) => entry.Name !== 'sub');
  const email = attributeValue('email', given) ?? req.Username;
  const now = services.clock.get();
  const user = {
    Username: sub,
    Attributes: attributesWith(given, { Name: 'sub', Value: sub }, { Name: 'email', Value: email }),
    Enabled: true,
    Password: String(temporaryPassword),
    RefreshTokens: [],
    UserCreateDate: now,
    UserLastModifiedDate: now,
    UserStatus: 'FORCE_CHANGE_PASSWORD',
  };
  await userPool.saveUser(user);
  if (req.MessageAction !== 'SUPPRESS') {
    services.messages.deliver({ source: 'AdminCreateUser', destination: email, code: user.Password });
  }
  return { User: describeUser(user) };
};

export const AdminGetUser = (services) => async (req) => {
  const user = existingUser(services, req);
  const { Attributes, ...rest } = describeUser(user);
  return {
    ...rest,
    UserAttributes: Attributes,
    UserMFASettingList: user.UserMFASettingList,
    PreferredMfaSetting: user.PreferredMfaSetting,
  };
};

export const AdminDeleteUser = (services) => async (req) => {
  const user = existingUser(services, req);
  await services.cognito.getUserPool(req.UserPoolId).deleteUser(user);
  return {};
};

/** Permanent: the user is CONFIRMED with this password; otherwise it is temporary (FORCE_CHANGE_PASSWORD). */
export const AdminSetUserPassword = (services) => async (req) => {
  const userPool = services.cognito.getUserPool(req.UserPoolId);
  assertPasswordMeetsPolicy(userPool.options.Policies?.PasswordPolicy, String(req.Password ?? ''));
  const user = existingUser(services, req);
  await userPool.saveUser({
    ...user,
    Password: req.Password,
    UserStatus: req.Permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD',
    UserLastModifiedDate: services.clock.get(),
  });
  return {};
};

function existingUser(services, { UserPoolId, Username }) {
  const user = services.cognito.getUserPool(UserPoolId).getUserByUsername(Username);
  if (!user) throw userNotFound();
  return user;
}

/** What Cognito reports of a user (never the password, codes or tokens). */
function describeUser(user) {
  return {
    Username: user.Username,
    Attributes: user.Attributes,
    Enabled: user.Enabled,
    UserStatus: user.UserStatus,
    UserCreateDate: user.UserCreateDate,
    UserLastModifiedDate: user.UserLastModifiedDate,
  };
}

/** A lowercase and an uppercase letter, a digit and a symbol, and at least 16 characters: meets the policy. */
function generatedPassword(minimumLength) {
  const sets = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '^$*.[]{}()?-!@#%&'];
  const all = sets.join('');
  const pick = (set) => set[randomInt(set.length)];
  const rest = Math.max(16, minimumLength) - sets.length;
  return [...sets.map(pick), ...Array.from({ length: rest }, () => pick(all))].join('');
}
