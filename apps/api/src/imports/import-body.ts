import { MAX_IMPORT_BYTES } from '@spendwise/contracts';
import { type FastifyInstance } from 'fastify';
import { ImportTooLargeError } from './import.errors';

/** The media type of an uploaded bank file: its bytes as they are, whatever the format. */
export const IMPORT_MEDIA_TYPE = 'application/octet-stream';
const IMPORT_ROUTES = /^\/imports(\/preview)?(\?|$)/;
// Past this the 413 goes at once, even if that cuts the connection while the client is still sending.
const DISCARD_LIMIT = 8 * MAX_IMPORT_BYTES;

/**
 * Lets the import routes (only them: everywhere else JSON stays the one body) take a file as raw bytes. The body
 * is read as it streams in and, once past MAX_IMPORT_BYTES, no longer kept: a 100 MB upload never sits in memory
 * and is answered 413 with the limit. The excess is read and dropped so the client (a browser's fetch included)
 * receives that answer rather than a connection reset mid-upload. Within the limit the file is held whole,
 * because the parsers detect the dialect (delimiter, date order, decimal mark) from all of it.
 */
export function registerImportBody(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    IMPORT_MEDIA_TYPE,
    { bodyLimit: Number.MAX_SAFE_INTEGER },
    (request, payload, done) => {
      if (!IMPORT_ROUTES.test(request.url) || request.method !== 'POST') {
        const unsupported = Object.assign(new Error('Unsupported Media Type'), {
          code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
          statusCode: 415,
        });
        done(unsupported, undefined);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let finished = false;
      const finish = (error: Error | null, body?: Buffer) => {
        if (finished) return;
        finished = true;
        done(error, body);
      };
      payload.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_IMPORT_BYTES) chunks.push(chunk);
        else chunks.length = 0;
        if (size > DISCARD_LIMIT) finish(new ImportTooLargeError('bytes'));
      });
      payload.on('end', () =>
        finish(size > MAX_IMPORT_BYTES ? new ImportTooLargeError('bytes') : null, Buffer.concat(chunks)),
      );
      payload.on('error', (error) => finish(error));
    },
  );
}
