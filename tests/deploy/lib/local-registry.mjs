/**
 * A Docker registry on 127.0.0.1 standing in for ECR (moto's ECR has the API but no registry to push to):
 * Debian's `docker-registry`, the reference implementation of the Registry HTTP API V2 that ECR implements,
 * behind a small proxy that makes it behave where ECR differs from it:
 * - tags are IMMUTABLE, as the Terraform configures ECR: a manifest PUT under a tag that already names another
 *   image is refused with ECR's error (TAG_INVALID, "... cannot be overwritten because the repository is
 *   immutable"); the same image again is accepted;
 * - no cross-repository blob mount (ECR's default unless blob mounting is turned on): a mount request starts an
 *   ordinary upload (202) instead, so a copy between repositories must carry the bytes.
 * Docker talks plain HTTP to loopback registries, so no TLS is needed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { freePort, waitFor } from '@spendwise/devkit';

const REGISTRY_BINARY = '/usr/bin/docker-registry';
const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/**
 * @param {{ dataDir: string }} options
 * @returns {Promise<{ host: string, digest: (repository: string, tag: string) => Promise<string | null>,
 *   pushImageFor: (repository: string, tag: string, platform: { os: string, architecture: string }) => Promise<void>,
 *   tags: (repository: string) => Promise<string[]>, stop: () => Promise<void> }>}
 */
export async function startLocalRegistry({ dataDir }) {
  if (!existsSync(REGISTRY_BINARY)) {
    throw new Error(
      'docker-registry is not installed: apt-get install -y --no-install-recommends docker-registry',
    );
  }
  mkdirSync(path.join(dataDir, 'storage'), { recursive: true });
  const backendHost = `127.0.0.1:${await freePort()}`;
  const proxy = await startEcrLikeProxy(backendHost);
  const host = proxy.host;
  const config = path.join(dataDir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: ${path.join(dataDir, 'storage')}
  delete:
    enabled: true
http:
  addr: ${backendHost}
  host: http://${host}
`,
  );
  const logFile = path.join(dataDir, 'registry.log');
  const output = openSync(logFile, 'a');
  const child = spawn(REGISTRY_BINARY, ['serve', config], { stdio: ['ignore', output, output] });
  closeSync(output);
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    await proxy.stop();
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitFor(`docker-registry on ${host} (log: ${logFile})`, async () => {
      const response = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(2_000) });
      return response.ok;
    });
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    host,
    /** Manifest PUTs refused because the tag already named another image: what ECR would have refused. */
    refusedTagMoves: proxy.refusedTagMoves,
    /** The digest repository:tag points at (the same one `docker push` prints), or null when there is no such tag. */
    async digest(repository, tag) {
      const response = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { Accept: MANIFEST_TYPES },
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`registry answered ${response.status} for ${repository}:${tag}`);
      return response.headers.get('docker-content-digest');
    },
    /**
     * Stores repository:tag as an image built for another platform than this machine's (e.g. linux/arm64), the
     * way an arm64 laptop's `docker push` would: a config blob naming that platform, one layer, a manifest.
     */
    async pushImageFor(repository, tag, { os, architecture }) {
      const base = `http://${host}/v2/${repository}`;
      const upload = async (bytes) => {
        const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
        const started = await fetch(`${base}/blobs/uploads/`, {
          method: 'POST',
          signal: AbortSignal.timeout(10_000),
        });
        const location = new URL(started.headers.get('location'), `http://${host}`);
        location.searchParams.set('digest', digest);
        const put = await fetch(location, {
          method: 'PUT',
          body: bytes,
          signal: AbortSignal.timeout(10_000),
        });
        if (put.status !== 201) throw new Error(`registry answered ${put.status} to a blob upload`);
        return { digest, size: bytes.length };
      };
      const config = await upload(
        Buffer.from(
          JSON.stringify({ architecture, os, config: {}, rootfs: { type: 'layers', diff_ids: [] } }),
        ),
      );
      const layer = await upload(Buffer.from(`not a real layer for ${architecture}`));
      const manifest = {
        schemaVersion: 2,
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        config: { mediaType: 'application/vnd.docker.container.image.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', ...layer }],
      };
      const put = await fetch(`${base}/manifests/${tag}`, {
        method: 'PUT',
        headers: { 'Content-Type': manifest.mediaType },
        body: JSON.stringify(manifest),
        signal: AbortSignal.timeout(10_000),
      });
      if (put.status !== 201)
        throw new Error(`registry answered ${put.status} to the manifest: ${await put.text()}`);
    },
    async tags(repository) {
      const response = await fetch(`http://${host}/v2/${repository}/tags/list`, {
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status === 404) return [];
      if (!response.ok) throw new Error(`registry answered ${response.status} listing ${repository}`);
      return ((await response.json()).tags ?? []).sort();
    },
    stop,
  };
}

const MANIFEST_PATH = /^\/v2\/(.+)\/manifests\/([^/]+)$/;
const UPLOAD_START = /^\/v2\/(.+)\/blobs\/uploads\/$/;

/** The proxy in front of docker-registry that gives it ECR's immutable tags and its lack of blob mounts. */
async function startEcrLikeProxy(backendHost) {
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  /** @type {{ repository: string, tag: string, from: string, to: string }[]} */
  const refusedTagMoves = [];
  const forward = (request, response, body) => {
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: Number(backendHost.split(':')[1]),
        path: request.url,
        method: request.method,
      },
      (answer) => {
        response.writeHead(answer.statusCode, answer.headers);
        answer.pipe(response);
      },
    );
    for (const [name, value] of Object.entries(request.headers)) {
      if (name !== 'host') upstream.setHeader(name, value);
    }
    upstream.setHeader('host', host);
    upstream.on('error', (error) => {
      response.writeHead(502);
      response.end(String(error));
    });
    if (body) upstream.end(body);
    else request.pipe(upstream);
  };
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url, `http://${host}`);
    const upload = UPLOAD_START.exec(url.pathname);
    if (request.method === 'POST' && upload && url.searchParams.has('mount')) {
      url.searchParams.delete('mount');
      url.searchParams.delete('from');
      request.url = url.pathname + url.search;
      return forward(request, response);
    }
    const manifest = MANIFEST_PATH.exec(url.pathname);
    if (request.method === 'PUT' && manifest && !manifest[2].startsWith('sha256:')) {
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const body = Buffer.concat(chunks);
      const [, repository, tag] = manifest;
      const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
      const existing = await fetch(`http://${backendHost}/v2/${repository}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { Accept: MANIFEST_TYPES },
      });
      const current = existing.ok ? existing.headers.get('docker-content-digest') : null;
      if (current && current !== digest) {
        refusedTagMoves.push({ repository, tag, from: current, to: digest });
        response.writeHead(400, { 'Content-Type': 'application/json' });
        return response.end(
          JSON.stringify({
            errors: [
              {
                code: 'TAG_INVALID',
                message: `The image tag '${tag}' already exists in the '${repository}' repository and cannot be overwritten because the repository is immutable.`,
              },
            ],
          }),
        );
      }
      return forward(request, response, body);
    }
    return forward(request, response);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    host,
    refusedTagMoves,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
