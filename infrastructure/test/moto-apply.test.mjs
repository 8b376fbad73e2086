// The real thing, locally: terraform apply of environments/dev (Amplify off) and of bootstrap against moto,
// the outputs the deploy runbook reads, the resulting AWS state as the AWS CLI sees it, a second plan with no
// changes, and terraform destroy leaving nothing behind.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';

import { motoAwsEnv, startMoto } from './lib/moto.mjs';
import { applyAgainstMoto, applyDevAgainstMoto } from './lib/moto-stack.mjs';
import { runCommand as run } from '@spendwise/devkit';
import { mapLimit } from './lib/map-limit.mjs';
import { REQUIRED_OUTPUTS } from './policy/index.mjs';

const REGION = 'us-east-1';

let awsCli;
async function hasAwsCli() {
  awsCli ??= run('aws', ['--version'], { timeoutMs: 30_000 }).then(
    () => true,
    () => false,
  );
  return awsCli;
}

// --endpoint-url although AWS_ENDPOINT_URL is set: AWS CLI v1 ignores the variable for RDS.
const aws = async (env, args) => {
  const { stdout } = await run('aws', ['--endpoint-url', env.AWS_ENDPOINT_URL, ...args, '--output', 'json'], {
    env,
    timeoutMs: 60_000,
  });
  return stdout.trim() ? JSON.parse(stdout) : {};
};

/** t.diagnostic with seconds since the test started, so slow phases show up in the report. */
const timedLog = (t) => {
  const start = Date.now();
  return (message) => t.diagnostic(`${((Date.now() - start) / 1000).toFixed(0).padStart(4)}s ${message}`);
};

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// Both applies start by loading the large provider schema; on two cores that is faster one after the other. The
// bootstrap test therefore waits for dev's apply and then runs during dev's checks, plan and destroy.
let devApplyDone;
const devApplyFinished = new Promise((resolve) => (devApplyDone = resolve));

const keepWorkdir = process.env.SPENDWISE_KEEP_WORKDIR === '1';

