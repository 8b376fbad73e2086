import { IsoDate, Uuid } from '@spendwise/contracts';
import { z } from 'zod';
import { ValidationFailedError } from '../errors/domain-error';

/** Position after the last row of a page, in the list's order (occurred_on, created_at, id — all descending). */
export interface ExpenseCursor {
  occurredOn: string;
  createdAt: string;
  id: string;
}

const CursorPayload = z.tuple([IsoDate, z.iso.datetime(), Uuid]);

/** Opaque to clients: base64url of a small JSON tuple. */
export function encodeCursor(cursor: ExpenseCursor): string {
  return Buffer.from(JSON.stringify([cursor.occurredOn, cursor.createdAt, cursor.id])).toString('base64url');
}

/** A cursor that does not decode to a valid position is the client's mistake: 400 naming `cursor`. */
export function decodeCursor(encoded: string): ExpenseCursor {
  try {
    const [occurredOn, createdAt, id] = CursorPayload.parse(
      JSON.parse(Buffer.from(encoded, 'base64url').toString()),
    );
    return { occurredOn, createdAt, id };
  } catch {
    throw new ValidationFailedError([{ field: 'cursor', message: 'is not a valid cursor' }]);
  }
}
