import { IsoDate, Uuid } from '@spendwise/contracts';
import { z } from 'zod';
import { ValidationFailedError } from '../errors/domain-error';
import { NEWEST_FIRST_ORDER, type ExpenseOrder, type SortKeyValue, validSortKeys } from './expense-order.sql';

/**
 * Position after the last row of a page, in the list's order: that order's key values (none for the date order)
 * and the tie-breakers (occurred_on, created_at, id).
 */
export interface ExpenseCursor {
  order: ExpenseOrder;
  keys: SortKeyValue[];
  occurredOn: string;
  createdAt: string;
  id: string;
}

const Position = z.tuple([IsoDate, z.iso.datetime(), Uuid]);
const OrderedPosition = z.tuple([IsoDate, z.iso.datetime(), Uuid, z.string(), z.array(z.unknown())]);

/**
 * Opaque to clients: base64url of a small JSON tuple. The newest-first order's cursor is the position alone (as it
 * has always been); any other order's also names the order and carries its key values.
 */
export function encodeCursor(cursor: Omit<ExpenseCursor, 'order' | 'keys'> & Partial<ExpenseCursor>): string {
  const position = [cursor.occurredOn, cursor.createdAt, cursor.id];
  const order = cursor.order ?? NEWEST_FIRST_ORDER;
  const payload = order === NEWEST_FIRST_ORDER ? position : [...position, order, cursor.keys ?? []];
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/**
 * A cursor that does not decode to a valid position of `order` is the client's mistake: 400 naming `cursor` (a
 * cursor of another order would skip or repeat rows).
 */
export function decodeCursor(encoded: string, order: ExpenseOrder = NEWEST_FIRST_ORDER): ExpenseCursor {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(encoded, 'base64url').toString());
  } catch {
    throw invalidCursor();
  }
  const plain = Position.safeParse(payload);
  if (plain.success && order === NEWEST_FIRST_ORDER) return cursorOf(order, [], plain.data);
  const ordered = OrderedPosition.safeParse(payload);
  if (!ordered.success || ordered.data[3] !== order || !validSortKeys(order, ordered.data[4])) {
    throw invalidCursor();
  }
  const [occurredOn, createdAt, id, , keys] = ordered.data;
  return cursorOf(order, keys as SortKeyValue[], [occurredOn, createdAt, id]);
}

function cursorOf(
  order: ExpenseOrder,
  keys: SortKeyValue[],
  [occurredOn, createdAt, id]: string[],
): ExpenseCursor {
  return { order, keys, occurredOn: occurredOn!, createdAt: createdAt!, id: id! };
}

function invalidCursor(): ValidationFailedError {
  return new ValidationFailedError([{ field: 'cursor', message: 'is not a valid cursor' }]);
}
