import { Global, Module } from '@nestjs/common';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LogMailer } from './log-mailer';
import { Mailer } from './mailer';
import { SesMailer } from './ses-mailer';

/** Provides the {@link Mailer} MAIL_TRANSPORT names (validated at boot: `log` never in production). */
@Global()
@Module({
  providers: [
    {
      provide: Mailer,
      inject: [APP_CONFIG],
      useFactory: ({ mail }: AppConfig): Mailer =>
        mail.transport === 'ses' ? new SesMailer(mail.from, mail.region) : new LogMailer(mail.from),
    },
  ],
  exports: [Mailer],
})
export class MailModule {}
