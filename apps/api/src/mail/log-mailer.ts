import { Logger } from '@nestjs/common';
import { type Mailer, type OutgoingMail } from './mailer';

/** The message of the line each printed email is: what the local stack shows and the e2e suites read. */
export const PRINTED_MAIL_MESSAGE = 'email printed, not sent (MAIL_TRANSPORT=log)';

/**
 * MAIL_TRANSPORT=log: prints each email as one log line instead of sending it, as the local Cognito prints its
 * confirmation codes, so a developer (and the e2e suites, reading the API's output) sees what would have gone out.
 * The line holds the address and the amounts, which is why the configuration refuses it in production.
 */
export class LogMailer implements Mailer {
  private readonly logger = new Logger('Mailer');

  constructor(private readonly from: string) {}

  send(mail: OutgoingMail): Promise<void> {
    this.logger.log({ mail: { from: this.from, ...mail } }, PRINTED_MAIL_MESSAGE);
    return Promise.resolve();
  }
}
