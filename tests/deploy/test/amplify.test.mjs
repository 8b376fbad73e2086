// amplify.yml, the Amplify Hosting build of the web app, checked against the repository it builds (Amplify itself
// is not reachable from here).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '@spendwise/devkit';
import { parse } from 'yaml';

const spec = parse(readFileSync(path.join(repoRoot, 'amplify.yml'), 'utf8'));

test('amplify.yml builds apps/web from the repository root with the pinned Node and the one lockfile', () => {
  assert.equal(spec.version, 1);
  assert.equal(spec.applications.length, 1);
  const [app] = spec.applications;
  assert.equal(app.appRoot, 'apps/web');
  assert.equal(app.frontend.buildPath, '/');

  const webPackage = JSON.parse(readFileSync(path.join(repoRoot, app.appRoot, 'package.json'), 'utf8'));
  const { preBuild, build } = app.frontend.phases;
  assert.ok(existsSync(path.join(repoRoot, '.nvmrc')), '`nvm install` reads .nvmrc');
  assert.deepEqual(preBuild.commands.slice(0, 2), ['nvm install', 'nvm use']);
  assert.ok(existsSync(path.join(repoRoot, 'package-lock.json')));
  assert.deepEqual(build.commands, [`npx turbo run build --filter=${webPackage.name}`]);
  assert.match(webPackage.scripts.build, /^(\w+=\S+ )*next build$/);
  assert.equal(app.frontend.artifacts.baseDirectory, `${app.appRoot}/.next`);
  assert.deepEqual(app.frontend.artifacts.files, ['**/*']);
});

test("amplify.yml installs only the web app's workspaces: turbo prune, its manifests in place, then npm ci", () => {
  const [prune, copy, install] = spec.applications[0].frontend.phases.preBuild.commands.slice(2);
  const webPackage = JSON.parse(readFileSync(path.join(repoRoot, 'apps/web/package.json'), 'utf8'));
  // The turbo package.json pins, not a second copy of its version.
  assert.match(
    prune,
    /^npx --yes .*"turbo@\$\(node -p 'require\("\.\/package\.json"\)\.devDependencies\.turbo'\)" /,
  );
  const outDir = prune.match(new RegExp(`prune ${webPackage.name} --out-dir=(\\S+)$`))?.[1];
  assert.ok(outDir, `prunes ${webPackage.name} into an --out-dir`);
  assert.equal(copy, `cp ${outDir}/package.json ${outDir}/package-lock.json .`);
  assert.match(install, /^(SKIP_INSTALL_SIMPLE_GIT_HOOKS=1 )?npm ci /);
});

test('Terraform gives Amplify the app root amplify.yml names (AMPLIFY_MONOREPO_APP_ROOT)', () => {
  const module = readFileSync(path.join(repoRoot, 'infrastructure/modules/amplify/main.tf'), 'utf8');
  assert.match(module, /AMPLIFY_MONOREPO_APP_ROOT\s*=\s*var\.app_root/);
  const variables = readFileSync(path.join(repoRoot, 'infrastructure/modules/stack/variables.tf'), 'utf8');
  const appRootDefault = variables.match(/variable "amplify_app_root" \{[^}]*default\s*=\s*"([^"]+)"/s)[1];
  assert.equal(appRootDefault, spec.applications[0].appRoot);
});