describe('apply against moto', { concurrency: 2, timeout: 540_000 }, () => {
  test('dev: apply, runbook outputs, AWS state, no changes on re-plan, destroy', async (t) => {
    const log = timedLog(t);
    const moto = await startMoto();
    const awsEnv = motoAwsEnv(moto.endpoint, REGION);
    let stack;
    try {
      try {
        stack = await applyDevAgainstMoto({ moto, log });
      } finally {
        devApplyDone();
      }
      const out = stack.outputs;

      // Every output the runbook reads exists and has the right shape.
      for (const name of REQUIRED_OUTPUTS) assert.equal(typeof out[name], 'string', `output ${name}`);
      for (const name of REQUIRED_OUTPUTS.filter((n) => !n.startsWith('amplify_')))
        assert.notEqual(out[name], '', `output ${name} is empty`);
      assert.equal(out.amplify_app_id, '', 'Amplify is off against moto: empty string');
      assert.equal(out.amplify_default_domain, '');
      assert.equal(out.aws_region, REGION);
      assert.match(
        out.ecr_repository_url,
        /^\d{12}\.dkr\.ecr\.us-east-1\.amazonaws\.com\/spendwise-dev-backend$/,
      );
      assert.equal(out.ecs_cluster_name, 'spendwise-dev');
      assert.equal(out.ecs_service_name, 'spendwise-dev-backend');
      assert.equal(out.ecs_task_definition_family, 'spendwise-dev-backend');
      assert.match(out.ecs_private_app_subnet_ids_csv, /^subnet-[0-9a-f]+(,subnet-[0-9a-f]+)+$/);
      assert.match(out.ecs_tasks_security_group_id, /^sg-[0-9a-f]+$/);
      assert.equal(out.ecs_log_group, '/ecs/spendwise-dev/backend');
      // No certificate in dev: the browser's API address is CloudFront's (modules/cdn), never plain HTTP.
      assert.match(out.api_base_url, /^https:\/\/[a-z0-9]+\.cloudfront\.net$/);
      assert.match(out.cognito_user_pool_id, /^us-east-1_\w+$/);

      // The runbook reads them with `terraform -chdir=$TF_DIR output -raw <name>`.
      await mapLimit([...REQUIRED_OUTPUTS, 'ecs_assign_public_ip'], 4, async (name) => {
        const { stdout } = await stack.terraform(['output', '-raw', '-no-color', name], {
          timeoutMs: 60_000,
        });
        assert.equal(stdout, String(out[name]), `terraform output -raw ${name}`);
      });

      if (await hasAwsCli()) {
        log('AWS-side checks and the runbook run-task');
        await checkAwsState(awsEnv, out);
      } else {
        t.diagnostic('aws CLI not found: AWS-side checks skipped');
      }

      log('terraform plan (expect no changes)');
      const replan = await stack.plan();
      assert.equal(replan.changed, false, `terraform plan after apply wants changes:\n${replan.stdout}`);

      const { dir, workdir } = stack;
      await stack.destroy();
      assert.ok(keepWorkdir || !existsSync(workdir), 'the working copy is removed');
      assert.ok(dir.startsWith(workdir));

      log('destroyed; checking nothing is left');
      if (await hasAwsCli()) {
        const [clusters, dbs, vpcs, repos] = await Promise.all([
          aws(awsEnv, ['ecs', 'describe-clusters', '--clusters', out.ecs_cluster_name]),
          aws(awsEnv, ['rds', 'describe-db-instances']),
          aws(awsEnv, ['ec2', 'describe-vpcs', '--filters', 'Name=tag:Project,Values=spendwise']),
          aws(awsEnv, ['ecr', 'describe-repositories']),
        ]);
        // moto keeps deleted clusters listed as INACTIVE, as AWS does for a while.
        assert.deepEqual(
          clusters.clusters.filter((c) => c.status === 'ACTIVE'),
          [],
          'ECS cluster left',
        );
        assert.deepEqual(dbs.DBInstances, [], 'DB instances left');
        assert.deepEqual(vpcs.Vpcs, [], 'VPCs left');
        assert.deepEqual(repos.repositories, [], 'ECR repositories left');
      }
    } finally {
      await stack?.destroy().catch((err) => t.diagnostic(`cleanup destroy failed: ${err.message}`));
      await moto.stop();
    }
    assert.ok(!isAlive(moto.pid), 'moto is stopped');
  });

  test('bootstrap: versioned, encrypted, private state bucket; deploy roles; no changes on re-plan', async (t) => {
    await devApplyFinished;
    const stack = await applyAgainstMoto({
      rootConfig: 'bootstrap',
      vars: { aws_region: REGION, github_repository: 'example-org/spendwise' },
      log: timedLog(t),
    });
    try {
      const bucket = stack.outputs.state_bucket_name;
      assert.match(bucket, /^spendwise-tfstate-\d{12}-us-east-1$/);
      assert.match(stack.outputs.backend_config, new RegExp(`bucket = "${bucket}"`));

      if (await hasAwsCli()) {
        const env = stack.env;
        const [versioning, pab, encryption] = await Promise.all([
          aws(env, ['s3api', 'get-bucket-versioning', '--bucket', bucket]),
          aws(env, ['s3api', 'get-public-access-block', '--bucket', bucket]),
          aws(env, ['s3api', 'get-bucket-encryption', '--bucket', bucket]),
        ]);
        assert.equal(versioning.Status, 'Enabled');
        assert.deepEqual(Object.values(pab.PublicAccessBlockConfiguration), [true, true, true, true]);
        assert.equal(
          encryption.ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault
            .SSEAlgorithm,
          'AES256',
        );

        // The deploy roles as IAM stores them: GitHub's OIDC provider, a session long enough for the workflow.
        assert.deepEqual(Object.keys(stack.outputs.deploy_role_arns).sort(), ['dev', 'prod']);
        const { Role: role } = await aws(env, ['iam', 'get-role', '--role-name', 'spendwise-prod-deploy']);
        assert.equal(role.MaxSessionDuration, 7200);
        const trust = JSON.stringify(role.AssumeRolePolicyDocument);
        assert.match(trust, /repo:example-org\/spendwise:environment:prod/);
        const { OpenIDConnectProviderList: providers } = await aws(env, [
          'iam',
          'list-open-id-connect-providers',
        ]);
        assert.ok(providers.some((p) => p.Arn.endsWith('oidc-provider/token.actions.githubusercontent.com')));
      }

      const replan = await stack.plan();
      assert.equal(replan.changed, false, `terraform plan after apply wants changes:\n${replan.stdout}`);
    } finally {
      // prevent_destroy guards the real bucket; the emulator is thrown away instead.
      await stack.dispose();
    }
    assert.ok(keepWorkdir || !existsSync(stack.workdir), 'the working copy is removed');
    assert.ok(!isAlive(stack.motoPid), 'moto is stopped');
  });
});

