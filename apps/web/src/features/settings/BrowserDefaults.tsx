'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { useMe, useUpdateProfile } from '@/lib/api/queries';
import { browserDefaults, type Preferences } from '@/features/settings/browser-defaults';

/**
 * On a person's first visit (currency and time zone never chosen), sets them from this browser and says so,
 * with the way to change them. Applied once: afterwards the profile says they were chosen.
 */
export function BrowserDefaults() {
  const t = useTranslations('browserDefaults');
  const me = useMe();
  const { mutateAsync } = useUpdateProfile();
  const started = useRef(false);
  const [applied, setApplied] = useState<Preferences | null>(null);

  useEffect(() => {
    if (!me.data || me.data.preferencesSet || started.current) return;
    started.current = true;
    const before = me.data;
    const defaults = browserDefaults(navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone);
    mutateAsync(defaults).then(
      () => {
        if (defaults.currency !== before.currency || defaults.timeZone !== before.timeZone)
          setApplied(defaults);
      },
      // Not saved (offline, API down): the profile still says "not chosen", so the next visit tries again.
      () => undefined,
    );
  }, [me.data, mutateAsync]);

  if (!applied) return null;
  return (
    <Alert tone="info">
      {t.rich('applied', {
        currency: applied.currency,
        timeZone: applied.timeZone,
        link: (chunks) => <Link href="/settings">{chunks}</Link>,
      })}
    </Alert>
  );
}
