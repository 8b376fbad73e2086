// Characters that make spreadsheet apps treat a cell as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
// A negative decimal (a refund's "-20.00") starts with "-" but is a number to a spreadsheet, nothing it runs.
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

/** One CSV field (RFC 4180 quoting), defused so a description like `=HYPERLINK(…)` stays text in Excel. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !NEGATIVE_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: Array<string | number | null>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
