/**
 * The programs the end-to-end deploy test runs, checked up front so a machine that lacks one fails in a second
 * with the line that fixes it, not minutes later in the middle of a Terraform apply.
 */
import { spawnSync } from 'node:child_process';

// Program → where it comes from on Debian (.ci/run installs the apt packages).
const TOOLS = {
  terraform: 'Terraform 1.11 (preinstalled on CI machines)',
  aws: 'the AWS CLI (preinstalled on CI machines)',
  moto_server: 'moto 5.2 (preinstalled on CI machines)',
  dockerd: 'apt package docker.io',
  'docker-registry': 'apt package docker-registry',
  curl: 'apt package curl',
  jq: 'apt package jq',
};

export function assertHostTools(names = Object.keys(TOOLS)) {
  const missing = names.filter((name) => spawnSync('sh', ['-c', `command -v ${name}`]).status !== 0);
  if (missing.length > 0) {
    throw new Error(
      `Missing on this machine: ${missing.map((name) => `${name} (${TOOLS[name]})`).join(', ')}`,
    );
  }
}
