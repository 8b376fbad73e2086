/**
 * A TCP proxy on loopback between the API and PostgreSQL, for a "slow" or "black-holed" database without
 * touching the server: `delayMs` holds every reply back, `blackhole` swallows replies entirely (a hung server or a
 * network partition that drops packets rather than refusing), `down()` drops every connection and refuses new
 * ones (what clients see while PostgreSQL restarts), `up()` accepts again.
 */
import net from 'node:net';
import { freePort } from '@spendwise/local-stack';

export async function startTcpProxy(target) {
  const port = await freePort();
  const sockets = new Set();
  const state = { delayMs: 0, blackhole: false };
  const server = net.createServer((clientSocket) => {
    const upstream = net.connect(target.port, target.host);
    for (const socket of [clientSocket, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    clientSocket.pipe(upstream);
    upstream.on('data', (chunk) => {
      if (state.blackhole) return;
      if (state.delayMs) setTimeout(() => clientSocket.destroyed || clientSocket.write(chunk), state.delayMs);
      else clientSocket.write(chunk);
    });
    upstream.on('close', () => clientSocket.destroy());
    clientSocket.on('close', () => upstream.destroy());
  });
  const listen = () => new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen();
  return {
    port,
    state,
    down() {
      const closed = new Promise((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      return closed;
    },
    up: listen,
    stop() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
    },
  };
}
