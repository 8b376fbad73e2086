import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { type Mailer, type OutgoingMail } from './mailer';

/** An email SES has not accepted within this time is given up (the caller retries on a later write). */
const SEND_TIMEOUT_MS = 10_000;

/**
 * MAIL_TRANSPORT=ses: Amazon SES v2 SendEmail from MAIL_FROM, with the task role's credentials (the default chain),
 * in the API's region. The role may send only as that identity (infrastructure/modules/ecs).
 */
export class SesMailer implements Mailer {
  private readonly client: SESv2Client;

  constructor(
    private readonly from: string,
    region: string,
  ) {
    this.client = new SESv2Client({ region });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [mail.to] },
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: mail.text, Charset: 'UTF-8' } },
          },
        },
      }),
      { abortSignal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
    );
  }
}
