import net from 'node:net';
import { freePort } from '@spendwise/local-stack';

/**
 * A TCP proxy in front of a real server, for fault injection: `down()` drops every connection and refuses new
 * ones (the server "crashed" or the network split), `up()` restores it, `delayMs` slows every reply and
 * `swallowReplies` drops them (a server that accepts but never answers).
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let delayMs = 0;
  let swallowReplies = false;

  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream);
    upstream.on('data', (chunk) => {
      if (swallowReplies) return;
      if (delayMs) setTimeout(() => client.write(chunk), delayMs);
      else client.write(chunk);
    });
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });

  const listen = () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen();
  return {
    port,
    set delayMs(ms: number) {
      delayMs = ms;
    },
    set swallowReplies(on: boolean) {
      swallowReplies = on;
    },
    async down() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    up: listen,
    stop() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
    },
  };
}

/** The same connection URL, pointed at the proxy. */
export function viaProxy(url: string, proxyPort: number): string {
  const parsed = new URL(url);
  parsed.host = `127.0.0.1:${proxyPort}`;
  return parsed.toString();
}
