/**
 * Sending a code by "email": printed locally (see messages.js), answered with Cognito's masked
 * CodeDeliveryDetails (`a***@e***`), which is what apps show as "we sent a code to …".
 */

/** @param {string} email */
export function maskedEmailDelivery(email) {
  const [local = '', domain = ''] = email.split('@');
  return {
    AttributeName: 'email',
    DeliveryMedium: 'EMAIL',
    Destination: `${local[0] ?? ''}***@${domain[0] ?? ''}***`,
  };
}

/**
 * Sends `code` to the user's email and answers with what Cognito tells the client about it.
 * @param {{ messages: ReturnType<typeof import('./messages.js').createCodePrinter> }} services
 * @param {{ source: string, email: string, code: string }} delivery
 */
export function deliverCode(services, { source, email, code }) {
  services.messages.deliver({ source, destination: email, code });
  return maskedEmailDelivery(email);
}
