import { z } from 'zod';
import { MAX_AMOUNT_MINOR } from './limits';
import { isCurrencyCode } from './money';

export { MAX_AMOUNT_MINOR };

export const Uuid = z.uuid({ message: 'must be a UUID' });

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date (no time, no zone): `YYYY-MM-DD`, and a real day of a real month. */
export const IsoDate = z
  .string()
  .regex(ISO_DATE, { message: 'must be a date as YYYY-MM-DD' })
  .refine((value) => isRealDate(value), { message: 'is not a real calendar date' })
  .refine((value) => value >= '1900-01-01' && value <= '2999-12-31', {
    message: 'must be between 1900-01-01 and 2999-12-31',
  });

/** A calendar month: `YYYY-MM`. */
export const YearMonth = z
  .string()
  .regex(/^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/, { message: 'must be a month as YYYY-MM' });

/** Money is always an integer count of the currency's minor unit (cents), never a float. */
export const AmountMinor = z
  .number({ message: 'must be a number' })
  .int({ message: 'must be a whole number of minor units (e.g. cents)' })
  .positive({ message: 'must be greater than zero' })
  .max(MAX_AMOUNT_MINOR, { message: `must be at most ${MAX_AMOUNT_MINOR}` });

/** A current ISO 4217 currency (the list the money helpers take minor units from). */
export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'must be a 3-letter ISO 4217 code such as USD' })
  .refine(isCurrencyCode, { message: 'is not a current ISO 4217 currency' });

/** IANA time zone name such as `Europe/Berlin` or `UTC`. */
export const TimeZone = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(64, { message: 'must be at most 64 characters' })
  .refine(isValidTimeZone, { message: 'is not a known IANA time zone (e.g. Europe/Berlin)' });

export const HexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour as #RRGGBB' })
  .transform((value) => value.toLowerCase());

/** Text a person typed: trimmed, no control characters, bounded. */
export function text(label: { min?: number; max: number }) {
  return z
    .string({ message: 'must be text' })
    .trim()
    .min(label.min ?? 0, {
      message: label.min ? `must be at least ${label.min} character(s)` : 'is required',
    })
    .max(label.max, { message: `must be at most ${label.max} characters` })
    .refine((value) => !CONTROL_CHARS.test(value), { message: 'must not contain control characters' });
}

// Tabs and newlines are fine in notes; other C0/C1 controls and NUL (which PostgreSQL rejects) are not.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
