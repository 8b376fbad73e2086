/**
 * Node's TLS failures, said in the database's terms. Node's own text for a certificate signed by an unknown CA
 * ("self-signed certificate in certificate chain", "unable to verify the first certificate; … try running Node.js
 * with --use-system-ca") points away from the fix, which is almost always the CA bundle given in `sslrootcert`.
 */
const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
]);
const EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

/**
 * @param {unknown} error anything thrown while connecting (the TLS error may sit in its `cause` chain)
 * @param {string | undefined} databaseUrl the connection URL (for the host and the `sslrootcert` named)
 * @returns {Error | undefined} an Error naming the cause when `error` is a certificate failure, else undefined
 */
export function describeTlsError(error, databaseUrl) {
  const tlsError = findTlsError(error);
  if (!tlsError) return undefined;
  const url = safeUrl(databaseUrl);
  const host = url?.hostname ?? 'the database server';
  const rootCert = url?.searchParams.get('sslrootcert');
  const trusted = rootCert
    ? `the CA bundle in sslrootcert (${rootCert})`
    : "Node's default CAs (no sslrootcert)";
  const reason = firstLine(tlsError.message);
  let message;
  if (UNTRUSTED.has(tlsError.code)) {
    message =
      `TLS to the database at ${host} refused: its certificate is not signed by a CA in ${trusted} (${reason}). ` +
      'On AWS, DB_SSLROOTCERT must name the Amazon RDS CA bundle the backend image carries.';
  } else if (EXPIRED.has(tlsError.code)) {
    message = `TLS to the database at ${host} refused: its certificate is outside its validity period (${reason}).`;
  } else {
    message =
      `TLS to the database at ${host} refused: the certificate is not valid for the host name "${host}" ` +
      `(${reason}). Connect by the name the certificate carries (the RDS endpoint address), not an IP or alias.`;
  }
  return Object.assign(new Error(message, { cause: error }), { code: tlsError.code });
}

function findTlsError(error) {
  for (let current = error, depth = 0; current && depth < 5; current = current.cause, depth += 1) {
    if (
      UNTRUSTED.has(current.code) ||
      EXPIRED.has(current.code) ||
      current.code === 'ERR_TLS_CERT_ALTNAME_INVALID'
    ) {
      return current;
    }
  }
  return undefined;
}

function safeUrl(databaseUrl) {
  try {
    return databaseUrl ? new URL(databaseUrl) : undefined;
  } catch {
    return undefined;
  }
}

function firstLine(text) {
  return String(text).split(/[;\n]/)[0].trim();
}
