// Policy rules over `terraform show -json` plans: a compliant fixture passes, broken fixtures fail each rule,
// and real plans of dev (public and private tasks) and prod (HTTPS, Amplify) pass. The real plans run against
// moto because the configuration reads availability zones and the caller identity.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { motoAwsEnv, startMoto } from './lib/moto.mjs';
import { prepareMotoCopy } from './lib/moto-stack.mjs';
import { mapLimit } from './lib/map-limit.mjs';
import { INFRA_DIR, terraform, terraformEnv, toTfvars, writeCliConfig } from './lib/terraform.mjs';
import { evaluatePlan, formatViolations, planRules, requestedSessionSeconds } from './policy/index.mjs';
import { compositionPath, configModule, environmentOf, plannedResources } from './policy/plan.mjs';

const readFixture = (name) =>
  JSON.parse(readFileSync(new URL(`./policy/fixtures/${name}.json`, import.meta.url), 'utf8'));
const fixture = () => readFixture('plan-compliant');
/** The bootstrap's plan (GitHub OIDC provider, deploy roles), trimmed from a real plan against moto. */
const bootstrapFixture = () => readFixture('plan-bootstrap-compliant');
const DEPLOY_RULE = 'deploy-role-trust-and-session';
const WORKFLOW_TEXT = readFileSync(path.join(INFRA_DIR, '..', '.github', 'workflows', 'deploy.yml'), 'utf8');

/** Edits the trust policy of the deploy role of one environment in the bootstrap fixture. */
function editTrust(plan, env, edit) {
  const role = plan.planned_values.root_module.resources.find(
    (r) => r.address === `aws_iam_role.deploy["${env}"]`,
  );
  const doc = JSON.parse(role.values.assume_role_policy);
  edit(doc.Statement[0], doc);
  role.values.assume_role_policy = JSON.stringify(doc);
}
const roleValues = (plan, env) =>
  plan.planned_values.root_module.resources.find((r) => r.address === `aws_iam_role.deploy["${env}"]`).values;
const GH = 'token.actions.githubusercontent.com';

/** Values of a planned resource by address (mutable: the fixture is a fresh copy). */
function valuesOf(plan, address) {
  const visit = (mod) =>
    mod.resources?.find((r) => r.address === address) ?? (mod.child_modules ?? []).map(visit).find(Boolean);
  const found = visit(plan.planned_values.root_module);
  assert.ok(found, `fixture has no ${address}`);
  return found.values;
}

function addResource(plan, moduleName, local, type, values) {
  const mod = plan.planned_values.root_module.child_modules.find((m) => m.address === `module.${moduleName}`);
  mod.resources.push({
    address: `module.${moduleName}.${local}`,
    mode: 'managed',
    type,
    name: local.split('.')[1],
    values,
  });
}

/** The fixture (prod, HTTPS on the load balancer) as an environment without a certificate would plan it. */
function withoutHttpsListener(plan) {
  const alb = plan.planned_values.root_module.child_modules.find((m) => m.address === 'module.alb');
  alb.resources = alb.resources.filter(
    (r) => !(r.type === 'aws_lb_listener' && r.values.protocol === 'HTTPS'),
  );
}

const SERVICE = 'module.ecs.aws_ecs_service.this';
const INGRESS = 'module.ecs.aws_vpc_security_group_ingress_rule.from_alb';
const ecsConfig = (plan) => configModule(plan, ['ecs']);
const ecsConfigResource = (plan, address) => ecsConfig(plan).resources.find((r) => r.address === address);

const SCHEDULE = 'module.rates_fetch.aws_scheduler_schedule.this';
const retryOf = (plan) => valuesOf(plan, SCHEDULE).target[0].retry_policy[0];
/** Edits one statement (by Sid) of the scheduler role's policy in the fixture. */
function editSchedulerPolicy(plan, sid, edit) {
  const values = valuesOf(plan, 'module.rates_fetch.aws_iam_role_policy.scheduler');
  const policy = JSON.parse(values.policy);
  edit(policy.Statement.find((st) => st.Sid === sid));
  values.policy = JSON.stringify(policy);
}

const NO_HEALTHY = 'module.observability.aws_cloudwatch_metric_alarm.no_healthy_hosts';
const DB_FAILURES_ALARM = 'module.observability.aws_cloudwatch_metric_alarm.db_connection_failures';
const DB_FAILURES_FILTER = 'module.observability.aws_cloudwatch_log_metric_filter.db_connection_failures';
const observabilityConfig = (plan, address) =>
  configModule(plan, ['observability']).resources.find((r) => r.address === address);
/** Drops a planned resource (by address) from the fixture. */
function removeResource(plan, address) {
  const visit = (mod) => {
    mod.resources = (mod.resources ?? []).filter((r) => r.address !== address);
    (mod.child_modules ?? []).forEach(visit);
  };
  visit(plan.planned_values.root_module);
}

const DASHBOARD = 'module.observability.aws_cloudwatch_dashboard.this';
const dashboardRefs = (plan) =>
  observabilityConfig(plan, 'aws_cloudwatch_dashboard.this').expressions.dashboard_body;
/** Edits the (known) dashboard body of the fixture. */
function editDashboard(plan, edit) {
  const values = valuesOf(plan, DASHBOARD);
  const body = JSON.parse(values.dashboard_body);
  edit(body.widgets);
  values.dashboard_body = JSON.stringify(body);
}

const LB = 'module.alb.aws_lb.this';
const LOGS = (type) => `module.alb.${type}.access_logs[0]`;
/** Edits the statements of the access logs bucket policy in the fixture. */
function editLogsPolicy(plan, edit) {
  const values = valuesOf(plan, LOGS('aws_s3_bucket_policy'));
  const policy = JSON.parse(values.policy);
  policy.Statement = edit(policy.Statement);
  values.policy = JSON.stringify(policy);
}

