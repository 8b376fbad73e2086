// The deploy runbook end to end, for real, on this machine: the dev environment applied with Terraform against
// the AWS emulator (moto), then scripts/deploy reading THOSE outputs: the repository's Dockerfile built by a real
// Docker engine and pushed to a registry standing in for ECR, a task definition revision pinned to the image
// digest registered, the migration task started on it, waited for and judged by its exit code, the service
// rolled onto it and waited for, restore after failures, rollback, promotion between repositories, dry-run; then
// the emulator is thrown away.
//
// What stands in for what (and the one value the test rewrites):
//   ECR's registry → Debian's docker-registry on 127.0.0.1 (moto's ECR has the API but nothing to push to),
//     behind a proxy with ECR's immutable tags and without cross-repository mounts (lib/local-registry.mjs).
//     The test overrides the Terraform output ecr_repository_url (an *_override.tf file in the throw-away copy)
//     to <local registry>/<the same repository name>; every other value is the applied environment's own.
//   A failing migration → moto runs no containers; moto-patch/sitecustomize.py makes the next RunTask's
//     container report exit code 3. The script reads it through the real `aws ecs describe-tasks`.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { dockerfileBaseImages } from '@spendwise/container-tests/lib/base-image-names.mjs';
import { ensureDockerDaemon } from '@spendwise/container-tests/lib/docker-daemon.mjs';
import { buildImage, docker, dockerCli, inspectImage } from '@spendwise/container-tests/lib/docker.mjs';
import { ensureBaseImages } from '@spendwise/container-tests/offline-base-images/index.mjs';
import { localDataDir, repoRoot } from '@spendwise/devkit';
import { applyDevAgainstMoto } from '@spendwise/infrastructure/test/lib/index.mjs';
import { awsJson, runDeployScript, tail } from '../../lib/commands.mjs';
import { assertHostTools } from '../../lib/host-tools.mjs';
import { startLocalRegistry } from '../../lib/local-registry.mjs';
import { startMotoForDeploy } from '../../lib/moto.mjs';

const MIGRATE_OVERRIDES = {
  containerOverrides: [{ name: 'backend', command: ['npx', 'prisma', 'migrate', 'deploy'] }],
};
const RELEASES = ['e2e-release-1', 'e2e-release-2'];
const WARM_IMAGE = 'spendwise-backend:deploy-e2e-warm';

const log = (line) => console.log(`[deploy-e2e] ${line}`);

