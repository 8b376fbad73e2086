import { describe, expect, it } from 'vitest';
import { translator } from '@/test/translate';
import { describeAuthError } from './cognito-errors';

const t = translator('authErrors');

const cognitoError = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('describeAuthError', () => {
  it('puts sign-up problems on the field that caused them', () => {
    expect(describeAuthError(cognitoError('UsernameExistsException'), 'signUp', t)).toEqual({
      field: 'email',
      message: 'An account with this email already exists. Sign in instead.',
    });
    expect(
      describeAuthError(
        cognitoError(
          'InvalidPasswordException',
          'Password did not conform with policy: Password must have uppercase characters',
        ),
        'signUp',
        t,
      ),
    ).toEqual({
      field: 'password',
      message: 'This password is too weak: password must have uppercase characters.',
    });
  });

  it('tells a wrong code from an expired one', () => {
    expect(describeAuthError(cognitoError('CodeMismatchException'), 'confirmSignUp', t)).toMatchObject({
      field: 'code',
      message: expect.stringMatching(/not right/),
    });
    expect(describeAuthError(cognitoError('ExpiredCodeException'), 'confirmSignUp', t)).toMatchObject({
      field: 'code',
      message: expect.stringMatching(/expired\. Send a new code/),
    });
  });

  it('speaks of the authenticator app for TOTP codes: wrong, already used, or a sign-in that took too long', () => {
    for (const [name, step] of [
      ['CodeMismatchException', 'signInTotp'],
      ['EnableSoftwareTokenMFAException', 'setUpTotp'],
    ] as const) {
      expect(describeAuthError(cognitoError(name), step, t)).toEqual({
        field: 'code',
        message: 'That code is not right. Enter the 6-digit code your authenticator app shows now.',
      });
    }
    expect(describeAuthError(cognitoError('ExpiredCodeException'), 'signInTotp', t)).toMatchObject({
      field: 'code',
      message: expect.stringMatching(/already used/),
    });
    expect(describeAuthError(cognitoError('NotAuthorizedException'), 'signInTotp', t)).toMatchObject({
      restart: true,
      message: expect.stringMatching(/Sign in again/),
    });
    expect(describeAuthError(cognitoError('NotAuthorizedException'), 'confirmPassword', t)).toEqual({
      field: 'password',
      message: 'That is not your password.',
    });
  });

  it('turning two-step verification off: a wrong password on its field; a pool that requires it says so', () => {
    expect(describeAuthError(cognitoError('NotAuthorizedException'), 'turnOffTwoStep', t)).toEqual({
      field: 'password',
      message: 'That is not your password.',
    });
    expect(
      describeAuthError(
        cognitoError('InvalidParameterException', 'MFA is required for this user pool'),
        'turnOffTwoStep',
        t,
      ),
    ).toEqual({
      message: 'Two-step verification is required for SpendWise accounts, so it cannot be turned off.',
    });
  });

  it('never reveals at sign-in whether the email or the password was wrong', () => {
    for (const name of ['NotAuthorizedException', 'UserNotFoundException', 'InvalidPasswordException']) {
      expect(describeAuthError(cognitoError(name), 'signIn', t)).toEqual({
        message: 'Incorrect email or password.',
      });
    }
  });

  it('has a message for throttling, network failures and the unexpected', () => {
    expect(describeAuthError(cognitoError('LimitExceededException'), 'resendCode', t).message).toMatch(
      /Too many attempts/,
    );
    expect(describeAuthError(cognitoError('NetworkError'), 'signIn', t).message).toMatch(
      /can’t reach the sign-in service/,
    );
    expect(describeAuthError('???', 'signIn', t).message).toBe('Something went wrong. Please try again.');
  });

  it('a wrong current password on the change-password form goes on that field', () => {
    expect(describeAuthError(cognitoError('NotAuthorizedException'), 'changePassword', t)).toEqual({
      field: 'currentPassword',
      message: 'That is not your current password.',
    });
  });
});