/** rule id -> [what is broken, mutation of the compliant fixture] */
const BROKEN = {
  'alb-access-logs': [
    ['prod load balancer without access logs', (p) => (valuesOf(p, LB).access_logs = [])],
    ['access logs switched off', (p) => (valuesOf(p, LB).access_logs[0].enabled = false)],
    [
      'bucket encrypted with SSE-KMS (ELB cannot deliver)',
      (p) =>
        (valuesOf(
          p,
          LOGS('aws_s3_bucket_server_side_encryption_configuration'),
        ).rule[0].apply_server_side_encryption_by_default[0].sse_algorithm = 'aws:kms'),
    ],
    [
      'public access not fully blocked',
      (p) => (valuesOf(p, LOGS('aws_s3_bucket_public_access_block')).restrict_public_buckets = false),
    ],
    [
      'logs never expire',
      (p) => (valuesOf(p, LOGS('aws_s3_bucket_lifecycle_configuration')).rule[0].status = 'Disabled'),
    ],
    ['bucket policy lets no one deliver logs', (p) => editLogsPolicy(p, () => [])],
    [
      'log delivery allowed under another prefix than the load balancer writes to',
      (p) =>
        editLogsPolicy(p, (statements) =>
          statements.map((st) => ({ ...st, Resource: st.Resource.replace('/alb/', '/elb/') })),
        ),
    ],
  ],
  'one-dashboard-of-this-stack': [
    ['no dashboard', (p) => removeResource(p, DASHBOARD)],
    [
      'a second dashboard',
      (p) =>
        addResource(p, 'observability', 'aws_cloudwatch_dashboard.other', 'aws_cloudwatch_dashboard', {
          dashboard_name: 'other',
        }),
    ],
    [
      'no widget on the load balancer',
      (p) =>
        (dashboardRefs(p).references = dashboardRefs(p).references.filter((r) => r !== 'var.alb_arn_suffix')),
    ],
    [
      'database identifier from a local (a typed-in name)',
      (p) =>
        (dashboardRefs(p).references = dashboardRefs(p).references.map((r) =>
          r === 'var.db_instance_identifier' ? 'local.db_identifier' : r,
        )),
    ],
    [
      "a widget on another environment's database",
      (p) =>
        editDashboard(p, (widgets) =>
          widgets
            .at(-2)
            .properties.metrics.push([
              'AWS/RDS',
              'CPUUtilization',
              'DBInstanceIdentifier',
              'spendwise-prod-db',
            ]),
        ),
    ],
    [
      'a custom metric no filter of this plan writes',
      (p) => editDashboard(p, (widgets) => (widgets.at(-1).properties.metrics[0][1] = 'db-errors')),
    ],
  ],
  'service-down-alarms': [
    ['no HealthyHostCount alarm', (p) => removeResource(p, NO_HEALTHY)],
    [
      'no-healthy-hosts alarm treats missing data as not breaching (a service with no targets stays quiet)',
      (p) => (valuesOf(p, NO_HEALTHY).treat_missing_data = 'notBreaching'),
    ],
    ['no-healthy-hosts alarm fires only below 0', (p) => (valuesOf(p, NO_HEALTHY).threshold = 0)],
    [
      'HealthyHostCount alarm on the load balancer only, not the target group',
      (p) =>
        (observabilityConfig(
          p,
          'aws_cloudwatch_metric_alarm.no_healthy_hosts',
        ).expressions.dimensions.references = ['var.alb_arn_suffix']),
    ],
    [
      'no-healthy-hosts alarm notifies nobody',
      (p) =>
        (observabilityConfig(
          p,
          'aws_cloudwatch_metric_alarm.no_healthy_hosts',
        ).expressions.alarm_actions.references = ['var.extra_alarm_actions']),
    ],
    ['no metric filter for database failures', (p) => removeResource(p, DB_FAILURES_FILTER)],
    [
      'metric filter matching a line the API does not write',
      (p) => (valuesOf(p, DB_FAILURES_FILTER).pattern = '"database connection failed"'),
    ],
    [
      "metric filter on a log group the API's tasks do not write to",
      (p) =>
        (observabilityConfig(
          p,
          'aws_cloudwatch_log_metric_filter.db_connection_failures',
        ).expressions.log_group_name.references = ['aws_cloudwatch_log_group.other.name']),
    ],
    [
      'no alarm on the filtered metric',
      (p) => (valuesOf(p, DB_FAILURES_ALARM).metric_name = 'something-else'),
    ],
    [
      'database alarm notifies nobody',
      (p) =>
        (observabilityConfig(
          p,
          'aws_cloudwatch_metric_alarm.db_connection_failures',
        ).expressions.alarm_actions.references = []),
    ],
  ],
  'rds-private-encrypted': [
    [
      'publicly accessible database',
      (p) => (valuesOf(p, 'module.rds.aws_db_instance.this').publicly_accessible = true),
    ],
    [
      'unencrypted storage',
      (p) => (valuesOf(p, 'module.rds.aws_db_instance.this').storage_encrypted = false),
    ],
    ['no backups', (p) => (valuesOf(p, 'module.rds.aws_db_instance.this').backup_retention_period = 0)],
  ],
  'rds-iam-database-auth': [
    [
      'IAM database authentication off',
      (p) => (valuesOf(p, 'module.rds.aws_db_instance.this').iam_database_authentication_enabled = false),
    ],
  ],
  'ecs-public-ip-only-when-requested': [
    [
      'public IP although the variable is false',
      (p) => (valuesOf(p, SERVICE).network_configuration[0].assign_public_ip = true),
    ],
    ['no public IP although the variable is true', (p) => (p.variables.ecs_assign_public_ip.value = true)],
  ],
  'ecs-ingress-only-from-alb': [
    ['ingress from 0.0.0.0/0', (p) => (valuesOf(p, INGRESS).cidr_ipv4 = '0.0.0.0/0')],
    [
      'ingress from the tasks group itself instead of the ALB',
      (p) =>
        (ecsConfigResource(
          p,
          'aws_vpc_security_group_ingress_rule.from_alb',
        ).expressions.referenced_security_group_id.references = [
          'aws_security_group.tasks.id',
          'aws_security_group.tasks',
        ]),
    ],
    [
      'module input wired to something other than the ALB group',
      (p) =>
        (p.configuration.root_module.module_calls.ecs.expressions.alb_security_group_id.references = [
          'local.some_group',
        ]),
    ],
    ['all ports open', (p) => Object.assign(valuesOf(p, INGRESS), { from_port: 0, to_port: 65535 })],
    [
      'extra aws_security_group_rule from the internet',
      (p) => {
        addResource(p, 'ecs', 'aws_security_group_rule.debug', 'aws_security_group_rule', {
          type: 'ingress',
          cidr_blocks: ['0.0.0.0/0'],
          from_port: 22,
          to_port: 22,
        });
        ecsConfig(p).resources.push({
          address: 'aws_security_group_rule.debug',
          mode: 'managed',
          type: 'aws_security_group_rule',
          name: 'debug',
          expressions: {
            security_group_id: { references: ['aws_security_group.tasks.id', 'aws_security_group.tasks'] },
          },
        });
      },
    ],
    [
      'inline ingress block on the service group',
      (p) =>
        valuesOf(p, 'module.ecs.aws_security_group.tasks').ingress.push({
          cidr_blocks: ['10.0.0.0/8'],
          from_port: 4000,
          to_port: 4000,
        }),
    ],
    [
      'service security group cannot be traced',
      (p) =>
        (ecsConfigResource(
          p,
          'aws_ecs_service.this',
        ).expressions.network_configuration[0].security_groups.references = ['local.groups']),
    ],
  ],
  'ecs-circuit-breaker-rollback': [
    ['rollback off', (p) => (valuesOf(p, SERVICE).deployment_circuit_breaker[0].rollback = false)],
    ['no circuit breaker', (p) => (valuesOf(p, SERVICE).deployment_circuit_breaker = [])],
  ],
  'ecs-deployment-alarms-rollback': [
    ['no deployment alarms', (p) => (valuesOf(p, SERVICE).alarms = [])],
    ['alarms watched without rollback', (p) => (valuesOf(p, SERVICE).alarms[0].rollback = false)],
    [
      'only the unhealthy-targets alarm (a healthy release answering 5xx stays)',
      (p) => (valuesOf(p, SERVICE).alarms[0].alarm_names = ['spendwise-test-unhealthy-hosts']),
    ],
    ['only the 5xx alarm', (p) => (valuesOf(p, SERVICE).alarms[0].alarm_names = ['spendwise-test-alb-5xx'])],
    [
      'an alarm name that no alarm has',
      (p) => valuesOf(p, SERVICE).alarms[0].alarm_names.push('spendwise-test-typo'),
    ],
  ],
  'log-retention-set': [
    [
      'retention never expires',
      (p) => (valuesOf(p, 'module.observability.aws_cloudwatch_log_group.backend').retention_in_days = 0),
    ],
    [
      'retention unset',
      (p) => (valuesOf(p, 'module.observability.aws_cloudwatch_log_group.backend').retention_in_days = null),
    ],
  ],
  'required-outputs': [
    [
      'runbook output removed',
      (p) => delete p.configuration.root_module.outputs.ecs_private_app_subnet_ids_csv,
    ],
  ],
  'build-platform-from-stack': [
    ['output removed', (p) => delete p.configuration.root_module.outputs.ecs_cpu_architecture],
    [
      'output is a literal, not the variable the service runs on',
      (p) => (p.configuration.root_module.outputs.ecs_cpu_architecture.expression.references = []),
    ],
    [
      'the service runs on another variable than the output',
      (p) =>
        (p.configuration.root_module.module_calls.ecs.expressions.cpu_architecture.references = [
          'var.other_architecture',
        ]),
    ],
    [
      'task definition on ARM64 while the output says X86_64',
      (p) =>
        (valuesOf(p, 'module.ecs.aws_ecs_task_definition.this').runtime_platform[0].cpu_architecture =
          'ARM64'),
    ],
  ],
  'tags-everywhere': [
    [
      'resource without the Environment tag',
      (p) => delete valuesOf(p, 'module.rds.aws_db_instance.this').tags_all.Environment,
    ],
  ],
  'alb-hardened': [
    [
      'invalid headers passed on',
      (p) => (valuesOf(p, 'module.alb.aws_lb.this').drop_invalid_header_fields = false),
    ],
    [
      'instance targets',
      (p) => (valuesOf(p, 'module.alb.aws_lb_target_group.backend').target_type = 'instance'),
    ],
    [
      'health check on /',
      (p) => (valuesOf(p, 'module.alb.aws_lb_target_group.backend').health_check[0].path = '/'),
    ],
    [
      'HTTP forwards although HTTPS exists',
      (p) => (valuesOf(p, 'module.alb.aws_lb_listener.http').default_action[0].type = 'forward'),
    ],
  ],
  'prod-database-observable': [
    [
      'prod without Performance Insights',
      (p) => (valuesOf(p, 'module.rds.aws_db_instance.this').performance_insights_enabled = false),
    ],
    [
      'prod without the PostgreSQL log export',
      (p) => (valuesOf(p, 'module.rds.aws_db_instance.this').enabled_cloudwatch_logs_exports = ['upgrade']),
    ],
  ],
  'prod-https-only': [
    [
      'prod without an HTTPS listener (HTTP forwards)',
      (p) => {
        const alb = p.planned_values.root_module.child_modules.find((m) => m.address === 'module.alb');
        alb.resources = alb.resources.filter((r) => r.address !== 'module.alb.aws_lb_listener.https[0]');
        valuesOf(p, 'module.alb.aws_lb_listener.http').default_action = [{ type: 'forward' }];
      },
    ],
    [
      'prod HTTPS listener without a certificate',
      (p) => (valuesOf(p, 'module.alb.aws_lb_listener.https[0]').certificate_arn = null),
    ],
    [
      'prod HTTP redirecting to HTTP',
      (p) => (valuesOf(p, 'module.alb.aws_lb_listener.http').default_action[0].redirect[0].protocol = 'HTTP'),
    ],
  ],
  'cognito-no-user-existence-errors': [
    [
      'client reveals whether an account exists',
      (p) =>
        (valuesOf(p, 'module.cognito.aws_cognito_user_pool_client.web').prevent_user_existence_errors =
          'LEGACY'),
    ],
    [
      'a second client without the setting',
      (p) =>
        addResource(p, 'cognito', 'aws_cognito_user_pool_client.admin', 'aws_cognito_user_pool_client', {
          prevent_user_existence_errors: null,
        }),
    ],
  ],
  'prod-cognito-totp-offered': [
    [
      'prod with MFA off',
      (p) => {
        const pool = valuesOf(p, 'module.cognito.aws_cognito_user_pool.this');
        pool.mfa_configuration = 'OFF';
        pool.software_token_mfa_configuration = [];
      },
    ],
    [
      'prod MFA optional without software tokens',
      (p) => (valuesOf(p, 'module.cognito.aws_cognito_user_pool.this').software_token_mfa_configuration = []),
    ],
  ],
  'prod-cognito-sender-and-threat-protection': [
    [
      "prod on Cognito's default sender (50 emails a day)",
      (p) =>
        (valuesOf(p, 'module.cognito.aws_cognito_user_pool.this').email_configuration = [
          { email_sending_account: 'COGNITO_DEFAULT', source_arn: null },
        ]),
    ],
    [
      'prod DEVELOPER sender without an SES identity',
      (p) =>
        (valuesOf(p, 'module.cognito.aws_cognito_user_pool.this').email_configuration[0].source_arn = null),
    ],
    [
      'prod without threat protection',
      (p) => (valuesOf(p, 'module.cognito.aws_cognito_user_pool.this').user_pool_add_ons = []),
    ],
    [
      'prod threat protection only auditing',
      (p) =>
        (valuesOf(
          p,
          'module.cognito.aws_cognito_user_pool.this',
        ).user_pool_add_ons[0].advanced_security_mode = 'AUDIT'),
    ],
  ],
  'ecr-scanned': [
    [
      'no scan on push',
      (p) =>
        (valuesOf(p, 'module.ecr.aws_ecr_repository.this').image_scanning_configuration[0].scan_on_push =
          false),
    ],
    [
      'no lifecycle policy',
      (p) => {
        const mod = p.planned_values.root_module.child_modules.find((m) => m.address === 'module.ecr');
        mod.resources = mod.resources.filter((r) => r.type !== 'aws_ecr_lifecycle_policy');
      },
    ],
  ],
  'api-https-for-browsers': [
    ['a plain-HTTP API', (p) => withoutHttpsListener(p)],
    [
      'CloudFront that lets plain HTTP through and caches',
      (p) => {
        withoutHttpsListener(p);
        addResource(p, 'alb', 'aws_cloudfront_distribution.this', 'aws_cloudfront_distribution', {
          default_cache_behavior: [
            { viewer_protocol_policy: 'allow-all', allowed_methods: ['GET', 'HEAD'], cache_policy_id: null },
          ],
        });
      },
    ],
    [
      'a load balancer open to the internet around CloudFront',
      (p) => {
        withoutHttpsListener(p);
        addResource(p, 'alb', 'aws_cloudfront_distribution.this', 'aws_cloudfront_distribution', {
          default_cache_behavior: [
            {
              viewer_protocol_policy: 'redirect-to-https',
              allowed_methods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'POST', 'PATCH', 'DELETE'],
              cache_policy_id: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
            },
          ],
        });
        addResource(
          p,
          'alb',
          'aws_vpc_security_group_ingress_rule.http',
          'aws_vpc_security_group_ingress_rule',
          {
            from_port: 80,
            to_port: 80,
            cidr_ipv4: '0.0.0.0/0',
          },
        );
      },
    ],
  ],
  'ecr-tags-immutable': [
    [
      'tags that can be moved',
      (p) => (valuesOf(p, 'module.ecr.aws_ecr_repository.this').image_tag_mutability = 'MUTABLE'),
    ],
  ],
  'scheduled-task-limits-and-scope': [
    ['cron evaluated in UTC', (p) => (valuesOf(p, SCHEDULE).schedule_expression_timezone = 'UTC')],
    ['no time zone at all', (p) => delete valuesOf(p, SCHEDULE).schedule_expression_timezone],
    ['a rate instead of cron', (p) => (valuesOf(p, SCHEDULE).schedule_expression = 'rate(1 day)')],
    ['more retries than Scheduler allows', (p) => (retryOf(p).maximum_retry_attempts = 186)],
    ['event age below the minimum', (p) => (retryOf(p).maximum_event_age_in_seconds = 59)],
    ['event age above a day', (p) => (retryOf(p).maximum_event_age_in_seconds = 86401)],
    ['no retry policy', (p) => (valuesOf(p, SCHEDULE).target[0].retry_policy = [])],
    ['no dead-letter queue', (p) => (valuesOf(p, SCHEDULE).target[0].dead_letter_config = [])],
    [
      'RunTask on every task definition',
      (p) => editSchedulerPolicy(p, 'RunTheTask', (st) => (st.Resource = '*')),
    ],
    [
      'RunTask on another family',
      (p) =>
        editSchedulerPolicy(p, 'RunTheTask', (st) =>
          st.Resource.push('arn:aws:ecs:us-east-1:123456789012:task-definition/spendwise-test-admin:*'),
        ),
    ],
    ['RunTask in any cluster', (p) => editSchedulerPolicy(p, 'RunTheTask', (st) => delete st.Condition)],
    ['PassRole on any role', (p) => editSchedulerPolicy(p, 'PassTheTaskRoles', (st) => (st.Resource = '*'))],
    [
      'PassRole to any service',
      (p) => editSchedulerPolicy(p, 'PassTheTaskRoles', (st) => delete st.Condition),
    ],
    ['a wildcard action', (p) => editSchedulerPolicy(p, 'DeadLetters', (st) => (st.Action = 'sqs:*'))],
  ],
};

