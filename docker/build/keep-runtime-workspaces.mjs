// Build stages only: `node keep-runtime-workspaces.mjs <workspace>` in a `turbo prune --docker` output folder.
//
// turbo prune keeps every workspace the app uses, development tools included (the API's e2e suite needs the local
// stack, which brings a Cognito emulator and an embedded PostgreSQL). npm installs the dependencies of every listed
// workspace, even with --omit=dev, so a production install must first forget the workspaces that the app does not
// need at run time. This keeps only <workspace> and the workspaces its `dependencies` reach, and drops the root's
// optional dependencies (the repository's own Node binary for developer machines; an image has Node already).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const target = process.argv[2];
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const root = readJson('package.json');
const workspaces = new Map(
  root.workspaces.map((dir) => [readJson(path.join(dir, 'package.json')).name, dir]),
);
if (!workspaces.has(target)) throw new Error(`${target} is not a workspace here (${[...workspaces.keys()]})`);

const needed = new Set();
const visit = (name) => {
  if (needed.has(name) || !workspaces.has(name)) return;
  needed.add(name);
  Object.keys(readJson(path.join(workspaces.get(name), 'package.json')).dependencies ?? {}).forEach(visit);
};
visit(target);

for (const [name, dir] of workspaces) if (!needed.has(name)) rmSync(dir, { recursive: true });
root.workspaces = [...needed].map((name) => workspaces.get(name));
delete root.optionalDependencies;
writeFileSync('package.json', `${JSON.stringify(root, null, 2)}\n`);
console.log(`runtime workspaces of ${target}: ${root.workspaces.join(', ')}`);
