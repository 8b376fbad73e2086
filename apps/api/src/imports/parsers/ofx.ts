import { isCurrencyCode } from '@spendwise/contracts';
import { parseSignedAmount } from './amount';
import { parseDate } from './dates';
import { decodeBasicEntities, lineAt, refuseDtd } from './xml';
import { type RowError, type StatementRow, UnreadableStatementError } from './types';

/**
 * OFX/QFX 1.x (SGML: leaf elements have no end tags) and 2.x (XML). Both are read the same way: each
 * <STMTTRN>…</STMTTRN> aggregate's leaf elements as tag → value, which the two versions write alike. The file must
 * end with </OFX>, so a truncated download is refused rather than half imported.
 */
export function parseOfx(
  text: string,
  defaultCurrency: string,
): { rows: StatementRow[]; errors: RowError[] } {
  refuseDtd(text);
  if (!/<\/OFX>\s*$/i.test(text))
    throw new UnreadableStatementError('The OFX file is truncated: it does not end with </OFX>');
  const rows: StatementRow[] = [];
  const errors: RowError[] = [];
  // Statements in one file may be in different currencies: each transaction takes the CURDEF before it.
  const curdefs = [...text.matchAll(/<CURDEF>\s*([A-Za-z]{3})/gi)].map((m) => ({
    at: m.index,
    code: m[1]!.toUpperCase(),
  }));
  for (const block of text.matchAll(/<STMTTRN>([\s\S]*?)<\/STMTTRN>/gi)) {
    const line = lineAt(text, block.index);
    const fields = new Map<string, string>();
    for (const field of block[1]!.matchAll(/<([A-Za-z0-9.]+)>([^<\r\n]*)/g)) {
      fields.set(field[1]!.toUpperCase(), decodeBasicEntities(field[2]!.trim()));
    }
    const currency = curdefs.filter((c) => c.at < block.index).at(-1)?.code ?? defaultCurrency;
    const fail = (field: string, reason: string) => errors.push({ line, field, reason });
    if (!isCurrencyCode(currency)) {
      fail('currency', `"${currency}" is not an ISO 4217 currency`);
      continue;
    }
    const date = parseDate(fields.get('DTPOSTED') ?? '', 'YMD');
    if (date === null) {
      fail('DTPOSTED', `"${fields.get('DTPOSTED') ?? ''}" is not an OFX date (YYYYMMDD…)`);
      continue;
    }
    // OFX amounts use "." as the decimal mark (OFX 2.1.1 §3.2.9.2); some banks write "," anyway.
    const raw = fields.get('TRNAMT') ?? '';
    const amount = parseSignedAmount(raw, currency, /,\d{1,2}$/.test(raw) ? ',' : '.');
    if (!amount.ok) {
      fail('TRNAMT', amount.reason);
      continue;
    }
    const name = fields.get('NAME') ?? fields.get('PAYEE') ?? '';
    const memo = fields.get('MEMO') ?? '';
    const description = memo || name;
    if (description === '') {
      fail('NAME', 'The transaction has no NAME or MEMO');
      continue;
    }
    const fitid = fields.get('FITID') ?? '';
    rows.push({
      line,
      date,
      amountMinor: amount.minor,
      currency,
      description,
      ...(name !== '' ? { merchant: name } : {}),
      ...(fitid !== '' ? { bankId: fitid } : {}),
    });
  }
  return { rows, errors };
}