/** Broken bootstrap plans: [what is broken, mutation, evaluation context]. */
const BROKEN_BOOTSTRAP = {
  [DEPLOY_RULE]: [
    ["IAM's default maximum session (3600 s)", (p) => delete roleValues(p, 'prod').max_session_duration],
    ['maximum session below the workflow', (p) => (roleValues(p, 'dev').max_session_duration = 3600)],
    [
      'the workflow asks for 3 hours (role keeps 2)',
      () => {},
      { workflowText: WORKFLOW_TEXT.replace(/role-duration-seconds: \d+/, 'role-duration-seconds: 10800') },
    ],
    [
      'no sub condition: any repository on GitHub could assume the role',
      (p) => editTrust(p, 'dev', (st) => delete st.Condition.StringEquals[`${GH}:sub`]),
    ],
    [
      'sub scoped by StringLike wildcard',
      (p) =>
        editTrust(p, 'dev', (st) => {
          delete st.Condition.StringEquals[`${GH}:sub`];
          st.Condition.StringLike = { [`${GH}:sub`]: 'repo:example-org/*' };
        }),
    ],
    [
      'sub for any ref of the repository instead of an environment',
      (p) =>
        editTrust(
          p,
          'prod',
          (st) => (st.Condition.StringEquals[`${GH}:sub`] = 'repo:example-org/spendwise:ref:refs/heads/main'),
        ),
    ],
    [
      'sub naming another repository',
      (p) =>
        editTrust(
          p,
          'prod',
          (st) => (st.Condition.StringEquals[`${GH}:sub`] = 'repo:someone/fork:environment:prod'),
        ),
    ],
    [
      'no audience condition',
      (p) => editTrust(p, 'dev', (st) => delete st.Condition.StringEquals[`${GH}:aud`]),
    ],
    [
      'audience other than sts.amazonaws.com',
      (p) =>
        editTrust(
          p,
          'dev',
          (st) => (st.Condition.StringEquals[`${GH}:aud`] = 'https://github.com/example-org'),
        ),
    ],
    [
      'OIDC provider for another audience',
      (p) =>
        (p.planned_values.root_module.resources[0].values.client_id_list = ['sts.amazonaws.com', 'other']),
    ],
    ['trust policy unknown at plan time', (p) => (roleValues(p, 'dev').assume_role_policy = undefined)],
  ],
};

