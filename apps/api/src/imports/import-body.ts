import { MAX_IMPORT_BYTES } from '@spendwise/contracts';
import { type FastifyInstance } from 'fastify';
import { ImportTooLargeError } from './import.errors';
import { SpooledUpload, spoolDirectory, spoolUpload } from './upload-spool';

/** The media type of an uploaded bank file: its bytes as they are, whatever the format. */
export const IMPORT_MEDIA_TYPE = 'application/octet-stream';
const IMPORT_ROUTES = /^\/imports(\/preview)?(\?|$)/;
// Past this the 413 goes at once, even if that cuts the connection while the client is still sending.
const DISCARD_LIMIT = 8 * MAX_IMPORT_BYTES;

/**
 * Lets the import routes (only them: everywhere else JSON stays the one body) take a file as raw bytes. The body
 * is written to a temporary file as it streams in (upload-spool.ts), so the API never holds it: the request's body
 * is that SpooledUpload, which the reader streams from (docs/import.md). Past MAX_IMPORT_BYTES the partial file is
 * deleted and the excess read and dropped, so the client (a browser's fetch included) receives the 413 with the
 * limit rather than a connection reset mid-upload. The file is deleted once the response is sent, or the client
 * has gone: whatever the outcome (a route still reading it reads on from its open stream, or fails its next open).
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
      spoolDirectory()
        .then((dir) =>
          spoolUpload(payload, dir, {
            maxBytes: MAX_IMPORT_BYTES,
            discardBytes: DISCARD_LIMIT,
            tooLarge: () => new ImportTooLargeError('bytes'),
          }),
        )
        .then(
          (file) => done(null, file),
          (error: Error) => done(error, undefined),
        );
    },
  );
  // The file goes once the response is done: sent (whatever its status), or cut off by a client that left. The
  // response's 'close' comes in both cases; Fastify's onResponse and onRequestAbort both miss a client that leaves
  // after its upload, while the route runs (the request is complete, so not "aborted", and nothing finishes).
  fastify.addHook('preValidation', (request, reply, done) => {
    const file = request.body;
    if (file instanceof SpooledUpload) {
      if (reply.raw.destroyed || request.raw.socket.destroyed) void file.remove();
      else reply.raw.once('close', () => void file.remove());
    }
    done();
  });
}
