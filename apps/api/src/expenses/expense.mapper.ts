import { convertMinor, type Expense, type ListedExpense, type RateTable } from '@spendwise/contracts';

/** An expense as read from the database (Prisma model or a raw query aliasing columns to these names). */
export interface ExpenseRow {
  id: string;
  amountMinor: number;
  currency: string;
  occurredOn: Date;
  description: string;
  merchant: string | null;
  note: string | null;
  tags: string[] | null;
  categoryId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An ExpenseRow as PostgreSQL writes it into JSON (`json_agg`): dates and timestamps as ISO strings. */
export type ExpenseRowJson = Omit<ExpenseRow, 'occurredOn' | 'createdAt' | 'updatedAt'> & {
  occurredOn: string;
  createdAt: string;
  updatedAt: string;
};

export function fromExpenseRowJson(row: ExpenseRowJson): ExpenseRow {
  return {
    ...row,
    occurredOn: fromIsoDate(row.occurredOn),
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

export function toExpense(row: ExpenseRow): Expense {
  return {
    id: row.id,
    amountMinor: row.amountMinor,
    currency: row.currency,
    occurredOn: toIsoDate(row.occurredOn),
    description: row.description,
    merchant: row.merchant,
    note: row.note,
    tags: row.tags ?? [],
    categoryId: row.categoryId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An expense with its amount in `base` at the rate of its date: null without a usable rate, never 1:1. */
export function toListedExpense(expense: Expense, base: string, rates: RateTable): ListedExpense {
  const conversion = convertMinor(expense.amountMinor, expense.currency, base, expense.occurredOn, rates);
  return { ...expense, baseAmountMinor: conversion.ok ? conversion.amountMinor : null };
}

/** A DATE column arrives as midnight UTC of that day; its calendar date is the first ten characters. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar date as Prisma writes DATE columns: midnight UTC of that day. */
export function fromIsoDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