describe('policy rules on fixtures', () => {
  test('the compliant fixture passes every rule', () => {
    const violations = evaluatePlan(fixture());
    assert.deepEqual(violations, [], formatViolations(violations));
  });

  test('the compliant bootstrap fixture passes the deploy role rule', () => {
    const violations = evaluatePlan(bootstrapFixture(), [DEPLOY_RULE]);
    assert.deepEqual(violations, [], formatViolations(violations));
  });

  test('every rule has at least one broken fixture', () => {
    for (const rule of planRules)
      assert.ok(
        BROKEN[rule.id]?.length || BROKEN_BOOTSTRAP[rule.id]?.length,
        `no broken fixture for ${rule.id}`,
      );
  });

  test("the deploy workflow's requested session is read from role-duration-seconds", () => {
    assert.equal(requestedSessionSeconds(WORKFLOW_TEXT), 5400);
    assert.ok(requestedSessionSeconds(WORKFLOW_TEXT) > 3600, "the workflow asks for more than IAM's default");
    const without = WORKFLOW_TEXT.replace(/^\s*role-duration-seconds:.*\n/m, '');
    assert.equal(requestedSessionSeconds(without), 3600, "without it the action's default, one hour");
    assert.equal(requestedSessionSeconds('jobs: {}\n'), 0, 'no AWS step, nothing asked');
  });

  for (const [ruleId, cases] of Object.entries(BROKEN_BOOTSTRAP)) {
    for (const [what, mutate, context] of cases) {
      test(`${ruleId} fails on: ${what}`, () => {
        const plan = bootstrapFixture();
        mutate(plan);
        const violations = evaluatePlan(plan, [ruleId], context);
        assert.ok(
          violations.some((v) => v.rule === ruleId),
          `expected ${ruleId} to fail, got:\n${formatViolations(violations) || '(no violations)'}`,
        );
      });
    }
  }

  for (const [ruleId, cases] of Object.entries(BROKEN)) {
    for (const [what, mutate] of cases) {
      test(`${ruleId} fails on: ${what}`, () => {
        const plan = fixture();
        mutate(plan);
        const violations = evaluatePlan(plan);
        assert.ok(
          violations.some((v) => v.rule === ruleId),
          `expected ${ruleId} to fail, got:\n${formatViolations(violations) || '(no violations)'}`,
        );
      });
    }
  }
});

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';

