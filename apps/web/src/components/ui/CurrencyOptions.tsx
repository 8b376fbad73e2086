import { useMemo } from 'react';

/** The options of a currency select: each code with its name in the person's language ("USD — US Dollar"). */
export function CurrencyOptions({ codes, locale }: { codes: readonly string[]; locale: string }) {
  const names = useMemo(() => new Intl.DisplayNames([locale], { type: 'currency' }), [locale]);
  return codes.map((code) => (
    <option key={code} value={code}>
      {code} — {names.of(code) ?? code}
    </option>
  ));
}
