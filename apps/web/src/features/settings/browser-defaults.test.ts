import { describe, expect, it } from 'vitest';
import { browserDefaults } from './browser-defaults';

describe('browserDefaults', () => {
  it.each([
    ['en-US', 'America/New_York', 'USD'],
    ['de-DE', 'Europe/Berlin', 'EUR'],
    ['de-CH', 'Europe/Zurich', 'CHF'],
    ['en-GB', 'Europe/London', 'GBP'],
    ['ja', 'Asia/Tokyo', 'JPY'],
    ['ar-BH', 'Asia/Bahrain', 'BHD'],
    ['pt-BR', 'America/Sao_Paulo', 'BRL'],
  ])('takes %s in %s as %s and the zone as is', (locale, zone, currency) => {
    expect(browserDefaults(locale, zone)).toEqual({ currency, timeZone: zone });
  });

  it('falls back to USD and UTC where the browser tells nothing usable', () => {
    expect(browserDefaults('en', undefined)).toEqual({ currency: 'USD', timeZone: 'UTC' });
    expect(browserDefaults('not a locale!', 'Mars/Olympus')).toEqual({ currency: 'USD', timeZone: 'UTC' });
    expect(browserDefaults('en-001', 'Etc/Unknown')).toEqual({ currency: 'USD', timeZone: 'UTC' });
  });
});
