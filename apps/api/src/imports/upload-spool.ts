import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Readable } from 'node:stream';
import { type StatementBytes } from './parsers';

/** Bytes read from the file at a time: the reader decodes slices of this size. */
const READ_BYTES = 64 * 1024;

/**
 * An uploaded bank file on disk, as the reader reads it (parsers/, StatementBytes): a stream of its bytes from any
 * offset, as often as a pass needs, or whole for the formats parsed as documents. The API never holds its bytes.
 */
export class SpooledUpload implements StatementBytes {
  private removal?: Promise<void>;

  constructor(
    readonly path: string,
    readonly size: number,
  ) {}

  stream(start = 0): AsyncIterable<Uint8Array> {
    return createReadStream(this.path, { start, highWaterMark: READ_BYTES });
  }

  whole(): Promise<Uint8Array> {
    return readFile(this.path);
  }

  /**
   * Deletes the file; idempotent. Never rejects (it runs detached, once the response is done): a file that cannot
   * be deleted is reported as a process warning and left in the private directory.
   */
  remove(): Promise<void> {
    this.removal ??= rm(this.path, { force: true }).catch((error: Error) =>
      process.emitWarning(`an import upload could not be deleted: ${error.message}`),
    );
    return this.removal;
  }
}

let directory: Promise<string> | undefined;

/**
 * This process's private directory for uploads (mkdtemp: mode 0700, a fresh name) under the OS temp dir, which
 * Node takes from TMPDIR (default /tmp: writable for the image's `node` user; docs/import.md). Made on first use.
 */
export function spoolDirectory(): Promise<string> {
  directory ??= mkdtemp(join(tmpdir(), 'spendwise-imports-')).catch((error: unknown) => {
    directory = undefined;
    throw error;
  });
  return directory;
}

export interface SpoolLimits {
  /** Bytes a file may have; past them the file is removed and the rest of the body read and dropped. */
  maxBytes: number;
  /** Bytes read and dropped past maxBytes before giving up on the body (the answer then goes at once). */
  discardBytes: number;
  /** What a body past maxBytes is refused with. */
  tooLarge: () => Error;
}

/**
 * Writes a request body to a new file (0600) in `dir` as it arrives, one chunk at a time: the body is paused while
 * a chunk is written, so memory holds a chunk, never the file. A body past maxBytes is refused and its partial file
 * deleted at once; one that ends early (the client aborted) or fails deletes it too. Resolves once the file is
 * whole and closed.
 */
export async function spoolUpload(body: Readable, dir: string, limits: SpoolLimits): Promise<SpooledUpload> {
  const path = join(dir, randomUUID());
  const file = await open(path, 'wx', 0o600);
  let closed = false;
  const discard = async () => {
    if (!closed) {
      closed = true;
      await file.close().catch(() => undefined);
    }
    await rm(path, { force: true });
  };
  try {
    // (Nothing reads the body while the file opens, so only an abort can have happened meanwhile.)
    if (body.destroyed) throw new Error('The upload was aborted before its end');
    const size = await new Promise<number>((resolve, reject) => {
      let size = 0;
      let writing: Promise<unknown> = Promise.resolve();
      let settled = false;
      const settle = (error: Error | null) => {
        if (settled) return;
        settled = true;
        body.off('data', onData);
        body.off('end', onEnd);
        body.off('close', onClose);
        // An error after settling (an abort while the 413 is sent) must not be an uncaught 'error' event.
        body.on('error', () => undefined);
        // The file is closed only once the last write has finished with it.
        void writing.then(
          () => (error ? reject(error) : resolve(size)),
          (writeError: Error) => reject(error ?? writeError),
        );
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          if (size - chunk.length <= limits.maxBytes) {
            // The partial file goes before another byte is read; the rest of the body is read and dropped.
            body.pause();
            writing = writing.then(discard).then(() => body.resume());
          }
          if (size > limits.discardBytes) settle(limits.tooLarge());
          return;
        }
        body.pause();
        writing = writing
          .then(() => file.write(chunk))
          .then(
            () => body.resume(),
            (error: Error) => settle(error),
          );
      };
      const onEnd = () => settle(size > limits.maxBytes ? limits.tooLarge() : null);
      // 'close' without 'end': the client went away mid-upload.
      const onClose = () => settle(new Error('The upload was aborted before its end'));
      body.on('data', onData);
      body.once('end', onEnd);
      body.once('close', onClose);
      body.once('error', settle);
    });
    closed = true;
    await file.close();
    return new SpooledUpload(path, size);
  } catch (error) {
    await discard();
    throw error;
  }
}
