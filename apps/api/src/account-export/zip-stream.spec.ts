import { describe, it, expect } from 'vitest';
import { unzipSync } from 'fflate';
import { zipStream } from './zip-stream';

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('zipStream', () => {
  it('writes a zip that unzips to every entry, in order, with unicode intact', async () => {
    const bytes = await collect(
      zipStream([
        {
          name: 'a.json',
          content: async function* () {
            yield '[';
            yield '"é€"';
            yield ']';
          },
        },
        { name: 'empty.csv', content: async function* () {} },
        {
          name: 'b.csv',
          content: async function* () {
            yield 'x,y\r\n'.repeat(10_000);
          },
        },
      ]),
    );
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['a.json', 'empty.csv', 'b.csv']);
    expect(new TextDecoder().decode(files['a.json'])).toBe('["é€"]');
    expect(files['empty.csv']).toHaveLength(0);
    expect(new TextDecoder().decode(files['b.csv'])).toBe('x,y\r\n'.repeat(10_000));
    // Compressed: 50 KB of repeated rows shrink to a small fraction.
    expect(bytes.length).toBeLessThan(5_000);
  });

  it('reads an entry only when the consumer has taken everything before it (no buffering ahead)', async () => {
    const read: string[] = [];
    const entry = (name: string) => ({
      name,
      content: async function* () {
        read.push(name);
        yield `${name} `.repeat(1000);
      },
    });
    const stream = zipStream([entry('first'), entry('second')]);
    await stream.next();
    expect(read).toEqual(['first']);
    await collect(stream);
    expect(read).toEqual(['first', 'second']);
  });

  it('passes on a failure of an entry instead of ending the archive as if complete', async () => {
    const stream = zipStream([
      {
        name: 'broken.json',
        content: async function* () {
          yield '[';
          throw new Error('database gone');
        },
      },
    ]);
    await expect(collect(stream)).rejects.toThrow('database gone');
  });
});