/** Real plans: [name, root configuration, variables]. */
const VARIANTS = [
  ['dev-public-tasks', 'environments/dev', { aws_region: 'us-east-1' }],
  ['bootstrap', 'bootstrap', { aws_region: 'us-east-1', github_repository: 'example-org/spendwise' }],
  [
    'dev-private-tasks',
    'environments/dev',
    {
      aws_region: 'us-east-1',
      ecs_assign_public_ip: false,
      nat_gateway_mode: 'single',
      enable_amplify: false,
    },
  ],
  [
    'prod-https',
    'environments/prod',
    {
      aws_region: 'us-east-1',
      alb_certificate_arn: CERT,
      api_domain_name: 'api.example.com',
      cognito_ses_source_arn: 'arn:aws:ses:us-east-1:123456789012:identity/example.com',
      cognito_from_email_address: 'SpendWise <no-reply@example.com>',
      mail_from: 'alerts@example.com',
      amplify_repository_url: 'https://github.com/example/spendwise',
      alarm_email: 'oncall@example.com',
      enable_vpc_endpoints: true,
    },
  ],
];

describe('policy rules on real plans (against moto)', { timeout: 300_000 }, () => {
  const plans = {};
  let moto;
  let workdir;
  let dirOf;
  let env;

  before(async () => {
    workdir = mkdtempSync(path.join(os.tmpdir(), 'spendwise-policy-'));
    moto = await startMoto({ logFile: path.join(workdir, 'moto.log') });
    ({ dirOf } = prepareMotoCopy({ workdir, endpoint: moto.endpoint }));
    env = motoAwsEnv(
      moto.endpoint,
      'us-east-1',
      terraformEnv({ cliConfigFile: writeCliConfig(path.join(workdir, '.cli')) }),
    );

    await mapLimit(['environments/dev', 'environments/prod', 'bootstrap'], 2, (root) =>
      terraform(['init', '-input=false', '-no-color'], {
        cwd: dirOf(root),
        env,
        timeoutMs: 120_000,
        background: true,
      }),
    );
    await mapLimit(VARIANTS, 2, async ([name, root, vars]) => {
      const cwd = dirOf(root);
      writeFileSync(path.join(cwd, `${name}.tfvars`), toTfvars(vars));
      await terraform(
        [
          'plan',
          '-input=false',
          '-no-color',
          '-lock=false',
          `-var-file=${name}.tfvars`,
          `-out=${name}.tfplan`,
        ],
        {
          cwd,
          env,
          timeoutMs: 180_000,
          background: true,
        },
      );
      const { stdout } = await terraform(['show', '-json', '-no-color', `${name}.tfplan`], {
        cwd,
        env,
        timeoutMs: 60_000,
        background: true,
      });
      plans[name] = JSON.parse(stdout);
    });
  });

  after(async () => {
    await moto?.stop();
    if (workdir) rmSync(workdir, { recursive: true, force: true });
  });

  test('bootstrap: deploy roles for dev and prod pass the deploy role rule; a 3600 s role fails it', () => {
    const plan = plans.bootstrap;
    const roles = plannedResources(plan).filter((r) => r.type === 'aws_iam_role');
    assert.deepEqual(roles.map((r) => r.values.name).sort(), [
      'spendwise-dev-deploy',
      'spendwise-prod-deploy',
    ]);
    assert.ok(plannedResources(plan).some((r) => r.type === 'aws_iam_openid_connect_provider'));
    const violations = evaluatePlan(plan, [DEPLOY_RULE]);
    assert.deepEqual(violations, [], formatViolations(violations));

    const broken = structuredClone(plan);
    plannedResources(broken).find((r) => r.type === 'aws_iam_role').values.max_session_duration = 3600;
    assert.match(formatViolations(evaluatePlan(broken, [DEPLOY_RULE])), /below the 5400 s/);
  });

  for (const [name] of VARIANTS.filter(([n]) => n !== 'bootstrap')) {
    test(`${name}: every rule passes`, () => {
      const violations = evaluatePlan(plans[name]);
      assert.deepEqual(violations, [], formatViolations(violations));
    });

    test(`${name}: the rules have something to check`, () => {
      const types = new Set(plannedResources(plans[name]).map((r) => r.type));
      for (const t of [
        'aws_ecs_service',
        'aws_db_instance',
        'aws_cloudwatch_log_group',
        'aws_lb',
        'aws_lb_target_group',
        'aws_vpc_security_group_ingress_rule',
        'aws_ecr_repository',
      ]) {
        assert.ok(types.has(t), `plan has no ${t}`);
      }
    });
  }

  test('dev-public-tasks: tasks get public IPs; Amplify app builds apps/web with the API and Cognito settings', () => {
    const resources = plannedResources(plans['dev-public-tasks']);
    const service = resources.find((r) => r.type === 'aws_ecs_service');
    assert.equal(service.values.network_configuration[0].assign_public_ip, true);
    assert.equal(
      resources.filter((r) => r.type === 'aws_nat_gateway').length,
      0,
      'cheap dev has no NAT gateway',
    );

    const app = resources.find((r) => r.type === 'aws_amplify_app');
    assert.ok(app, 'Amplify app planned');
    assert.equal(app.values.platform, 'WEB_COMPUTE');
    const spec = app.values.build_spec;
    assert.match(spec, /^ *- appRoot: apps\/web$/m);
    assert.match(spec, /npx turbo run build --filter=\.\/apps\/web$/m);
    // The repository's amplify.yml overrides the stored spec: both must describe the same build.
    const repoSpecPath = path.join(INFRA_DIR, '..', 'amplify.yml');
    if (existsSync(repoSpecPath)) {
      const repoSpec = readFileSync(repoSpecPath, 'utf8');
      for (const key of ['appRoot', 'buildPath', 'baseDirectory']) {
        const value = (text) => text.match(new RegExp(`^[ -]*${key}: *(\\S+) *$`, 'm'))?.[1];
        assert.equal(
          value(spec),
          value(repoSpec),
          `${key} differs between the Amplify module and amplify.yml`,
        );
      }
    }
    // The provider shows the whole map as unknown at plan time; the configuration proves where it comes from
    // (the variable names themselves are checked in conventions.test.mjs).
    const plan = plans['dev-public-tasks'];
    const refs = configModule(plan, compositionPath(plan)).module_calls.amplify.expressions
      .environment_variables.references;
    for (const ref of [
      'local.api_base_url',
      'module.cognito.user_pool_id',
      'module.cognito.web_client_id',
      'data.aws_region.current.name',
    ]) {
      assert.ok(refs.includes(ref), `Amplify build variables do not use ${ref}`);
    }
    const branch = resources.find((r) => r.type === 'aws_amplify_branch');
    assert.equal(branch.values.framework, 'Next.js - SSR');
  });

  test('dev and prod: the recurring generator runs the backend family hourly with its command, and passes the schedule rule', () => {
    for (const name of ['dev-public-tasks', 'prod-https']) {
      const schedule = plannedResources(plans[name]).find(
        (r) =>
          r.modulePath.at(-1) === 'recurring_generate' && r.configAddress === 'aws_scheduler_schedule.this',
      );
      assert.ok(schedule, `${name}: no recurring generation schedule`);
      assert.equal(schedule.values.schedule_expression, 'cron(5 * * * ? *)');
      assert.deepEqual(JSON.parse(schedule.values.target[0].input), {
        containerOverrides: [
          { name: 'backend', command: ['node', '/app/apps/api/dist/recurring/generate.js'] },
        ],
      });
      const violations = evaluatePlan(plans[name], ['scheduled-task-limits-and-scope']);
      assert.deepEqual(violations, []);
    }
  });

  test('dev (no certificate): the API is HTTPS through CloudFront, the load balancer admits only CloudFront', () => {
    for (const name of ['dev-public-tasks', 'dev-private-tasks']) {
      const resources = plannedResources(plans[name]);
      const [distribution, ...more] = resources.filter((r) => r.type === 'aws_cloudfront_distribution');
      assert.ok(distribution, `${name}: a CloudFront distribution`);
      assert.equal(more.length, 0);
      const behaviour = distribution.values.default_cache_behavior[0];
      assert.equal(behaviour.viewer_protocol_policy, 'redirect-to-https');
      assert.equal(distribution.values.origin[0].custom_origin_config[0].origin_protocol_policy, 'http-only');
      const ingress = resources.filter(
        (r) => r.type === 'aws_vpc_security_group_ingress_rule' && r.modulePath.includes('alb'),
      );
      assert.deepEqual(
        ingress.map((r) => [
          r.values.from_port,
          r.values.cidr_ipv4 ?? null,
          Boolean(r.values.prefix_list_id),
        ]),
        [[80, null, true]],
        `${name}: only CloudFront's prefix list on port 80`,
      );
    }
    const prod = plannedResources(plans['prod-https']);
    assert.equal(
      prod.filter((r) => r.type === 'aws_cloudfront_distribution').length,
      0,
      'prod: no CloudFront',
    );
  });

  test('dev-private-tasks: no public IPs, a NAT gateway, private app subnets', () => {
    const resources = plannedResources(plans['dev-private-tasks']);
    assert.equal(
      resources.find((r) => r.type === 'aws_ecs_service').values.network_configuration[0].assign_public_ip,
      false,
    );
    assert.equal(resources.filter((r) => r.type === 'aws_nat_gateway').length, 1);
    assert.equal(
      resources.filter((r) => r.type === 'aws_amplify_app').length,
      0,
      'enable_amplify = false removes Amplify',
    );
  });

  test('the prod-only rules know which plans are prod: the environment the root hands the stack', () => {
    assert.equal(environmentOf(plans['prod-https']), 'prod');
    for (const name of ['dev-public-tasks', 'dev-private-tasks'])
      assert.equal(environmentOf(plans[name]), 'dev');
    // A prod plan without its access logs is caught (the rule did not skip it as "not prod").
    const broken = structuredClone(plans['prod-https']);
    plannedResources(broken).find((r) => r.type === 'aws_lb').values.access_logs = [];
    assert.ok(evaluatePlan(broken, ['alb-access-logs']).length > 0);
  });

  test('prod-https: HTTPS listener, HTTP redirect, Multi-AZ and deletion protection, private tasks', () => {
    const resources = plannedResources(plans['prod-https']);
    const listeners = resources.filter((r) => r.type === 'aws_lb_listener');
    assert.deepEqual(listeners.map((l) => l.values.protocol).sort(), ['HTTP', 'HTTPS']);
    const db = resources.find((r) => r.type === 'aws_db_instance').values;
    assert.equal(db.multi_az, true);
    assert.equal(db.deletion_protection, true);
    assert.equal(db.skip_final_snapshot, false);
    assert.equal(
      resources.find((r) => r.type === 'aws_ecs_service').values.network_configuration[0].assign_public_ip,
      false,
    );
    assert.equal(resources.filter((r) => r.type === 'aws_nat_gateway').length, 2, 'one NAT gateway per AZ');
    assert.equal(plans['prod-https'].planned_values.outputs.api_base_url.value, 'https://api.example.com');
  });

  test('prod-https: access logs into a bucket of its own that ELB may write to; dev has none by default', () => {
    const resources = plannedResources(plans['prod-https']);
    const logs = resources.find((r) => r.type === 'aws_lb').values.access_logs[0];
    assert.equal(logs.enabled, true);
    assert.match(logs.bucket, /^spendwise-prod-alb-logs-\d{12}-us-east-1$/);
    const policy = JSON.parse(resources.find((r) => r.type === 'aws_s3_bucket_policy').values.policy);
    const principals = policy.Statement.filter((st) => st.Effect === 'Allow').map((st) => st.Principal);
    assert.deepEqual(principals, [
      { Service: 'logdelivery.elasticloadbalancing.amazonaws.com' },
      { AWS: 'arn:aws:iam::127311923021:root' }, // the ELB account of us-east-1
    ]);
    assert.ok(
      policy.Statement.some(
        (st) => st.Effect === 'Deny' && st.Condition?.Bool?.['aws:SecureTransport'] === 'false',
      ),
    );
    for (const name of ['dev-public-tasks', 'dev-private-tasks']) {
      const dev = plannedResources(plans[name]);
      assert.deepEqual(
        dev.find((r) => r.type === 'aws_lb').values.access_logs,
        [],
        `${name}: no access logs`,
      );
      assert.equal(dev.filter((r) => r.type === 'aws_s3_bucket').length, 0, `${name}: no log bucket`);
    }
  });

  test('prod refuses to plan without a TLS certificate for the load balancer', async () => {
    const cwd = dirOf('environments/prod');
    const vars = { ...VARIANTS.find(([n]) => n === 'prod-https')[2] };
    delete vars.alb_certificate_arn;
    writeFileSync(path.join(cwd, 'prod-no-cert.tfvars'), toTfvars(vars));
    const result = await terraform(
      ['plan', '-input=false', '-no-color', '-lock=false', '-var-file=prod-no-cert.tfvars'],
      { cwd, env, timeoutMs: 180_000, background: true, okCodes: [1] },
    );
    assert.match(result.stderr + result.stdout, /prod needs alb_certificate_arn/);
  });

  test('prod refuses to plan without an SES sender for Cognito', async () => {
    const cwd = dirOf('environments/prod');
    const vars = { ...VARIANTS.find(([n]) => n === 'prod-https')[2] };
    delete vars.cognito_ses_source_arn;
    writeFileSync(path.join(cwd, 'prod-no-ses.tfvars'), toTfvars(vars));
    const result = await terraform(
      ['plan', '-input=false', '-no-color', '-lock=false', '-var-file=prod-no-ses.tfvars'],
      { cwd, env, timeoutMs: 180_000, background: true, okCodes: [1] },
    );
    assert.match(result.stderr + result.stdout, /prod needs cognito_ses_source_arn/);
  });

  test('prod-https: Cognito sends through SES, enforces threat protection, hides user existence; dev keeps the default sender', () => {
    const pool = plannedResources(plans['prod-https']).find((r) => r.type === 'aws_cognito_user_pool').values;
    assert.equal(pool.email_configuration[0].email_sending_account, 'DEVELOPER');
    assert.equal(pool.user_pool_add_ons[0].advanced_security_mode, 'ENFORCED');
    assert.equal(pool.user_pool_tier, 'PLUS');
    const dev = plannedResources(plans['dev-public-tasks']).find(
      (r) => r.type === 'aws_cognito_user_pool',
    ).values;
    assert.equal(dev.email_configuration[0].email_sending_account, 'COGNITO_DEFAULT');
    assert.deepEqual(dev.user_pool_add_ons, [], 'dev stays on what moto and the Essentials plan offer');
  });

  test('prod-https: the API may send budget alerts through SES only as mail_from, of the one verified identity; dev may not send', () => {
    const taskRolePolicy = (plan) =>
      plannedResources(plan).find(
        (r) => r.type === 'aws_iam_role_policy' && r.address.includes('aws_iam_role_policy.task_extra'),
      );
    const policy = JSON.parse(taskRolePolicy(plans['prod-https']).values.policy);
    assert.deepEqual(policy.Statement, [
      {
        Sid: 'SendAsTheSender',
        Effect: 'Allow',
        Action: 'ses:SendEmail',
        Resource: 'arn:aws:ses:us-east-1:123456789012:identity/example.com',
        Condition: { StringEquals: { 'ses:FromAddress': 'alerts@example.com' } },
      },
    ]);
    // Dev without an SES identity: no permission at all. (The task definition's MAIL_TRANSPORT and MAIL_FROM are
    // known only after apply: conventions.test.mjs reads them from the stack, moto-apply from the applied task.)
    assert.equal(taskRolePolicy(plans['dev-public-tasks']), undefined);
  });

  test('a real plan with the variable flipped after the fact fails the public IP rule', () => {
    const plan = structuredClone(plans['dev-private-tasks']);
    plan.variables.ecs_assign_public_ip.value = true;
    assert.ok(evaluatePlan(plan, ['ecs-public-ip-only-when-requested']).length > 0);
  });

  test('a real plan whose service ingress comes from its own group fails the ALB-only rule', () => {
    const plan = structuredClone(plans['dev-private-tasks']);
    const rule = configModule(plan, [...compositionPath(plan), 'ecs']).resources.find(
      (r) => r.address === 'aws_vpc_security_group_ingress_rule.from_alb',
    );
    rule.expressions.referenced_security_group_id.references = [
      'aws_security_group.tasks.id',
      'aws_security_group.tasks',
    ];
    assert.ok(evaluatePlan(plan, ['ecs-ingress-only-from-alb']).length > 0);
  });
});
