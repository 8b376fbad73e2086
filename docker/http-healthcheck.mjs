// HEALTHCHECK for the SpendWise images (no curl in a slim image): `node http-healthcheck.mjs <path> [port]`
// exits 0 when http://127.0.0.1:<port><path> answers 2xx within 3 s. The port defaults to $PORT.
const [path = '/', port = process.env.PORT] = process.argv.slice(2);

try {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(3_000) });
  process.exitCode = response.ok ? 0 : 1;
} catch {
  process.exitCode = 1;
}
