// The pre-commit hook (simple-git-hooks, package.json) runs this on the staged files only, so a commit costs
// seconds rather than a whole `npm run lint`. ESLint runs from the package that owns each file, where its flat
// config and type-aware project settings apply; Prettier runs after it, so the committed text is formatted.
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = import.meta.dirname;
const { workspaces } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const eslintPackages = globSync(workspaces, { cwd: root }).filter((dir) =>
  existsSync(path.join(root, dir, 'eslint.config.mjs')),
);
const SCRIPT = /\.(?:[cm]?js|tsx?)$/;

const owner = (file) => eslintPackages.find((dir) => file.startsWith(path.join(root, dir) + path.sep));
const quote = (files) => files.map((file) => JSON.stringify(file)).join(' ');

/** @param {string[]} files staged files, absolute paths */
export function commands(files) {
  const byPackage = Map.groupBy(
    files.filter((file) => SCRIPT.test(file)),
    owner,
  );
  byPackage.delete(undefined); // scripts outside an ESLint package (the root's configs): Prettier only
  return [
    ...[...byPackage].map(
      ([dir, owned]) => `npm exec --workspace=${dir} -- eslint --fix --no-warn-ignored ${quote(owned)}`,
    ),
    `prettier --write --ignore-unknown ${quote(files)}`,
  ];
}

// One pattern, so the commands run in order on each file instead of concurrently.
export default { '*': commands };
