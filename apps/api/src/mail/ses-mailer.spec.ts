import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SesMailer } from './ses-mailer';

describe('SesMailer', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends one plain-text UTF-8 email from the configured sender, in the configured region', async () => {
    const send = vi.spyOn(SESv2Client.prototype, 'send').mockResolvedValue({} as never);
    const mailer = new SesMailer('alerts@example.com', 'eu-west-1');
    await mailer.send({ to: 'ana@example.com', subject: 'Budget: 80 %', text: 'Spent €80.00\n' });

    expect(send).toHaveBeenCalledTimes(1);
    const [command, options] = send.mock.calls[0] as unknown as [
      SendEmailCommand,
      { abortSignal: AbortSignal },
    ];
    expect(command).toBeInstanceOf(SendEmailCommand);
    expect(command.input).toEqual({
      FromEmailAddress: 'alerts@example.com',
      Destination: { ToAddresses: ['ana@example.com'] },
      Content: {
        Simple: {
          Subject: { Data: 'Budget: 80 %', Charset: 'UTF-8' },
          Body: { Text: { Data: 'Spent €80.00\n', Charset: 'UTF-8' } },
        },
      },
    });
    // A send that hangs is given up, so a stopping task is not held.
    expect(options.abortSignal).toBeInstanceOf(AbortSignal);
    expect(await (send.mock.contexts[0] as SESv2Client).config.region()).toBe('eu-west-1');
  });

  it('rejects when SES refuses the email', async () => {
    vi.spyOn(SESv2Client.prototype, 'send').mockRejectedValue(
      Object.assign(new Error('Email address is not verified.'), { name: 'MessageRejected' }),
    );
    await expect(
      new SesMailer('alerts@example.com', 'eu-west-1').send({ to: 'a@example.com', subject: 's', text: 't' }),
    ).rejects.toMatchObject({ name: 'MessageRejected' });
  });
});
