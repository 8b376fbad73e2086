/**
 * A new person's currency and time zone, taken from their browser instead of USD and UTC for everyone: the
 * currency of the language's region (de-DE → EUR, ja → JP → JPY) and the browser's IANA time zone.
 */
import { DEFAULT_CURRENCY, DEFAULT_TIME_ZONE } from '@spendwise/contracts/defaults';
import { isCurrencyCode } from '@spendwise/contracts/money';
import countryToCurrency from 'country-to-currency';

export interface Preferences {
  currency: string;
  timeZone: string;
}

export function browserDefaults(locale: string, timeZone: string | undefined): Preferences {
  return { currency: currencyOf(locale), timeZone: knownZone(timeZone) ?? DEFAULT_TIME_ZONE };
}

function currencyOf(locale: string): string {
  let region: string | undefined;
  try {
    // "de" alone has no region: maximize() adds the likeliest one (de-Latn-DE).
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return DEFAULT_CURRENCY;
  }
  const currency = region && (countryToCurrency as Record<string, string | undefined>)[region];
  return currency && isCurrencyCode(currency) ? currency : DEFAULT_CURRENCY;
}

function knownZone(zone: string | undefined): string | undefined {
  if (!zone || zone === 'Etc/Unknown') return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}
