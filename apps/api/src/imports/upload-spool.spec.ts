import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseStatement, readStatement, scanBytes } from './parsers';
import { SpooledUpload, spoolDirectory, spoolUpload } from './upload-spool';

const CHUNK = 16;
const TOO_LARGE = new Error('too large');

/**
 * A request body as a socket gives it: `chunks` pushed one at a time, each only when the reader asks (a 16-byte
 * highWaterMark, far below the file), then `ending` (its end, or an abort). `sent` counts what it gave.
 */
function body(chunks: Uint8Array[], ending: 'end' | 'abort' | 'close' = 'end', onRead = () => {}) {
  let next = 0;
  const stream = new Readable({
    highWaterMark: CHUNK,
    read() {
      // Each chunk in a later turn of the event loop, as a socket's arrive.
      setImmediate(() => {
        onRead();
        if (next < chunks.length) {
          stream.sent += chunks[next]!.length;
          this.push(chunks[next++]);
        } else if (ending === 'end') this.push(null);
        else if (ending === 'abort')
          this.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
        else this.destroy();
      });
    },
  }) as Readable & { sent: number };
  stream.sent = 0;
  return stream;
}

const sliced = (bytes: Uint8Array) =>
  Array.from({ length: Math.ceil(bytes.length / CHUNK) }, (_, index) =>
    bytes.subarray(index * CHUNK, (index + 1) * CHUNK),
  );

const csv = () => {
  let text = 'Date,Description,Amount\n';
  for (let day = 1; day <= 300; day++)
    text += `2026-03-${String((day % 28) + 1).padStart(2, '0')},Shop ${day},-${day}.25\n`;
  return new TextEncoder().encode(text);
};

describe('spoolUpload (an import body to a temporary file as it arrives)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spool-spec-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const limits = (maxBytes: number, discardBytes = 8 * maxBytes) => ({
    maxBytes,
    discardBytes,
    tooLarge: () => TOO_LARGE,
  });
  const onDisk = () => readdirSync(dir).reduce((bytes, name) => bytes + statSync(join(dir, name)).size, 0);

  it('writes the body to disk chunk by chunk while it streams, and the reader reads that file', async () => {
    const bytes = csv();
    let lag = 0;
    // Each time the body is asked for more, what it has sent is on disk but for the chunk or two in flight.
    const source: ReturnType<typeof body> = body(
      sliced(bytes),
      'end',
      () => (lag = Math.max(lag, source.sent - onDisk())),
    );
    const file = await spoolUpload(source, dir, limits(bytes.length));

    expect(file).toBeInstanceOf(SpooledUpload);
    expect(lag).toBeLessThanOrEqual(2 * CHUNK);
    expect(readdirSync(dir)).toEqual([file.path.slice(dir.length + 1)]);
    expect(statSync(file.path).mode & 0o777).toBe(0o600);
    expect(file.size).toBe(bytes.length);
    expect(new Uint8Array(readFileSync(file.path))).toEqual(bytes);
    // The object keeps no bytes of its own: only where they are.
    expect(Object.values(file).filter((value) => typeof value === 'object' && value !== null)).toEqual([]);

    const reading = await readStatement(file, await scanBytes(file), { defaultCurrency: 'EUR', csv: {} });
    const entries = [];
    for await (const entry of reading.entries()) entries.push(entry);
    expect(entries).toEqual(parseStatement(bytes, { defaultCurrency: 'EUR', csv: {} }).rows);

    await file.remove();
    await file.remove();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a body past the limit, deletes the partial file at once, and reads the rest to its end', async () => {
    const bytes = csv();
    let leftOnDisk = -1;
    const source: ReturnType<typeof body> = body(sliced(bytes), 'end', () => {
      if (source.sent > 100 + 2 * CHUNK) leftOnDisk = Math.max(leftOnDisk, readdirSync(dir).length);
    });
    await expect(spoolUpload(source, dir, limits(100, 2 * bytes.length))).rejects.toBe(TOO_LARGE);
    expect(leftOnDisk).toBe(0);
    expect(source.readableEnded).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives up on a body past the discard limit without reading it to its end', async () => {
    const bytes = csv();
    const source = body(sliced(bytes));
    let sentWhenRefused = 0;
    const refused = spoolUpload(source, dir, limits(100, 200)).catch((error: unknown) => {
      sentWhenRefused = source.sent;
      throw error;
    });
    await expect(refused).rejects.toBe(TOO_LARGE);
    expect(sentWhenRefused).toBeLessThan(bytes.length);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(['abort', 'close'] as const)(
    'deletes the partial file of a client that goes away mid-upload (%s)',
    async (ending) => {
      const bytes = csv();
      const source = body(sliced(bytes).slice(0, 20), ending);
      await expect(spoolUpload(source, dir, limits(bytes.length))).rejects.toThrow(
        ending === 'abort' ? 'aborted' : 'The upload was aborted before its end',
      );
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it('never rejects a removal, which runs detached: a file it cannot delete is a process warning', async () => {
    // A directory is not a file rm deletes without `recursive`: the removal fails.
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      await expect(new SpooledUpload(dir, 0).remove()).resolves.toBeUndefined();
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([expect.stringContaining('an import upload could not be deleted')]);
  });

  it('keeps the files in a private directory under the OS temp dir, made once', async () => {
    const made = await spoolDirectory();
    expect(made.startsWith(join(tmpdir(), 'spendwise-imports-'))).toBe(true);
    expect(statSync(made).mode & 0o777).toBe(0o700);
    expect(await spoolDirectory()).toBe(made);
    rmSync(made, { recursive: true });
  });
});