/** The id of the migration task a script run started, as its progress line names it. */
function migrationTaskId(output) {
  const id = output.match(/\[migrate\] task (\S+) started/)?.[1];
  assert.ok(id, `the output names the migration task:\n${tail(output)}`);
  return id;
}
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(0)}s`;

describe('deploy runbook on the AWS emulator, a local registry and a real Docker engine', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'spendwise-deploy-e2e-'));
  let dockerDaemon;
  let moto;
  let stack;
  let registry;
  let env;
  let outputs;
  let repository;
  let repoUrl;

  const deploy = (script, args, options = {}) =>
    runDeployScript(script, ['--tf-dir', stack.dir, ...args], { env, ...options });
  const calls = async () => moto.recorder.calls();
  const primaryDeployment = async () =>
    (
      await awsJson(
        [
          'ecs',
          'describe-services',
          '--cluster',
          outputs.ecs_cluster_name,
          '--services',
          outputs.ecs_service_name,
        ],
        { env },
      )
    ).services[0].deployments.find((deployment) => deployment.status === 'PRIMARY').id;

  const ecs = (args) => awsJson(['ecs', ...args], { env });
  /** The task definition the service runs now, and its backend image. */
  const serviceRelease = async () => {
    const [service] = (
      await ecs([
        'describe-services',
        '--cluster',
        outputs.ecs_cluster_name,
        '--services',
        outputs.ecs_service_name,
      ])
    ).services;
    return { arn: service.taskDefinition, image: await backendImage(service.taskDefinition) };
  };
  const backendImage = async (taskDefinition) =>
    (
      await ecs(['describe-task-definition', '--task-definition', taskDefinition])
    ).taskDefinition.containerDefinitions.find((container) => container.name === 'backend').image;
  /** What the scheduled jobs run: the family's newest revision. */
  const newestImage = () => backendImage(outputs.ecs_task_definition_family);
  const pinned = (digest) => `${repoUrl}@${digest}`;

  before(async () => {
    assertHostTools();
    const started = performance.now();
    // The image build and the Terraform apply take minutes each and barely share a resource: run them together.
    // The build only warms Docker's cache; push.sh runs its own `docker build` of the same Dockerfile.
    const engine = (async () => {
      dockerDaemon = await ensureDockerDaemon({ logDir: work, log });
      await ensureBaseImages(dockerfileBaseImages(), { cacheDir: localDataDir('containers'), log });
      const building = performance.now();
      await buildImage({ context: repoRoot, tag: WARM_IMAGE, timeoutMs: 900_000 });
      log(`backend image built (cache warm-up) in ${seconds(building)}`);
    })();
    const environment = (async () => {
      moto = await startMotoForDeploy({ dataDir: path.join(work, 'moto') });
      const applying = performance.now();
      stack = await applyDevAgainstMoto({ moto, workdir: path.join(work, 'terraform'), log });
      log(`terraform apply of environments/dev against moto took ${seconds(applying)}`);
    })();
    const results = await Promise.allSettled([engine, environment]);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;

    registry = await startLocalRegistry({ dataDir: path.join(work, 'registry') });
    repository = stack.outputs.ecr_repository_url.split('/').slice(1).join('/');
    repoUrl = `${registry.host}/${repository}`;
    writeFileSync(
      path.join(stack.dir, 'ecr_registry_override.tf'),
      `# Test-only: the local registry stands in for ECR's.\noutput "ecr_repository_url" {\n  value = "${repoUrl}"\n}\n`,
    );
    await stack.terraform(['apply', '-auto-approve', '-input=false', '-no-color', '-refresh=false'], {
      timeoutMs: 120_000,
    });
    outputs = { ...stack.outputs, ecr_repository_url: repoUrl };
    env = {
      ...stack.env,
      DOCKER: dockerCli(),
      DOCKER_BUILDKIT: '1',
      // docker login writes here, not into the machine's ~/.docker.
      DOCKER_CONFIG: path.join(work, 'docker-config'),
    };
    await moto.recorder.restart();
    log(
      `set up in ${seconds(started)}: registry ${registry.host}, moto ${moto.endpoint}, Terraform dir ${stack.dir}`,
    );
  });

  after(async () => {
    const problems = [];
    const attempt = async (what, action) => {
      try {
        await action();
      } catch (error) {
        problems.push(`${what}: ${error.message}`);
      }
    };
    // No `terraform destroy`: the emulator holding these resources is stopped and its data thrown away just below,
    // and destroying was 72 s of the CI run. That destroy works is infrastructure/test/moto-apply.test.mjs's job.
    await attempt('registry', async () => registry?.stop());
    await attempt('moto', async () => moto?.stop());
    await attempt('images', async () => {
      const tags = [WARM_IMAGE, ...RELEASES.map((release) => `spendwise-backend:${release}`)];
      if (repoUrl) tags.push(...RELEASES.map((tag) => `${repoUrl}:${tag}`));
      const present = [];
      for (const tag of tags) if (await inspectImage(tag)) present.push(tag);
      if (present.length) await docker(['image', 'rm', ...present]);
    });
    await attempt('dockerd', async () => dockerDaemon?.stop());
    rmSync(work, { recursive: true, force: true });
    if (problems.length) throw new Error(`clean-up failed:\n${problems.join('\n')}`);
  });

  test('terraform output ecr_repository_url names the local registry; the rest are the applied values', async () => {
    const { stdout } = await stack.terraform(['output', '-raw', 'ecr_repository_url']);
    assert.equal(stdout, repoUrl);
    assert.match(stack.outputs.ecr_repository_url, /\.dkr\.ecr\.us-east-1\.amazonaws\.com\//);
    assert.match(
      readFileSync(path.join(stack.dir, 'terraform.tfvars'), 'utf8'),
      /^ecs_assign_public_ip = true$/m,
    );
  });

  test('--dry-run prints every command with the real outputs, in pipeline order, and changes nothing', async () => {
    const { code, output } = await deploy('deploy.sh', [
      '--dry-run',
      '--release-tag',
      RELEASES[0],
      '--skip-smoke',
    ]);
    assert.equal(code, 0, tail(output));

    const dryLines = output.split('\n').filter((line) => line.startsWith('[dry-run] '));
    const find = (pattern) => dryLines.findIndex((line) => pattern.test(line));
    const family = outputs.ecs_task_definition_family;
    const expected = {
      login:
        /aws ecr get-login-password --region us-east-1 \| \S+ login --username AWS --password-stdin 127\.0\.0\.1:\d+$/,
      build: new RegExp(
        `docker build --platform linux/amd64 --tag spendwise-backend:${RELEASES[0]} .* ${repoRoot}$`,
      ),
      pushRelease: new RegExp(`docker push ${repoUrl}:${RELEASES[0]}$`),
      register: new RegExp(
        `ecs register-task-definition --family ${family} --cli-input-json '<newest revision of ${family} with image ${repoUrl}@<digest of ${RELEASES[0]}>>'`,
      ),
      runTask: new RegExp(
        `aws --region us-east-1 ecs run-task --cluster ${outputs.ecs_cluster_name} --launch-type FARGATE ` +
          `--task-definition '${family}:<new revision>' ` +
          `--network-configuration 'awsvpcConfiguration=\\{subnets=\\[${outputs.ecs_private_app_subnet_ids_csv}\\],` +
          `securityGroups=\\[${outputs.ecs_tasks_security_group_id}\\],assignPublicIp=ENABLED\\}' ` +
          `--overrides '${JSON.stringify(MIGRATE_OVERRIDES).replace(/[[\]{}]/g, '\\$&')}'`,
      ),
      waitStopped: /ecs wait tasks-stopped/,
      updateService: new RegExp(
        `ecs update-service --cluster ${outputs.ecs_cluster_name} --service ${outputs.ecs_service_name} ` +
          `--task-definition '${family}:<new revision>' --force-new-deployment`,
      ),
      waitStable: new RegExp(
        `ecs wait services-stable --cluster ${outputs.ecs_cluster_name} --services ${outputs.ecs_service_name}$`,
      ),
    };
    const positions = Object.fromEntries(
      Object.entries(expected).map(([name, pattern]) => [name, find(pattern)]),
    );
    for (const [name, position] of Object.entries(positions)) {
      assert.notEqual(position, -1, `dry-run printed the ${name} command:\n${dryLines.join('\n')}`);
    }
    const order = Object.keys(expected);
    assert.deepEqual(
      [...order].sort((a, b) => positions[a] - positions[b]),
      order,
      'push, then register, then migrate, then roll',
    );
    assert.doesNotMatch(output, /docker push \S+:latest/, 'no tag besides the release is pushed');

    assert.deepEqual(await registry.tags(repository), [], 'nothing pushed');
    assert.equal(await inspectImage(`spendwise-backend:${RELEASES[0]}`), null, 'nothing built');
    const changes = (await calls()).filter((call) =>
      ['RunTask', 'UpdateService', 'RegisterTaskDefinition'].includes(call.operation),
    );
    assert.deepEqual(changes, [], 'no ECS change requested');
  });

  test('deploy.sh (migrate-first): builds and pushes the release, pins a revision to its digest, migrates on it, rolls onto it', async () => {
    const terraformRevision = await serviceRelease();
    const deploymentBefore = await primaryDeployment();
    await moto.recorder.restart();
    const { code, output } = await deploy('deploy.sh', ['--release-tag', RELEASES[0], '--skip-smoke']);
    assert.equal(code, 0, tail(output));
    assert.match(output, /\[migrate\] migrations applied \(task \S+ exited 0\)/);

    const releaseDigest = await registry.digest(repository, RELEASES[0]);
    assert.ok(releaseDigest, 'the release tag was pushed');
    assert.deepEqual(await registry.tags(repository), [RELEASES[0]], 'only the release tag, no moving tag');
    const image = await inspectImage(`spendwise-backend:${RELEASES[0]}`);
    assert.equal(image.Config.Labels['org.opencontainers.image.revision'], RELEASES[0]);

    const recorded = await calls();
    const registered = recorded.filter((call) => call.operation === 'RegisterTaskDefinition');
    assert.equal(registered.length, 1, 'one revision registered');
    const release = await serviceRelease();
    assert.notEqual(release.arn, terraformRevision.arn, 'the service runs a new revision');
    assert.equal(release.image, pinned(releaseDigest), 'pinned to the digest, not a tag');
    assert.equal(await newestImage(), pinned(releaseDigest), 'the scheduled jobs run it too');

    // The revision is Terraform's with only the image replaced: roles, sizes, environment, secrets, logs, tags.
    const describe = async (arn) =>
      ecs(['describe-task-definition', '--task-definition', arn, '--include', 'TAGS']);
    const before = await describe(terraformRevision.arn);
    const after = await describe(release.arn);
    const comparable = ({ taskDefinition, tags }) => ({
      ...Object.fromEntries(
        ['family', 'taskRoleArn', 'executionRoleArn', 'networkMode', 'cpu', 'memory', 'runtimePlatform'].map(
          (key) => [key, taskDefinition[key]],
        ),
      ),
      requiresCompatibilities: taskDefinition.requiresCompatibilities,
      containers: taskDefinition.containerDefinitions.map(({ image: _image, ...rest }) => rest),
      tags: [...(tags ?? [])].sort((a, b) => a.key.localeCompare(b.key)),
    });
    assert.deepEqual(comparable(after), comparable(before));
    assert.ok(
      comparable(before).tags.length > 0,
      'Terraform tags its revision, and the release keeps the tags',
    );

    const runTasks = recorded.filter((call) => call.operation === 'RunTask');
    assert.equal(runTasks.length, 1, 'one migration task');
    const runTask = runTasks[0].body;
    assert.equal(runTask.cluster, outputs.ecs_cluster_name);
    assert.equal(
      runTask.taskDefinition,
      release.arn,
      'the migration runs the release, not whatever is newest',
    );
    assert.equal(runTask.launchType, 'FARGATE');
    assert.deepEqual(runTask.networkConfiguration.awsvpcConfiguration, {
      subnets: outputs.ecs_private_app_subnet_ids_csv.split(','),
      securityGroups: [outputs.ecs_tasks_security_group_id],
      assignPublicIp: 'ENABLED',
    });
    assert.deepEqual(runTask.overrides, MIGRATE_OVERRIDES);

    const operations = recorded.map((call) => call.operation);
    assert.ok(
      operations.indexOf('RegisterTaskDefinition') < operations.indexOf('RunTask') &&
        operations.indexOf('RunTask') < operations.indexOf('UpdateService'),
      `register, migrate, roll: ${operations.join(', ')}`,
    );
    const update = recorded.find((call) => call.operation === 'UpdateService').body;
    assert.deepEqual(
      {
        cluster: update.cluster,
        service: update.service,
        taskDefinition: update.taskDefinition,
        forceNewDeployment: update.forceNewDeployment,
      },
      {
        cluster: outputs.ecs_cluster_name,
        service: outputs.ecs_service_name,
        taskDefinition: release.arn,
        forceNewDeployment: true,
      },
    );
    assert.notEqual(await primaryDeployment(), deploymentBefore, 'the service has a new deployment');

    // ECS kept the override the script sent: what describe-tasks reports for the migration task.
    const taskId = migrationTaskId(output);
    const described = await ecs(['describe-tasks', '--cluster', outputs.ecs_cluster_name, '--tasks', taskId]);
    assert.deepEqual(described.tasks[0].overrides.containerOverrides, MIGRATE_OVERRIDES.containerOverrides);
    assert.equal(described.tasks[0].lastStatus, 'STOPPED');
  });

  test('a tag in the stand-in registry cannot be moved, as in an IMMUTABLE ECR repository', async () => {
    await assert.rejects(
      registry.pushImageFor(repository, RELEASES[0], { os: 'linux', architecture: 'arm64' }),
      /TAG_INVALID.*cannot be overwritten because the repository is immutable/,
    );
    assert.equal(registry.refusedTagMoves.length, 1);
    registry.refusedTagMoves.length = 0;
  });

  test('a failing migration fails the deploy with the log pointer, does not roll, and re-registers the running image', async () => {
    const running = await serviceRelease();
    const deploymentBefore = await primaryDeployment();
    moto.setRunTaskExitCode(3);
    await moto.recorder.restart();
    try {
      const { code, output } = await deploy('deploy.sh', ['--release-tag', RELEASES[1], '--skip-smoke']);
      assert.equal(code, 1, tail(output));
      const taskId = migrationTaskId(output);
      assert.match(
        output,
        new RegExp(
          `container backend exited 3 \\(task ${taskId}\\); read CloudWatch log group ${outputs.ecs_log_group}, ` +
            `stream backend/backend/${taskId}`,
        ),
      );
      assert.match(output, /the migration failed, so the service was NOT rolled/);

      const operations = (await calls()).map((call) => call.operation);
      assert.ok(operations.includes('RunTask'));
      assert.ok(!operations.includes('UpdateService'), `no roll: ${operations.join(', ')}`);
      assert.equal(await primaryDeployment(), deploymentBefore);
      assert.deepEqual(await serviceRelease(), running, 'the service still runs the same revision');
      assert.ok(
        await registry.digest(repository, RELEASES[1]),
        'the new release stays available under its tag',
      );
      assert.equal(
        await newestImage(),
        running.image,
        'the newest revision (what the scheduled jobs start) is the running image again',
      );
    } finally {
      moto.setRunTaskExitCode(0);
    }
  });

  test('--order roll-first (the design document order) rolls, then migrates; an existing release is not rebuilt', async () => {
    await moto.recorder.restart();
    const { code, output } = await deploy('deploy.sh', [
      '--order',
      'roll-first',
      '--release-tag',
      RELEASES[1],
      '--skip-smoke',
    ]);
    assert.equal(code, 0, tail(output));
    assert.match(output, new RegExp(`${RELEASES[1]} is already in the registry: not rebuilding`));
    assert.doesNotMatch(output, /docker build/);

    const operations = (await calls()).map((call) => call.operation);
    assert.ok(
      operations.indexOf('UpdateService') < operations.indexOf('RunTask'),
      `roll before migrate: ${operations.join(', ')}`,
    );
    assert.equal((await serviceRelease()).image, pinned(await registry.digest(repository, RELEASES[1])));
  });

  test('an image built for another platform is refused before anything is registered', async () => {
    await registry.pushImageFor(repository, 'e2e-release-arm64', { os: 'linux', architecture: 'arm64' });
    const running = await serviceRelease();
    await moto.recorder.restart();
    for (const [script, args] of [
      ['push.sh', ['--release-tag', 'e2e-release-arm64']],
      ['rollback.sh', ['--to', 'e2e-release-arm64']],
    ]) {
      const { code, output } = await deploy(script, args);
      assert.notEqual(code, 0, tail(output));
      assert.match(output, /e2e-release-arm64 is built for linux\/arm64, but the tasks run linux\/amd64/);
      assert.doesNotMatch(output, /docker build|docker push/);
    }
    assert.deepEqual(
      (await calls()).filter((call) => ['RegisterTaskDefinition', 'UpdateService'].includes(call.operation)),
      [],
    );
    assert.deepEqual(await serviceRelease(), running);
  });

  test('rollback.sh registers an earlier release again and rolls onto it', async () => {
    await moto.recorder.restart();
    const { code, output } = await deploy('rollback.sh', ['--to', RELEASES[0]]);
    assert.equal(code, 0, tail(output));
    const target = pinned(await registry.digest(repository, RELEASES[0]));
    assert.equal((await serviceRelease()).image, target);
    assert.equal(await newestImage(), target, 'the scheduled jobs are rolled back too');
    const operations = (await calls()).map((call) => call.operation);
    assert.ok(operations.indexOf('RegisterTaskDefinition') < operations.indexOf('UpdateService'));

    const unknown = await deploy('rollback.sh', ['--to', 'no-such-release']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.output, /:no-such-release does not exist/);
  });

  test('a failing smoke test rolls the service back onto the previous image and says so; GitHub gets its digest', async () => {
    // After the rollback test the service runs RELEASES[0]; deploy RELEASES[1] (already pushed) and let its smoke fail.
    const previous = await registry.digest(repository, RELEASES[0]);
    assert.equal((await serviceRelease()).image, pinned(previous));
    const githubOutput = path.join(work, 'github-output');
    writeFileSync(githubOutput, '');
    await moto.recorder.restart();
    const { code, output } = await deploy('deploy.sh', ['--release-tag', RELEASES[1]], {
      env: {
        ...env,
        GITHUB_OUTPUT: githubOutput,
        // Nothing listens on port 9 (discard): the API never answers ready.
        SMOKE_API_URL: 'http://127.0.0.1:9',
        SMOKE_WEB_URL: 'http://127.0.0.1:9',
        SMOKE_USER_POOL_ID: outputs.cognito_user_pool_id,
        HEALTH_TIMEOUT_SECONDS: '1',
      },
    });
    assert.equal(code, 1, tail(output));
    assert.match(output, /\[smoke\] ERROR: the API is not ready: http:\/\/127\.0\.0\.1:9\/health\/ready/);
    assert.match(
      output,
      new RegExp(`the smoke test failed, so the service was rolled back onto the previous image ${previous}`),
    );
    assert.equal(
      (await serviceRelease()).image,
      pinned(previous),
      'the service runs the previous image again',
    );
    assert.equal(await newestImage(), pinned(previous), 'and so do the scheduled jobs');
    const updates = (await calls()).filter((call) => call.operation === 'UpdateService');
    assert.equal(updates.length, 2, 'rolled onto the release, then back onto the previous image');
    assert.equal(readFileSync(githubOutput, 'utf8'), `previous_image=${previous}\n`);

    // What the workflow runs when its separate smoke step fails: rollback.sh --to <that digest> (a dry run: the
    // digest is looked up in the registry and the registration printed; the roll itself is proven above).
    const release = await registry.digest(repository, RELEASES[1]);
    const byDigest = await deploy('rollback.sh', ['--dry-run', '--to', release]);
    assert.equal(byDigest.code, 0, tail(byDigest.output));
    assert.match(
      byDigest.output,
      new RegExp(
        `ecs register-task-definition --family \\S+ --cli-input-json '<newest revision of \\S+ with image ${repoUrl}@${release}>'`,
      ),
    );
  });

  test('promote.sh copies a tested release into another repository with the same digest; deploy --no-build runs it', async () => {
    // The source stands for dev's repository (this environment plays prod): an image there under a release tag,
    // as dev's deploy pushed it. The stand-in registry refuses cross-repository mounts, as ECR does by default,
    // so the copy carries every blob.
    const source = `${registry.host}/spendwise-source-backend`;
    const promoted = 'e2e-release-promoted';
    await registry.pushImageFor('spendwise-source-backend', promoted, { os: 'linux', architecture: 'amd64' });
    const tested = await registry.digest('spendwise-source-backend', promoted);

    const withoutSource = await deploy('promote.sh', ['--release-tag', promoted]);
    assert.equal(withoutSource.code, 1);
    assert.match(withoutSource.output, /builds its own images \(release_source_environment is not set\)/);

    const notBuilt = await deploy('deploy.sh', ['--no-build', '--release-tag', promoted, '--skip-smoke']);
    assert.equal(notBuilt.code, 1, 'nothing to run before the promotion');
    assert.match(notBuilt.output, new RegExp(`${repoUrl}:${promoted} does not exist in the registry`));
    assert.doesNotMatch(notBuilt.output, /docker build/);

    const { code, output } = await deploy('promote.sh', ['--from', source, '--release-tag', promoted]);
    assert.equal(code, 0, tail(output));
    assert.equal(await registry.digest(repository, promoted), tested, 'the same digest in both repositories');
    const again = await deploy('promote.sh', ['--from', source, '--release-tag', promoted]);
    assert.equal(again.code, 0, tail(again.output));
    assert.match(again.output, /is already sha256:[0-9a-f]{64}: nothing to copy/);

    await moto.recorder.restart();
    const deployed = await deploy('deploy.sh', ['--no-build', '--release-tag', promoted, '--skip-smoke']);
    assert.equal(deployed.code, 0, tail(deployed.output));
    assert.doesNotMatch(deployed.output, /docker build|docker push/);
    assert.equal((await serviceRelease()).image, pinned(tested), 'prod runs the digest that was tested');

    // A release tag that already names another image here is never replaced by the source's.
    await registry.pushImageFor('spendwise-source-backend', 'e2e-release-clash', {
      os: 'linux',
      architecture: 'amd64',
    });
    await registry.pushImageFor(repository, 'e2e-release-clash', { os: 'linux', architecture: 'arm64' });
    const clash = await deploy('promote.sh', ['--from', source, '--release-tag', 'e2e-release-clash']);
    assert.equal(clash.code, 1);
    assert.match(clash.output, /tags are immutable, so this release cannot be promoted/);
  });

  test('no deploy step ever tried to move a tag', () => {
    assert.deepEqual(registry.refusedTagMoves, []);
  });

  test('migrate.sh refuses to start when terraform.tfvars and the applied environment disagree on public IPs', async () => {
    const tfvars = path.join(stack.dir, 'terraform.tfvars');
    const original = readFileSync(tfvars, 'utf8');
    writeFileSync(tfvars, original.replace('ecs_assign_public_ip = true', 'ecs_assign_public_ip = false'));
    await moto.recorder.restart();
    try {
      const { code, output } = await deploy('migrate.sh', []);
      assert.equal(code, 1, tail(output));
      assert.match(
        output,
        /terraform\.tfvars says ecs_assign_public_ip = false but the applied environment has true/,
      );
      assert.ok(!(await calls()).some((call) => call.operation === 'RunTask'), 'no task started');
    } finally {
      writeFileSync(tfvars, original);
    }
  });
});
