/**
 * The ECB reference-rate parser on the files shipped in rates/ (ECB's own format) and on broken ones: every refusal
 * names what is wrong, and nothing is half-read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildRateTable, convertMinor } from '@spendwise/contracts';
import { describe, expect, it } from 'vitest';
import { EcbRatesError, parseEcbRates } from '../src';

const RATES = path.join(__dirname, '../rates');
const TODAY = '2026-12-04';
const hist = readFileSync(path.join(RATES, 'sample-eurofxref-hist.xml'), 'utf8');
const daily = readFileSync(path.join(RATES, 'sample-eurofxref-daily.xml'), 'utf8');

/** ECB's envelope around the given day cubes. */
function envelope(days: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
  <Cube>${days}</Cube>
</gesmes:Envelope>`;
}
const day = (time: string, cubes: string) => `<Cube time="${time}">${cubes}</Cube>`;
const rate = (currency: string, value: string) => `<Cube currency="${currency}" rate="${value}"/>`;

describe('parseEcbRates on the shipped files', () => {
  it('reads the history file: 45 business days of 29 currencies, oldest first, rates as published', () => {
    const parsed = parseEcbRates(hist, { today: TODAY });
    expect(parsed.dates).toHaveLength(45);
    expect(parsed.dates[0]).toBe('2026-10-05');
    expect(parsed.dates.at(-1)).toBe('2026-12-04');
    expect(parsed.rates).toHaveLength(45 * 29);
    // No weekend in ECB's data.
    expect(parsed.dates.filter((d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))).toEqual([]);
    // Strings exactly as written in the file, trailing zeros included.
    expect(parsed.rates).toContainEqual({ date: '2026-12-04', currency: 'USD', rate: '1.1666' });
    expect(parsed.rates).toContainEqual({ date: '2026-12-04', currency: 'SEK', rate: '10.8720' });
    expect(new Set(parsed.rates.map((r) => r.currency)).size).toBe(29);
  });

  it('reads the daily file, which is the history file’s last day', () => {
    const parsed = parseEcbRates(daily, { today: TODAY });
    expect(parsed.dates).toEqual(['2026-12-04']);
    const lastDay = parseEcbRates(hist, { today: TODAY }).rates.filter((r) => r.date === '2026-12-04');
    expect(parsed.rates).toEqual(lastDay);
  });

  it('feeds convertMinor: a Saturday expense in JPY converts to USD at Friday’s rates', () => {
    const table = buildRateTable(parseEcbRates(hist, { today: TODAY }).rates);
    // ¥10,000 / 179.97 × 1.1666 = 64.8219… → $64.82
    expect(convertMinor(10_000, 'JPY', 'USD', '2026-12-05', table)).toEqual({
      ok: true,
      amountMinor: 6482,
      fromRateDate: '2026-12-04',
      toRateDate: '2026-12-04',
    });
  });
});

describe('parseEcbRates refuses broken files, naming the problem', () => {
  const ok = rate('USD', '1.05');
  it.each([
    ['not XML at all', 'rates: USD 1.05', /not well-formed XML/],
    ['truncated', hist.slice(0, hist.length / 2), /not well-formed XML/],
    ['another root element', '<rates><Cube/></rates>', /root element is not gesmes:Envelope/],
    ['no days', envelope(''), /no <Cube time/],
    ['a day without time', envelope(`<Cube>${ok}</Cube>`), /without a time attribute/],
    ['an empty time', envelope(day('', ok)), /without a time attribute/],
    ['a date that does not exist', envelope(day('2026-02-30', ok)), /time="2026-02-30" is not a YYYY-MM-DD/],
    ['a date in another form', envelope(day('04.12.2026', ok)), /time="04.12.2026" is not a YYYY-MM-DD/],
    ['a date before ECB existed', envelope(day('1998-12-31', ok)), /before ECB's first reference rates/],
    ['a date in the future', envelope(day('2026-12-07', ok)), /time="2026-12-07" is in the future/],
    [
      'one day twice',
      envelope(day('2026-12-03', ok) + day('2026-12-03', ok)),
      /time="2026-12-03" appears twice/,
    ],
    ['a day with no rates', envelope(day('2026-12-04', '')), /time="2026-12-04" has no rates/],
    ['a zero rate', envelope(day('2026-12-04', rate('USD', '0.0000'))), /currency="USD": rate is zero/],
    [
      'a negative rate',
      envelope(day('2026-12-04', rate('USD', '-1.05'))),
      /rate "-1.05" is not a positive decimal/,
    ],
    [
      'a decimal comma',
      envelope(day('2026-12-04', rate('USD', '1,05'))),
      /rate "1,05" is not a positive decimal/,
    ],
    ['an exponent', envelope(day('2026-12-04', rate('USD', '1e3'))), /rate "1e3" is not a positive decimal/],
    ['no rate', envelope(day('2026-12-04', '<Cube currency="USD"/>')), /rate null is not a positive decimal/],
    [
      'an absurdly large rate',
      envelope(day('2026-12-04', rate('USD', '99999999'))),
      /outside 0.0001–10000000/,
    ],
    [
      'an absurdly small rate',
      envelope(day('2026-12-04', rate('USD', '0.00001'))),
      /outside 0.0001–10000000/,
    ],
    [
      'a lower-case code',
      envelope(day('2026-12-04', rate('usd', '1.05'))),
      /"usd" is not a three-letter code/,
    ],
    [
      'no currency',
      envelope(day('2026-12-04', '<Cube rate="1.05"/>')),
      /currency null is not a three-letter/,
    ],
    ['a rate for EUR', envelope(day('2026-12-04', rate('EUR', '1'))), /currency="EUR": rates are per 1 EUR/],
    ['one currency twice a day', envelope(day('2026-12-04', ok + ok)), /currency="USD" appears twice/],
  ])('%s', (_name, xml, message) => {
    expect(() => parseEcbRates(xml, { today: TODAY })).toThrow(EcbRatesError);
    expect(() => parseEcbRates(xml, { today: TODAY })).toThrow(message);
  });

  it('refuses entity declarations (billion laughs) and external entities without expanding them', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
      ${envelope(day('2026-12-04', '<Cube currency="USD" rate="&lol2;"/>')).replace(/^<\?xml[^>]*>/, '')}`;
    expect(() => parseEcbRates(laughs, { today: TODAY })).toThrow(/DOCTYPE or entity declaration/);
    const external = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]><x>&ext;</x>`;
    expect(() => parseEcbRates(external, { today: TODAY })).toThrow(/DOCTYPE or entity declaration/);
  });

  it('a single bad rate refuses the whole file: no partial result', () => {
    const broken = hist.replace(`rate='1.1666'`, `rate='0'`);
    expect(() => parseEcbRates(broken, { today: TODAY })).toThrow(
      /time="2026-12-04" currency="USD": rate is zero/,
    );
  });
});
