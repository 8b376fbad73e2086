/**
 * Test certificate authorities made with the machine's `openssl`, for staging TLS locally (PostgreSQL serving
 * verify-full TLS, an HTTPS terminator in front of the stack). Never used outside tests and local tooling.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function openssl(args, cwd) {
  try {
    await run('openssl', args, { cwd });
  } catch (error) {
    throw new Error(`openssl ${args[0]} failed: ${error.stderr || error.message}`);
  }
}

/**
 * A test CA named `name`, and a server certificate it signed for `serverNames` (DNS names; IP addresses are
 * deliberately left out so that a client connecting by IP must be refused under verify-full).
 * @param {string} dir where the PEM files are written (created if missing)
 * @param {{ name?: string, serverNames?: string[], days?: number }} [options]
 * @returns {Promise<{ caFile: string, certFile: string, keyFile: string }>}
 */
export async function createTestCa(
  dir,
  { name = 'SpendWise Test CA', serverNames = ['localhost'], days = 2 } = {},
) {
  await mkdir(dir, { recursive: true });
  const files = {
    caFile: path.join(dir, 'ca.pem'),
    caKey: path.join(dir, 'ca.key'),
    certFile: path.join(dir, 'server.pem'),
    keyFile: path.join(dir, 'server.key'),
    csr: path.join(dir, 'server.csr'),
    ext: path.join(dir, 'server.ext'),
  };
  await openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', String(days), '-subj', `/CN=${name}`]
      .concat(['-keyout', files.caKey, '-out', files.caFile])
      .concat([
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
      ]),
    dir,
  );
  await openssl(
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      `/CN=${serverNames[0]}`,
      '-keyout',
      files.keyFile,
    ].concat(['-out', files.csr]),
    dir,
  );
  await writeFile(
    files.ext,
    `subjectAltName=${serverNames.map((host) => `DNS:${host}`).join(',')}\n` +
      'extendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n',
  );
  await openssl(
    ['x509', '-req', '-in', files.csr, '-CA', files.caFile, '-CAkey', files.caKey, '-CAcreateserial'].concat([
      '-days',
      String(days),
      '-sha256',
      '-extfile',
      files.ext,
      '-out',
      files.certFile,
    ]),
    dir,
  );
  return { caFile: files.caFile, certFile: files.certFile, keyFile: files.keyFile };
}
