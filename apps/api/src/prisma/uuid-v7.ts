import { randomFillSync } from 'node:crypto';

// Random bits drawn 4 KB at a time (as Node's own randomUUID does): one call into crypto per 256 ids rather than per
// id, which was most of the time a 50,000-row bank import spent making its ids.
const entropy = Buffer.alloc(4096);
let used = entropy.length;

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix-ms timestamp, then random bits. The same kind of id Prisma's `uuid(7)`
 * default gives, for the rows we insert with raw SQL (Prisma's default is applied client-side, not by the DB).
 */
export function uuidV7(now = Date.now()): string {
  if (used === entropy.length) {
    randomFillSync(entropy);
    used = 0;
  }
  const bytes = Buffer.from(entropy.subarray(used, (used += 16)));
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
