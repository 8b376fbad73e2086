import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PASSWORD_POLICY as CONTRACT_POLICY } from '@spendwise/contracts';
import { PASSWORD_POLICY } from '../src/passwordPolicy.js';
import { LOCAL_COGNITO, startTestEmulator } from './helpers.js';

let cognito;
before(async () => {
  cognito = await startTestEmulator();
});
after(() => cognito?.stop());

test('the emulator enforces the same password policy the web form shows (contracts)', () => {
  assert.deepEqual({ ...PASSWORD_POLICY }, { ...CONTRACT_POLICY });
});

test('DescribeUserPool reports that policy and the email-username settings', async () => {
  const { status, body } = await cognito.call('DescribeUserPool', { UserPoolId: LOCAL_COGNITO.userPoolId });
  assert.equal(status, 200);
  assert.deepEqual(body.UserPool.Policies.PasswordPolicy, {
    MinimumLength: CONTRACT_POLICY.minimumLength,
    RequireLowercase: CONTRACT_POLICY.requireLowercase,
    RequireUppercase: CONTRACT_POLICY.requireUppercase,
    RequireNumbers: CONTRACT_POLICY.requireNumbers,
    RequireSymbols: CONTRACT_POLICY.requireSymbols,
    TemporaryPasswordValidityDays: 7,
  });
  assert.deepEqual(body.UserPool.UsernameAttributes, ['email']);
  assert.deepEqual(body.UserPool.AutoVerifiedAttributes, ['email']);
});