/** What the AWS APIs report after apply, read with the AWS CLI the runbook uses. */
async function checkAwsState(env, out) {
  const subnets = out.ecs_private_app_subnet_ids_csv.split(',');
  const [services, taskDef, routeTables, dbs, secret] = await Promise.all([
    aws(env, [
      'ecs',
      'describe-services',
      '--cluster',
      out.ecs_cluster_name,
      '--services',
      out.ecs_service_name,
    ]),
    aws(env, ['ecs', 'describe-task-definition', '--task-definition', out.ecs_task_definition_family]),
    aws(env, [
      'ec2',
      'describe-route-tables',
      '--filters',
      `Name=association.subnet-id,Values=${subnets.join(',')}`,
    ]),
    aws(env, ['rds', 'describe-db-instances', '--db-instance-identifier', 'spendwise-dev']),
    aws(env, ['secretsmanager', 'describe-secret', '--secret-id', out.db_master_user_secret_arn]),
  ]);

  // The service runs where the csv says, with public IPs (dev default), only the tasks security group,
  // behind the ALB, with the circuit breaker.
  const svc = services.services[0];
  const vpcConfig = svc.networkConfiguration.awsvpcConfiguration;
  assert.deepEqual([...vpcConfig.subnets].sort(), [...subnets].sort());
  assert.deepEqual(vpcConfig.securityGroups, [out.ecs_tasks_security_group_id]);
  assert.equal(vpcConfig.assignPublicIp, 'ENABLED');
  assert.equal(svc.launchType, 'FARGATE');
  assert.deepEqual(
    svc.loadBalancers.map((lb) => [lb.containerName, lb.containerPort]),
    [['backend', 4000]],
  );
  assert.deepEqual(svc.deploymentConfiguration.deploymentCircuitBreaker, { enable: true, rollback: true });
  assert.equal(svc.healthCheckGracePeriodSeconds, 60);

  // ecs_assign_public_ip = true: the csv holds PUBLIC subnets (default route to the internet gateway).
  assert.equal(routeTables.RouteTables.length >= 1, true);
  for (const subnet of subnets) {
    const table = routeTables.RouteTables.find((rt) => rt.Associations.some((a) => a.SubnetId === subnet));
    assert.ok(
      table?.Routes.some((r) => r.DestinationCidrBlock === '0.0.0.0/0' && r.GatewayId?.startsWith('igw-')),
      `${subnet} is not public`,
    );
  }

  // The task definition the runbook runs: container "backend", image tag from ecs_backend_image_tag, port 4000,
  // container-level memory, DB credentials from the RDS-managed secret, logs to ecs_log_group.
  const td = taskDef.taskDefinition;
  assert.deepEqual(td.requiresCompatibilities, ['FARGATE']);
  assert.equal(td.networkMode, 'awsvpc');
  const [c] = td.containerDefinitions;
  assert.equal(td.containerDefinitions.length, 1);
  assert.equal(c.name, 'backend');
  assert.equal(c.image, `${out.ecr_repository_url}:latest`);
  assert.equal(c.memory, 512);
  assert.deepEqual(
    c.portMappings.map((p) => p.containerPort),
    [4000],
  );
  const envVars = Object.fromEntries(c.environment.map((e) => [e.name, e.value]));
  assert.equal(envVars.NODE_ENV, 'production');
  assert.equal(envVars.PORT, '4000');
  assert.equal(envVars.AWS_REGION, REGION);
  assert.equal(envVars.COGNITO_USER_POOL_ID, out.cognito_user_pool_id);
  assert.equal(envVars.COGNITO_CLIENT_ID, out.cognito_web_client_id);
  assert.equal(envVars.DB_NAME, 'spendwise');
  assert.equal(envVars.DB_PORT, '5432');
  assert.equal(envVars.DB_HOST, dbs.DBInstances[0].Endpoint.Address);
  for (const key of ['CORS_ORIGINS', 'LOG_LEVEL']) assert.ok(key in envVars, `env ${key}`);
  // Budget alerts through SES (the log transport is refused in production); dev without mail_from gets a sender SES
  // can never verify, and no permission to send.
  assert.equal(envVars.MAIL_TRANSPORT, 'ses');
  assert.match(envVars.MAIL_FROM, /^no-reply@[a-z0-9-]+\.invalid$/);
  // No certificate in dev: the API is served through CloudFront, so the client is two proxies away.
  assert.equal(envVars.TRUST_PROXY, '2');
  const listed = (await aws(env, ['cloudfront', 'list-distributions'])).DistributionList.Items;
  const cdn = listed.find((d) => `https://${d.DomainName}` === out.api_base_url);
  assert.ok(cdn, 'the distribution api_base_url names');
  const { DistributionConfig: cdnConfig } = (
    await aws(env, ['cloudfront', 'get-distribution', '--id', cdn.Id])
  ).Distribution;
  assert.equal(
    cdnConfig.Origins.Items[0].DomainName,
    out.alb_dns_name,
    'CloudFront forwards to the load balancer',
  );
  assert.equal(cdnConfig.DefaultCacheBehavior.ViewerProtocolPolicy, 'redirect-to-https');
  assert.deepEqual(Object.fromEntries(c.secrets.map((s) => [s.name, s.valueFrom])), {
    DB_PASSWORD: `${out.db_master_user_secret_arn}:password::`,
    DB_USER: `${out.db_master_user_secret_arn}:username::`,
  });
  assert.equal(c.logConfiguration.logDriver, 'awslogs');
  assert.equal(c.logConfiguration.options['awslogs-group'], out.ecs_log_group);
  assert.equal(secret.ARN, out.db_master_user_secret_arn);

  // RDS: private, encrypted, password managed by RDS.
  const db = dbs.DBInstances[0];
  assert.equal(db.PubliclyAccessible, false);
  assert.equal(db.StorageEncrypted, true);
  assert.equal(db.MasterUserSecret.SecretArn, out.db_master_user_secret_arn);

  // The runbook's migration call, built from the outputs exactly as the runbook builds it.
  const netcfg = `awsvpcConfiguration={subnets=[${out.ecs_private_app_subnet_ids_csv}],securityGroups=[${out.ecs_tasks_security_group_id}],assignPublicIp=ENABLED}`;
  const overrides =
    '{"containerOverrides":[{"name":"backend","command":["npx","prisma","migrate","deploy"]}]}';
  const runTask = await aws(env, [
    'ecs',
    'run-task',
    '--cluster',
    out.ecs_cluster_name,
    '--launch-type',
    'FARGATE',
    '--task-definition',
    out.ecs_task_definition_family,
    '--network-configuration',
    netcfg,
    '--overrides',
    overrides,
  ]);
  assert.deepEqual(runTask.failures ?? [], []);
  assert.match(runTask.tasks[0].taskArn, /^arn:aws:ecs:us-east-1:\d{12}:task\//);

  await checkRatesSchedule(env, out);
  await checkRecurringSchedule(env, out);
  await checkWatching(env, out);
}

/**
 * The alarms that page when the API is down or the database refuses it, and the dashboard, as CloudWatch stores
 * them: wired to the alarm topic, counting the API's own log line, every dashboard dimension one of this stack's.
 */
async function checkWatching(env, out) {
  const [alarms, filters, dashboard, balancers] = await Promise.all([
    aws(env, [
      'cloudwatch',
      'describe-alarms',
      '--alarm-names',
      'spendwise-dev-no-healthy-hosts',
      'spendwise-dev-db-connection-failures',
    ]),
    aws(env, ['logs', 'describe-metric-filters', '--log-group-name', out.ecs_log_group]),
    aws(env, ['cloudwatch', 'get-dashboard', '--dashboard-name', out.dashboard_name]),
    aws(env, ['elbv2', 'describe-load-balancers', '--names', 'spendwise-dev']),
  ]);
  const byName = Object.fromEntries(alarms.MetricAlarms.map((a) => [a.AlarmName, a]));
  const noHealthy = byName['spendwise-dev-no-healthy-hosts'];
  assert.equal(noHealthy.Namespace, 'AWS/ApplicationELB');
  assert.equal(noHealthy.MetricName, 'HealthyHostCount');
  assert.equal(noHealthy.ComparisonOperator, 'LessThanThreshold');
  assert.equal(noHealthy.Threshold, 1);
  assert.equal(noHealthy.TreatMissingData, 'breaching');
  assert.deepEqual(noHealthy.AlarmActions, [out.alarm_topic_arn]);

  const dbFailures = byName['spendwise-dev-db-connection-failures'];
  const filter = filters.metricFilters.find((f) => f.filterName === 'spendwise-dev-db-connection-failures');
  assert.equal(filter.filterPattern, '{ $.dependency = "database" }');
  assert.equal(filter.metricTransformations[0].metricName, dbFailures.MetricName);
  assert.equal(filter.metricTransformations[0].metricNamespace, dbFailures.Namespace);
  assert.deepEqual(dbFailures.AlarmActions, [out.alarm_topic_arn]);

  assert.equal(out.dashboard_name, 'spendwise-dev');
  const widgets = JSON.parse(dashboard.DashboardBody).widgets;
  const dimensions = {};
  for (const row of widgets.flatMap((w) => w.properties.metrics ?? [])) {
    const strings = row.filter((x) => typeof x === 'string');
    for (let i = 2; i + 1 < strings.length; i += 2)
      (dimensions[strings[i]] ??= new Set()).add(strings[i + 1]);
  }
  const lbSuffix = balancers.LoadBalancers[0].LoadBalancerArn.split(':loadbalancer/')[1];
  assert.deepEqual(dimensions.LoadBalancer, new Set([lbSuffix]));
  assert.equal(dimensions.TargetGroup.size, 1);
  assert.match([...dimensions.TargetGroup][0], /^targetgroup\/spendwise-dev-backend\/[0-9a-f]+$/);
  assert.deepEqual(dimensions.ClusterName, new Set([out.ecs_cluster_name]));
  assert.deepEqual(dimensions.ServiceName, new Set([out.ecs_service_name]));
  assert.deepEqual(dimensions.DBInstanceIdentifier, new Set(['spendwise-dev']));
  const shown = widgets.find((w) => w.type === 'alarm').properties.alarms;
  assert.ok(shown.includes(noHealthy.AlarmArn) && shown.includes(dbFailures.AlarmArn));
  assert.ok(shown.some((arn) => arn.endsWith(':alarm:spendwise-dev-recurring-generate-no-success')));
}

/** The exchange-rate job: a schedule running the backend family with the fetch command, its role, DLQ, alarm. */
async function checkRatesSchedule(env, out) {
  const name = 'spendwise-dev-rates-fetch';
  const [schedule, rolePolicy, alarms, filters] = await Promise.all([
    aws(env, ['scheduler', 'get-schedule', '--name', name]),
    aws(env, ['iam', 'get-role-policy', '--role-name', `${name}-scheduler`, '--policy-name', `run-${name}`]),
    aws(env, ['cloudwatch', 'describe-alarms', '--alarm-names', `${name}-no-success`]),
    aws(env, ['logs', 'describe-metric-filters', '--log-group-name', out.ecs_log_group]),
  ]);
  assert.equal(schedule.ScheduleExpression, 'cron(0 17 * * ? *)');
  assert.equal(schedule.ScheduleExpressionTimezone, 'Europe/Berlin');
  assert.equal(schedule.State, 'ENABLED');
  const target = schedule.Target;
  assert.match(target.Arn, /^arn:aws:ecs:us-east-1:\d{12}:cluster\/spendwise-dev$/);
  assert.match(
    target.EcsParameters.TaskDefinitionArn,
    new RegExp(`:task-definition/${out.ecs_task_definition_family}$`),
    'the family without a revision: the latest deployed one runs',
  );
  assert.equal(target.EcsParameters.LaunchType, 'FARGATE');
  const vpc = target.EcsParameters.NetworkConfiguration.awsvpcConfiguration;
  assert.deepEqual([...vpc.Subnets].sort(), out.ecs_private_app_subnet_ids_csv.split(',').sort());
  assert.deepEqual(vpc.SecurityGroups, [out.ecs_tasks_security_group_id]);
  assert.deepEqual(JSON.parse(target.Input), {
    containerOverrides: [{ name: 'backend', command: ['node', 'dist/rates/cli.js', '--fetch', '--90-days'] }],
  });
  assert.deepEqual(target.RetryPolicy, { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 });
  assert.match(target.DeadLetterConfig.Arn, new RegExp(`:sqs:us-east-1:\\d{12}:${name}-dlq$`));

  // The role may run only the backend family, in this cluster, and pass only the task's two roles to ECS tasks.
  const document = rolePolicy.PolicyDocument;
  const { Statement: statements } =
    typeof document === 'string' ? JSON.parse(decodeURIComponent(document)) : document;
  const bySid = Object.fromEntries(statements.map((st) => [st.Sid, st]));
  assert.deepEqual(Object.keys(bySid).sort(), ['DeadLetters', 'PassTheTaskRoles', 'RunTheTask']);
  for (const resource of [bySid.RunTheTask.Resource].flat())
    assert.match(resource, new RegExp(`:task-definition/${out.ecs_task_definition_family}(:\\*)?$`));
  assert.equal(bySid.RunTheTask.Condition.ArnEquals['ecs:cluster'], target.Arn);
  assert.equal([bySid.PassTheTaskRoles.Resource].flat().length, 2);
  assert.equal(
    bySid.PassTheTaskRoles.Condition.StringEquals['iam:PassedToService'],
    'ecs-tasks.amazonaws.com',
  );

  // The alarm counts RATES_FRESH lines per day; two days without one (or without any run) fire it.
  const [alarm] = alarms.MetricAlarms;
  assert.equal(alarm.Period, 86400);
  assert.equal(alarm.EvaluationPeriods, 2);
  assert.equal(alarm.TreatMissingData, 'breaching');
  const filter = filters.metricFilters.find((f) => f.filterName === `${name}-succeeded`);
  assert.equal(filter.filterPattern, '"RATES_FRESH"');
  assert.equal(filter.metricTransformations[0].metricName, alarm.MetricName);
}

/** The recurring-expense generator: hourly, the API image's generate command, its own role, a one-day alarm. */
async function checkRecurringSchedule(env, out) {
  const name = 'spendwise-dev-recurring-generate';
  const [schedule, rolePolicy, alarms, filters] = await Promise.all([
    aws(env, ['scheduler', 'get-schedule', '--name', name]),
    aws(env, ['iam', 'get-role-policy', '--role-name', `${name}-scheduler`, '--policy-name', `run-${name}`]),
    aws(env, ['cloudwatch', 'describe-alarms', '--alarm-names', `${name}-no-success`]),
    aws(env, ['logs', 'describe-metric-filters', '--log-group-name', out.ecs_log_group]),
  ]);
  assert.equal(schedule.ScheduleExpression, 'cron(5 * * * ? *)');
  assert.equal(schedule.State, 'ENABLED');
  assert.match(
    schedule.Target.EcsParameters.TaskDefinitionArn,
    new RegExp(`:task-definition/${out.ecs_task_definition_family}$`),
  );
  assert.deepEqual(JSON.parse(schedule.Target.Input), {
    containerOverrides: [{ name: 'backend', command: ['node', '/app/apps/api/dist/recurring/generate.js'] }],
  });
  assert.match(schedule.Target.DeadLetterConfig.Arn, new RegExp(`:sqs:us-east-1:\\d{12}:${name}-dlq$`));
  const document = rolePolicy.PolicyDocument;
  const { Statement: statements } =
    typeof document === 'string' ? JSON.parse(decodeURIComponent(document)) : document;
  assert.deepEqual(statements.map((st) => st.Sid).sort(), ['DeadLetters', 'PassTheTaskRoles', 'RunTheTask']);
  const [alarm] = alarms.MetricAlarms;
  assert.equal(alarm.Period, 86400);
  assert.equal(alarm.EvaluationPeriods, 1);
  assert.equal(alarm.TreatMissingData, 'breaching');
  const filter = filters.metricFilters.find((f) => f.filterName === `${name}-succeeded`);
  assert.equal(filter.filterPattern, '"RECURRING_GENERATED"');
}
