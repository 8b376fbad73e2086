import { useTranslations } from 'next-intl';
import type { TotpEnrolment } from '@/features/auth/two-step';

/**
 * The key of a new authenticator app, as a QR code and as text — one piece for Settings and for the set-up that
 * sign-in asks for when two-step verification is required.
 */
export function TotpEnrolmentKey({ enrolment }: { enrolment: TotpEnrolment }) {
  const t = useTranslations('auth.totp');
  return (
    <>
      <p>{t('scan')}</p>
      {/* A data URL drawn in this browser: no image service ever sees the secret. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- next/image cannot optimise a data URL. */}
      <img src={enrolment.qrCode} alt={t('qrAlt')} width={200} height={200} />
      <p>
        {t.rich('key', {
          secret: enrolment.secret,
          code: (chunks) => <code data-testid="totp-secret">{chunks}</code>,
        })}
      </p>
    </>
  );
}
