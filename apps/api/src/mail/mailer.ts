/** One plain-text email to one person. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * How email leaves the API (MAIL_TRANSPORT): Amazon SES in AWS, the log locally. Inject this class; MailModule
 * provides the transport the configuration names. `send` rejects when the email was not accepted.
 */
export abstract class Mailer {
  abstract send(mail: OutgoingMail): Promise<void>;
}
