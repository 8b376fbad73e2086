/**
 * Reads the European Central Bank's euro reference rates in ECB's own XML (eurofxref-daily.xml,
 * eurofxref-hist-90d.xml, eurofxref-hist.xml — one format):
 *
 *   <gesmes:Envelope …><Cube><Cube time="2026-12-04"><Cube currency="USD" rate="1.0512"/>…</Cube>…</Cube>
 *
 * Rates stay decimal strings exactly as published ("units of the currency per 1 EUR"). A file that is not
 * well-formed, declares a DOCTYPE or entities, or holds a rate or date SpendWise could not trust is refused whole,
 * with an error naming the day and currency — a partly read file would leave gaps that look like "no rate".
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface EcbRate {
  /** YYYY-MM-DD, the day ECB published the rate for. */
  date: string;
  /** Three-letter code; historical ones (e.g. TRL, CYP in eurofxref-hist.xml) included. */
  currency: string;
  /** Decimal string as published: 1 EUR = rate units of currency. */
  rate: string;
}

export interface EcbRatesFile {
  rates: EcbRate[];
  /** Publication days in the file, oldest first. */
  dates: string[];
}

export class EcbRatesError extends Error {
  override name = 'EcbRatesError';
}

/** ECB's first reference rates: 4 January 1999. */
export const ECB_FIRST_DATE = '1999-01-04';
/**
 * Rates outside [MIN_RATE, MAX_RATE] per euro are refused as absurd. The extremes ECB ever published are about
 * 0.4 (MTL) and about 2 million (TRL, before the 2005 redenomination); 10 million leaves room for the weakest
 * currency a person may one day enter, 0.0001 for the strongest. The database column holds up to 8 integer and 10
 * fractional digits, which the pattern below matches.
 */
export const MIN_RATE = '0.0001';
export const MAX_RATE = '10000000';

const RATE_PATTERN = /^\d{1,8}(\.\d{1,10})?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY_PATTERN = /^[A-Z]{3}$/;
// Most elements the days can reach: a full history is ≈ 7,000 days; this refuses a file crafted to exhaust memory.
const MAX_DAYS = 20_000;

function compareDecimal(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  const width = Math.max(af.length, bf.length);
  const x = BigInt(ai + af.padEnd(width, '0'));
  const y = BigInt(bi + bf.padEnd(width, '0'));
  return x < y ? -1 : x > y ? 1 : 0;
}

function isCalendarDate(date: string): boolean {
  if (!DATE_PATTERN.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

type Node = Record<string, unknown>;

function asArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses one ECB reference-rate file. `today` (YYYY-MM-DD, default the current UTC date) bounds the dates: a rate
 * dated after tomorrow is refused (ECB publishes around 16:00 CET for the same day; a day of slack for time zones).
 */
export function parseEcbRates(xml: string, options: { today?: string } = {}): EcbRatesFile {
  const fail = (message: string): never => {
    throw new EcbRatesError(`ECB rates file: ${message}`);
  };
  // ECB's feeds never carry a DOCTYPE; refusing one up front rules out entity expansion ("billion laughs") and
  // external entities whatever the parser does with them (it expands none: processEntities is off below).
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) fail('a DOCTYPE or entity declaration is not allowed');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) fail(`not well-formed XML at line ${valid.err.line}: ${valid.err.msg}`);

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    processEntities: false,
    htmlEntities: false,
    isArray: (name) => name === 'Cube',
  });
  const document = parser.parse(xml) as Node;
  const envelope = document['Envelope'];
  if (!isNode(envelope)) fail('the root element is not gesmes:Envelope');
  const outer = asArray((envelope as Node)['Cube']);
  // An empty <Cube></Cube> parses as the empty string: an envelope without days, refused just below.
  if (outer.length !== 1 || !(isNode(outer[0]) || outer[0] === '')) {
    fail('expected exactly one outer <Cube> in the envelope');
  }
  const days = isNode(outer[0]) ? asArray(outer[0]['Cube']) : [];
  if (days.length === 0) fail('no <Cube time="…"> days: the file holds no rates');
  if (days.length > MAX_DAYS) fail(`${days.length} days is more than any ECB file holds (${MAX_DAYS})`);

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const latest = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const seenDates = new Set<string>();
  const rates: EcbRate[] = [];
  days.forEach((day, index) => {
    if (!isNode(day)) fail(`day ${index + 1}: <Cube> without a time attribute`);
    const date = (day as Node)['@time'];
    if (typeof date !== 'string' || date === '') fail(`day ${index + 1}: <Cube> without a time attribute`);
    const time = date as string;
    if (!isCalendarDate(time)) fail(`time="${time}" is not a YYYY-MM-DD calendar date`);
    if (time < ECB_FIRST_DATE)
      fail(`time="${time}" is before ECB's first reference rates (${ECB_FIRST_DATE})`);
    if (time > latest) fail(`time="${time}" is in the future (today is ${today})`);
    if (seenDates.has(time)) fail(`time="${time}" appears twice`);
    seenDates.add(time);

    const entries = asArray((day as Node)['Cube']);
    if (entries.length === 0) fail(`time="${time}" has no rates`);
    const seenCurrencies = new Set<string>();
    for (const entry of entries) {
      const currency = isNode(entry) ? entry['@currency'] : undefined;
      const rate = isNode(entry) ? entry['@rate'] : undefined;
      if (typeof currency !== 'string' || !CURRENCY_PATTERN.test(currency)) {
        fail(`time="${time}": currency ${JSON.stringify(currency ?? null)} is not a three-letter code`);
      }
      const code = currency as string;
      const where = `time="${time}" currency="${code}"`;
      if (code === 'EUR') fail(`${where}: rates are per 1 EUR, a rate for EUR itself is meaningless`);
      if (seenCurrencies.has(code)) fail(`${where} appears twice on that day`);
      seenCurrencies.add(code);
      if (typeof rate !== 'string' || !RATE_PATTERN.test(rate)) {
        fail(`${where}: rate ${JSON.stringify(rate ?? null)} is not a positive decimal such as "1.0512"`);
      }
      const value = rate as string;
      if (compareDecimal(value, '0') === 0) fail(`${where}: rate is zero`);
      if (compareDecimal(value, MIN_RATE) < 0 || compareDecimal(value, MAX_RATE) > 0) {
        fail(`${where}: rate ${value} is outside ${MIN_RATE}–${MAX_RATE} per euro`);
      }
      rates.push({ date: time, currency: code, rate: value });
    }
  });
  const dates = [...seenDates].sort();
  rates.sort((a, b) => (a.date === b.date ? (a.currency < b.currency ? -1 : 1) : a.date < b.date ? -1 : 1));
  return { rates, dates };
}
