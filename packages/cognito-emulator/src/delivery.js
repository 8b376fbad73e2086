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
 * @param {{ logger: any }} ctx
 * @param {any} services
 * @param {{ source: string, email: string, code: string, clientId?: string, userPool: any, user: any,
 *   clientMetadata?: Record<string, string> }} delivery
 */
export async function deliverCode(
  ctx,
  services,
  { source, email, code, clientId, userPool, user, clientMetadata },
) {
  const destination = { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: email };
  await services.messages.deliver(
    ctx,
    source,
    clientId,
    userPool.options.Id,
    user,
    code,
    clientMetadata,
    destination,
  );
  return maskedEmailDelivery(email);
}
