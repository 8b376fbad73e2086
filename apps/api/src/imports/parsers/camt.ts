import { isCurrencyCode } from '@spendwise/contracts';
import { parseSignedAmount } from './amount';
import { parseDate } from './dates';
import { lineAt, parseXml } from './xml';
import { type RowError, type StatementRow, UnreadableStatementError } from './types';

type Node = Record<string, unknown>;

/**
 * ISO 20022 camt.053 (bank-to-customer statement): each Stmt/Ntry is one booked entry with its amount (Amt, its
 * currency in the Ccy attribute, always positive), CdtDbtInd (DBIT/CRDT), the booking date and, as the bank's id,
 * the entry reference (NtryRef, else the servicer's AcctSvcrRef).
 */
export function parseCamt053(text: string): { rows: StatementRow[]; errors: RowError[] } {
  const document = parseXml(text);
  const root = (document.Document as Node | undefined)?.BkToCstmrStmt as Node | undefined;
  if (!root)
    throw new UnreadableStatementError('The XML is not a camt.053 statement (no Document/BkToCstmrStmt)');
  const entries = ((root.Stmt as Node[] | undefined) ?? []).flatMap(
    (stmt) => (stmt.Ntry as Node[] | undefined) ?? [],
  );
  const offsets = [...text.matchAll(/<(?:\w+:)?Ntry>/g)].map((match) => match.index);
  const rows: StatementRow[] = [];
  const errors: RowError[] = [];
  entries.forEach((entry, index) => {
    const line = lineAt(text, offsets[index] ?? 0);
    const fail = (field: string, reason: string) => errors.push({ line, field, reason });
    const amt = entry.Amt as Node | string | undefined;
    const value = typeof amt === 'object' ? String(amt['#text'] ?? '') : String(amt ?? '');
    const currency = typeof amt === 'object' ? String(amt['@Ccy'] ?? '') : '';
    if (!isCurrencyCode(currency)) return fail('Amt', `"${currency}" is not an ISO 4217 currency (Ccy)`);
    const amount = parseSignedAmount(value, currency, '.');
    if (!amount.ok) return fail('Amt', amount.reason);
    const indicator = String(entry.CdtDbtInd ?? '');
    if (indicator !== 'DBIT' && indicator !== 'CRDT')
      return fail('CdtDbtInd', `"${indicator}" is neither DBIT nor CRDT`);
    const booked = (entry.BookgDt as Node | undefined) ?? (entry.ValDt as Node | undefined);
    const rawDate = String(booked?.Dt ?? booked?.DtTm ?? '');
    const date = parseDate(rawDate, 'YMD');
    if (date === null) return fail('BookgDt', `"${rawDate}" is not an ISO date`);
    const details = ((entry.NtryDtls as Node | undefined)?.TxDtls as Node[] | undefined)?.[0];
    const remittance =
      ((details?.RmtInf as Node | undefined)?.Ustrd as unknown[] | undefined)?.map(String).join(' ') ?? '';
    const parties = details?.RltdPties as Node | undefined;
    const counterparty = (indicator === 'DBIT' ? parties?.Cdtr : parties?.Dbtr) as Node | undefined;
    const merchant = String((counterparty?.Pty as Node | undefined)?.Nm ?? counterparty?.Nm ?? '');
    const description = remittance || String(entry.AddtlNtryInf ?? '') || merchant;
    if (description === '') return fail('RmtInf', 'The entry has no remittance information or counterparty');
    const bankId = String(entry.NtryRef ?? entry.AcctSvcrRef ?? '');
    rows.push({
      line,
      date,
      amountMinor: indicator === 'DBIT' ? -Math.abs(amount.minor) : Math.abs(amount.minor),
      currency,
      description,
      ...(merchant !== '' ? { merchant } : {}),
      ...(bankId !== '' ? { bankId } : {}),
    });
  });
  return { rows, errors };
}
