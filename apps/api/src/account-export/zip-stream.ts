import { Zip, ZipDeflate } from 'fflate';

/** One file of the archive; its text is produced lazily, piece by piece, when the archive reaches it. */
export interface ZipEntry {
  name: string;
  content: () => AsyncIterable<string>;
}

const encoder = new TextEncoder();

/**
 * A zip archive written as its entries' pieces arrive. fflate compresses synchronously and has no backpressure of
 * its own, so every piece's compressed output is handed on before the next piece is read: a consumer that stops
 * reading stops the database reads behind it, and memory holds one piece (one batch of rows) at a time. Entries go
 * one after the other, because fflate holds back a later entry's bytes until the earlier ones are finished.
 */
export async function* zipStream(entries: ZipEntry[]): AsyncGenerator<Uint8Array> {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending.push(chunk);
  });
  const flush = function* (): Generator<Uint8Array> {
    if (failure) throw failure;
    yield* pending.splice(0);
  };

  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    zip.add(file);
    for await (const piece of entry.content()) {
      file.push(encoder.encode(piece));
      yield* flush();
    }
    file.push(new Uint8Array(0), true);
    yield* flush();
  }
  zip.end();
  yield* flush();
}
