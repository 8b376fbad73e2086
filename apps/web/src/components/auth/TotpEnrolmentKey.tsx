import type { TotpEnrolment } from '@/lib/auth/two-step';

/**
 * The key of a new authenticator app, as a QR code and as text — one piece for Settings and for the set-up that
 * sign-in asks for when two-step verification is required.
 */
export function TotpEnrolmentKey({ enrolment }: { enrolment: TotpEnrolment }) {
  return (
    <>
      <p>
        Scan this QR code with your authenticator app, or type the key into it. Then enter the code it shows.
      </p>
      {/* A data URL drawn in this browser: no image service ever sees the secret. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- next/image cannot optimise a data URL. */}
      <img
        src={enrolment.qrCode}
        alt="QR code to add SpendWise to your authenticator app"
        width={200}
        height={200}
      />
      <p>
        Key: <code data-testid="totp-secret">{enrolment.secret}</code>
      </p>
    </>
  );
}
