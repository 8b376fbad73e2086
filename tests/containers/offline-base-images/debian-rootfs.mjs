/**
 * A Debian root filesystem made the way the official `debian:<suite>-slim` images are: debootstrap's minbase
 * variant from Debian's archive, then "slimmed" (no docs, man pages or locales, no apt caches or lists).
 * The tarball is cached under .local/ so only the first run pays for debootstrap.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCommand as run } from '@spendwise/devkit';
import { secondsSince } from '../lib/timing.mjs';

const MIRROR = process.env.DEBIAN_MIRROR ?? 'http://deb.debian.org/debian';

// The same exclusions the official slim images configure, so later `apt-get install`s stay slim too.
const DPKG_SLIM_EXCLUDES = `path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/info/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
`;

const APT_DOCKER_CLEAN = `DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
`;

function aptSources(suite) {
  return `Types: deb
URIs: http://deb.debian.org/debian
Suites: ${suite} ${suite}-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: ${suite}-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
`;
}

async function slim(root, suite) {
  writeFileSync(path.join(root, 'etc/dpkg/dpkg.cfg.d/docker'), DPKG_SLIM_EXCLUDES);
  writeFileSync(path.join(root, 'etc/apt/apt.conf.d/docker-clean'), APT_DOCKER_CLEAN);
  rmSync(path.join(root, 'etc/apt/sources.list'), { force: true });
  writeFileSync(path.join(root, 'etc/apt/sources.list.d/debian.sources'), aptSources(suite));
  // Already-installed files the exclusions would have kept out (copyright notices stay, as in the official image).
  await run(
    'find',
    [
      `${root}/usr/share/doc`,
      '-mindepth',
      '1',
      '-not',
      '-name',
      'copyright',
      '-not',
      '-type',
      'd',
      '-delete',
    ],
    { timeoutMs: 60_000 },
  );
  for (const dir of [
    'usr/share/info',
    'usr/share/groff',
    'usr/share/lintian',
    'usr/share/locale',
    'usr/share/man',
  ]) {
    rmSync(path.join(root, dir), { recursive: true, force: true });
    mkdirSync(path.join(root, dir), { recursive: true });
  }
  for (const dir of ['var/cache/apt/archives', 'var/lib/apt/lists', 'var/log']) {
    await run('find', [path.join(root, dir), '-type', 'f', '-delete'], { timeoutMs: 60_000 });
  }
  rmSync(path.join(root, 'var/cache/apt/pkgcache.bin'), { force: true });
  rmSync(path.join(root, 'var/cache/apt/srcpkgcache.bin'), { force: true });
}

/**
 * Returns the path of `<cacheDir>/<suite>-minbase[+pkgs].tar`, building it first if it is not cached.
 * @param {{ suite: string, include?: string[], cacheDir: string, log: (line: string) => void }} options
 */
export async function debianRootfsTarball({ suite, include = [], cacheDir, log }) {
  const name = [`${suite}-minbase`, ...include].join('+');
  const tarball = path.join(cacheDir, `${name}.tar`);
  if (existsSync(tarball)) return tarball;

  mkdirSync(cacheDir, { recursive: true });
  const root = path.join(cacheDir, `${name}.rootfs`);
  rmSync(root, { recursive: true, force: true });
  const started = performance.now();
  log(
    `debootstrap --variant=minbase ${suite}${include.length ? ` (+ ${include.join(', ')})` : ''} from ${MIRROR}`,
  );
  try {
    const includeArgs = include.length ? [`--include=${include.join(',')}`] : [];
    await run('debootstrap', ['--variant=minbase', ...includeArgs, suite, root, MIRROR], {
      timeoutMs: 600_000,
    });
    await slim(root, suite);
    await run('tar', ['--numeric-owner', '--xattrs', '-C', root, '-cf', `${tarball}.partial`, '.'], {
      timeoutMs: 120_000,
    });
    renameSync(`${tarball}.partial`, tarball);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(`${tarball}.partial`, { force: true });
  }
  log(`${name} root filesystem ready in ${secondsSince(started)}s (cached at ${tarball})`);
  return tarball;
}
