/**
 * What stands in for CloudFront / the load balancer's HTTPS listener in the HTTPS smoke test: a test certificate
 * authority (openssl), a certificate for the public host names it signs, that CA trusted the way Chromium on Linux
 * trusts a company CA (an NSS database in the browser's home, certutil) and curl does (CURL_CA_BUNDLE), and a
 * terminator that takes TLS on those names and forwards plain HTTP to the local stack, as CloudFront does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';

const run = (command, args) =>
  execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });

/**
 * A CA and one server certificate for `hosts` (subjectAltName DNS entries), written under `dir`.
 * @returns {{ caFile: string, certFile: string, keyFile: string }}
 */
export function makeTestCertificates(dir, hosts) {
  mkdirSync(dir, { recursive: true });
  const file = (name) => path.join(dir, name);
  run('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-subj', '/CN=SpendWise test CA', '-keyout', file('ca.key'), '-out', file('ca.pem'),
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]); // prettier-ignore
  run('openssl', [
    'req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${hosts[0]}`,
    '-keyout', file('server.key'), '-out', file('server.csr'),
  ]); // prettier-ignore
  writeFileSync(
    file('server.ext'),
    `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}\nextendedKeyUsage=serverAuth\n`,
  );
  run('openssl', [
    'x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'),
    '-CAcreateserial', '-days', '2', '-extfile', file('server.ext'), '-out', file('server.pem'),
  ]); // prettier-ignore
  return { caFile: file('ca.pem'), certFile: file('server.pem'), keyFile: file('server.key') };
}

/** A home directory whose NSS database trusts `caFile` for TLS servers: where Chromium on Linux looks. */
export function homeTrusting(homeDir, caFile) {
  const nssdb = path.join(homeDir, '.pki', 'nssdb');
  mkdirSync(nssdb, { recursive: true });
  run('certutil', ['-d', `sql:${nssdb}`, '-N', '--empty-password']);
  run('certutil', ['-d', `sql:${nssdb}`, '-A', '-t', 'C,,', '-n', 'spendwise-test-ca', '-i', caFile]);
  return homeDir;
}

const TEXT = /^(text\/|application\/(javascript|json)|application\/x-component)/;

/**
 * Listens on 127.0.0.1:`port` (TLS with `tls`, plain HTTP without) and forwards every request to `target`
 * (http://127.0.0.1:<port>), keeping the Host the browser asked for and adding X-Forwarded-For/-Proto as
 * CloudFront and the load balancer do. `replace` ([from, to]) substitutes a string in text bodies and headers:
 * the web app's production build has its API URL inlined as a string, and this serves that build as a build with
 * another NEXT_PUBLIC_API_URL would be served (the same bytes apart from the URL).
 * @returns {Promise<{ replaced: () => number, stop: () => Promise<void> }>}
 */
export async function startTerminator({ port, target, tls, replace }) {
  const upstream = new URL(target);
  let replaced = 0;
  const swap = (text) => {
    if (!replace) return text;
    const parts = text.split(replace[0]);
    replaced += parts.length - 1;
    return parts.join(replace[1]);
  };
  const handler = (request, response) => {
    const headers = { ...request.headers, 'accept-encoding': 'identity' };
    headers['x-forwarded-for'] = [request.headers['x-forwarded-for'], request.socket.remoteAddress]
      .filter(Boolean)
      .join(', ');
    headers['x-forwarded-proto'] = tls ? 'https' : 'http';
    const forwarded = http.request(
      { host: upstream.hostname, port: upstream.port, path: request.url, method: request.method, headers },
      (answer) => {
        const outHeaders = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          outHeaders[name] = Array.isArray(value) ? value.map(swap) : swap(String(value));
        }
        if (!replace || !TEXT.test(answer.headers['content-type'] ?? '')) {
          response.writeHead(answer.statusCode, outHeaders);
          answer.pipe(response);
          return;
        }
        const chunks = [];
        answer.on('data', (chunk) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.from(swap(Buffer.concat(chunks).toString('utf8')), 'utf8');
          delete outHeaders['transfer-encoding'];
          outHeaders['content-length'] = String(body.length);
          response.writeHead(answer.statusCode, outHeaders);
          response.end(body);
        });
      },
    );
    forwarded.on('error', (error) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`terminator: ${error.message}`);
    });
    request.pipe(forwarded);
  };
  const server = tls
    ? https.createServer({ cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) }, handler)
    : http.createServer(handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    replaced: () => replaced,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
