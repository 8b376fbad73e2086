// Policy rules. Plan rules read `terraform show -json` of a plan; source rules read parsed .tf files.
// Each rule returns a list of violation messages (empty = pass). Every rule has a broken fixture in
// test/policy.test.mjs or test/conventions.test.mjs proving it can fail.
import { readFileSync } from 'node:fs';

import { attributeOf, blocksOf, walkAttributes } from './hcl.mjs';
import {
  compositionPath,
  configModule,
  configResource,
  environmentOf,
  expressionAt,
  plannedResources,
  resolveReferences,
} from './plan.mjs';

/** Outputs the deploy runbook and CI read, by exact name. */
export const REQUIRED_OUTPUTS = [
  'aws_region',
  'ecr_repository_url',
  'ecs_cluster_name',
  'ecs_service_name',
  'ecs_task_definition_family',
  'ecs_cpu_architecture',
  'ecs_private_app_subnet_ids_csv',
  'ecs_tasks_security_group_id',
  'ecs_log_group',
  'alb_dns_name',
  'api_base_url',
  'cognito_user_pool_id',
  'cognito_web_client_id',
  'amplify_app_id',
  'amplify_default_domain',
];

export const REQUIRED_TAGS = ['Project', 'Environment'];

/**
 * The CloudWatch Logs pattern counting the API's "database could not serve this request" warnings: the field and
 * value apps/api/src/errors/all-exceptions.filter.ts writes (DATABASE_DEPENDENCY).
 */
export const DB_CONNECTION_FAILURE_PATTERN = /^\{\s*\$\.dependency\s*=\s*"database"\s*\}$/;

/** The deploy workflow, whose AWS session request the deploy role must satisfy. */
export const DEPLOY_WORKFLOW = new URL('../../../.github/workflows/deploy.yml', import.meta.url);

/** IAM's and configure-aws-credentials' default session (and the role's default maximum): one hour. */
export const DEFAULT_SESSION_SECONDS = 3600;

/**
 * Longest session a workflow asks AWS for: the largest `role-duration-seconds` of its
 * aws-actions/configure-aws-credentials steps (a step without it asks for the action's default, 3600 s).
 * @returns {number} seconds, or 0 when the workflow does not assume a role
 */
export function requestedSessionSeconds(workflowText) {
  const steps = workflowText
    .split(/^\s*- (?=uses:|name:)/m)
    .filter((s) => /configure-aws-credentials@/.test(s));
  return Math.max(
    0,
    ...steps.map((s) =>
      Number(/^\s*role-duration-seconds:\s*['"]?(\d+)/m.exec(s)?.[1] ?? DEFAULT_SESSION_SECONDS),
    ),
  );
}

const GITHUB_OIDC = 'token.actions.githubusercontent.com';
// AWS's managed cache policy "Managed-CachingDisabled", the same id in every account.
const CLOUDFRONT_CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const GITHUB_SUB = /^repo:([A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+):environment:([A-Za-z0-9._-]+)$/;
const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const ofType = (resources, type) => resources.filter((r) => r.type === type);
const first = (list) => (Array.isArray(list) ? list[0] : undefined);

/** @type {{id: string, description: string, check: (plan: object) => string[]}[]} */
export const planRules = [
  {
    id: 'rds-private-encrypted',
    description: 'RDS instances are not publicly accessible, encrypt storage and keep backups',
    check(plan) {
      const problems = [];
      for (const db of ofType(plannedResources(plan), 'aws_db_instance')) {
        const v = db.values;
        if (v.publicly_accessible !== false)
          problems.push(`${db.address}: publicly_accessible must be false`);
        if (v.storage_encrypted !== true) problems.push(`${db.address}: storage_encrypted must be true`);
        if (!(v.backup_retention_period >= 1))
          problems.push(`${db.address}: backup_retention_period must be >= 1`);
      }
      return problems;
    },
  },
  {
    id: 'rds-iam-database-auth',
    description:
      'RDS instances accept IAM database authentication: the API logs in with a token per connection, never a password that rotates under it',
    check(plan) {
      return ofType(plannedResources(plan), 'aws_db_instance')
        .filter((db) => db.values.iam_database_authentication_enabled !== true)
        .map((db) => `${db.address}: iam_database_authentication_enabled must be true`);
    },
  },
  {
    id: 'ecs-public-ip-only-when-requested',
    description: 'ECS services assign public IPs exactly when ecs_assign_public_ip is true',
    check(plan) {
      const wanted = plan.variables?.ecs_assign_public_ip?.value === true;
      const problems = [];
      const services = ofType(plannedResources(plan), 'aws_ecs_service');
      for (const svc of services) {
        const actual = first(svc.values.network_configuration)?.assign_public_ip === true;
        if (actual !== wanted) {
          problems.push(
            `${svc.address}: assign_public_ip is ${actual} but ecs_assign_public_ip is ${wanted}`,
          );
        }
      }
      return problems;
    },
  },
  {
    id: 'ecs-ingress-only-from-alb',
    description:
      "The service's security groups accept traffic only from the load balancer's security group, on the container port",
    check(plan) {
      const resources = plannedResources(plan);
      const problems = [];

      const lbGroups = new Set();
      for (const lb of ofType(resources, 'aws_lb')) {
        const cfg = configResource(plan, lb.modulePath, lb.configAddress);
        for (const a of resolveReferences(plan, lb.modulePath, cfg?.expressions?.security_groups?.references))
          lbGroups.add(a);
      }

      const serviceGroups = new Map(); // security group address -> container ports
      for (const svc of ofType(resources, 'aws_ecs_service')) {
        const cfg = configResource(plan, svc.modulePath, svc.configAddress);
        const refs = expressionAt(cfg?.expressions, [
          'network_configuration',
          0,
          'security_groups',
        ])?.references;
        const groups = resolveReferences(plan, svc.modulePath, refs);
        if (groups.size === 0) problems.push(`${svc.address}: no security group could be traced`);
        const ports = (svc.values.load_balancer ?? []).map((lb) => lb.container_port);
        for (const g of groups) {
          if (g.startsWith('unresolved:')) problems.push(`${svc.address}: cannot trace security group ${g}`);
          else serviceGroups.set(g, ports);
        }
      }

      const targetOf = (r, attr) => {
        const cfg = configResource(plan, r.modulePath, r.configAddress);
        return resolveReferences(plan, r.modulePath, cfg?.expressions?.[attr]?.references);
      };

      for (const sg of ofType(resources, 'aws_security_group')) {
        const address = [...sg.modulePath.map((m) => `module.${m}`), sg.configAddress].join('.');
        if (serviceGroups.has(address) && (sg.values.ingress ?? []).length > 0) {
          problems.push(`${sg.address}: inline ingress rules on the service security group are not allowed`);
        }
      }

      for (const rule of resources) {
        const isNewRule = rule.type === 'aws_vpc_security_group_ingress_rule';
        const isOldRule = rule.type === 'aws_security_group_rule' && rule.values.type === 'ingress';
        if (!isNewRule && !isOldRule) continue;
        const targets = [...targetOf(rule, 'security_group_id')].filter((t) => serviceGroups.has(t));
        if (targets.length === 0) continue;

        const v = rule.values;
        const cidrs = isNewRule
          ? [v.cidr_ipv4, v.cidr_ipv6, v.prefix_list_id].filter(Boolean)
          : [...(v.cidr_blocks ?? []), ...(v.ipv6_cidr_blocks ?? []), ...(v.prefix_list_ids ?? [])];
        if (cidrs.length > 0)
          problems.push(`${rule.address}: service ingress from addresses ${cidrs.join(', ')}`);
        if (!isNewRule && v.self) problems.push(`${rule.address}: service ingress from itself`);

        const sources = [
          ...targetOf(rule, isNewRule ? 'referenced_security_group_id' : 'source_security_group_id'),
        ];
        if (sources.length === 0 || !sources.every((s) => lbGroups.has(s))) {
          problems.push(
            `${rule.address}: source ${sources.join(', ') || '(none)'} is not the load balancer's security group`,
          );
        }
        const ports = targets.flatMap((t) => serviceGroups.get(t));
        if (v.from_port !== v.to_port || !ports.includes(v.from_port)) {
          problems.push(
            `${rule.address}: opens ports ${v.from_port}-${v.to_port}, expected only the container port ${ports.join('/')}`,
          );
        }
      }
      return problems;
    },
  },
  {
    id: 'ecs-circuit-breaker-rollback',
    description: 'ECS services use the ECS deployment circuit breaker with rollback',
    check(plan) {
      const problems = [];
      for (const svc of ofType(plannedResources(plan), 'aws_ecs_service')) {
        const cb = first(svc.values.deployment_circuit_breaker);
        if (!(cb?.enable === true && cb?.rollback === true)) {
          problems.push(
            `${svc.address}: deployment_circuit_breaker must have enable = true and rollback = true`,
          );
        }
      }
      return problems;
    },
  },
  {
    id: 'ecs-deployment-alarms-rollback',
    description:
      'ECS deployments watch a 5xx alarm and an unhealthy-targets alarm of this plan and roll back when one fires',
    check(plan) {
      const resources = plannedResources(plan);
      const alarms = new Map(
        ofType(resources, 'aws_cloudwatch_metric_alarm').map((a) => [a.values.alarm_name, a.values]),
      );
      const metricsOf = (alarm) => [
        alarm.metric_name,
        ...(alarm.metric_query ?? []).flatMap((q) => (q.metric ?? []).map((m) => m.metric_name)),
      ];
      const problems = [];
      for (const svc of ofType(resources, 'aws_ecs_service')) {
        const config = first(svc.values.alarms);
        if (!(config?.enable === true && config?.rollback === true)) {
          problems.push(`${svc.address}: alarms must have enable = true and rollback = true`);
          continue;
        }
        const names = config.alarm_names ?? [];
        const unknown = names.filter((n) => !alarms.has(n));
        if (unknown.length)
          problems.push(`${svc.address}: watches alarms not in this plan: ${unknown.join(', ')}`);
        const metrics = names.filter((n) => alarms.has(n)).flatMap((n) => metricsOf(alarms.get(n)));
        if (!metrics.some((m) => /5XX/.test(m ?? '')))
          problems.push(`${svc.address}: no deployment alarm on 5xx responses`);
        if (!metrics.includes('UnHealthyHostCount'))
          problems.push(`${svc.address}: no deployment alarm on unhealthy targets`);
      }
      return problems;
    },
  },
  {
    id: 'service-down-alarms',
    description:
      'Alarms notify the alarm topic when no target of the API is healthy (missing data breaching) and when the API logs database connection failures (a metric filter on the log group its tasks write to)',
    check(plan) {
      const resources = plannedResources(plan);
      if (ofType(resources, 'aws_ecs_service').length === 0) return [];
      const problems = [];
      const addressOf = (r) => [...r.modulePath.map((m) => `module.${m}`), r.configAddress].join('.');
      const tracedTo = (r, attribute) =>
        resolveReferences(
          plan,
          r.modulePath,
          configResource(plan, r.modulePath, r.configAddress)?.expressions?.[attribute]?.references,
        );
      const topics = new Set(ofType(resources, 'aws_sns_topic').map(addressOf));
      const alarms = ofType(resources, 'aws_cloudwatch_metric_alarm');
      const notifiesTopic = (alarm) =>
        [...tracedTo(alarm, 'alarm_actions')].some((a) => topics.has(a)) ||
        (alarm.values.alarm_actions ?? []).some((arn) => /^arn:aws[a-z-]*:sns:/.test(arn));

      for (const tg of ofType(resources, 'aws_lb_target_group')) {
        const candidates = alarms.filter(
          (a) =>
            a.values.namespace === 'AWS/ApplicationELB' &&
            a.values.metric_name === 'HealthyHostCount' &&
            tracedTo(a, 'dimensions').has(addressOf(tg)),
        );
        if (candidates.length === 0) {
          problems.push(`${tg.address}: no HealthyHostCount alarm on this target group`);
          continue;
        }
        const fires = (v) =>
          (v.comparison_operator === 'LessThanThreshold' && v.threshold > 0 && v.threshold <= 1) ||
          (v.comparison_operator === 'LessThanOrEqualToThreshold' && v.threshold >= 0 && v.threshold < 1);
        const good = candidates.filter(
          (a) => fires(a.values) && a.values.treat_missing_data === 'breaching' && notifiesTopic(a),
        );
        if (good.length === 0)
          problems.push(
            `${candidates.map((a) => a.address).join(', ')}: must alarm on HealthyHostCount < 1 with treat_missing_data = breaching and notify the alarm topic`,
          );
      }

      // Log groups the API's containers write to: what container_definitions references, and the module's
      // log_group_name input (the plan's configuration cannot follow the local the definition is built in).
      const taskLogGroups = new Set(
        ofType(resources, 'aws_ecs_task_definition').flatMap((td) => [
          ...tracedTo(td, 'container_definitions'),
          ...resolveReferences(plan, td.modulePath, ['var.log_group_name']),
        ]),
      );
      const filters = ofType(resources, 'aws_cloudwatch_log_metric_filter').filter((f) =>
        DB_CONNECTION_FAILURE_PATTERN.test(f.values.pattern ?? ''),
      );
      const onTaskLogs = filters.filter((f) =>
        [...tracedTo(f, 'log_group_name')].some((g) => taskLogGroups.has(g)),
      );
      if (onTaskLogs.length === 0) {
        problems.push(
          filters.length === 0
            ? 'no log metric filter counting the API\'s database failures ({ $.dependency = "database" })'
            : `${filters.map((f) => f.address).join(', ')}: not on the log group the API's task definition writes to`,
        );
        return problems;
      }
      for (const filter of onTaskLogs) {
        const metric = first(filter.values.metric_transformation) ?? {};
        const alarm = alarms.find(
          (a) =>
            a.values.namespace === metric.namespace &&
            a.values.metric_name === metric.name &&
            a.values.statistic === 'Sum' &&
            ['GreaterThanThreshold', 'GreaterThanOrEqualToThreshold'].includes(a.values.comparison_operator),
        );
        if (!alarm)
          problems.push(`${filter.address}: no alarm on the Sum of ${metric.namespace}/${metric.name}`);
        else if (!notifiesTopic(alarm)) problems.push(`${alarm.address}: does not notify the alarm topic`);
      }
      return problems;
    },
  },
  {
    id: 'one-dashboard-of-this-stack',
    description:
      "Each environment has one CloudWatch dashboard whose widgets take the load balancer, target group, cluster, service, database and database-failure metric from this plan's resources, never a typed-in name",
    check(plan) {
      const resources = plannedResources(plan);
      if (ofType(resources, 'aws_ecs_service').length === 0) return [];
      const dashboards = ofType(resources, 'aws_cloudwatch_dashboard');
      if (dashboards.length !== 1)
        return [`expected one aws_cloudwatch_dashboard, the plan has ${dashboards.length}`];
      const [dashboard] = dashboards;
      const problems = [];
      const addressOf = (r) => [...r.modulePath.map((m) => `module.${m}`), r.configAddress].join('.');
      const config = configResource(plan, dashboard.modulePath, dashboard.configAddress);
      const traced = resolveReferences(
        plan,
        dashboard.modulePath,
        config?.expressions?.dashboard_body?.references,
      );
      const dbFailureFilters = ofType(resources, 'aws_cloudwatch_log_metric_filter').filter((f) =>
        DB_CONNECTION_FAILURE_PATTERN.test(f.values.pattern ?? ''),
      );
      const watched = [
        ...['aws_lb', 'aws_lb_target_group', 'aws_ecs_cluster', 'aws_ecs_service', 'aws_db_instance'].flatMap(
          (type) => ofType(resources, type),
        ),
        ...dbFailureFilters,
      ];
      for (const r of watched) {
        if (!traced.has(addressOf(r)))
          problems.push(`${dashboard.address}: no widget takes its dimensions from ${r.address}`);
      }
      // The region comes from a data source; anything else the configuration cannot follow is a typed-in value.
      for (const ref of traced) {
        if (ref.startsWith('unresolved:') && !/data\.aws_region\./.test(ref))
          problems.push(`${dashboard.address}: dashboard_body uses ${ref.slice('unresolved:'.length)}`);
      }

      // When the body is known (an applied stack, a fixture), every dimension value must be one of the plan's.
      if (typeof dashboard.values.dashboard_body === 'string') {
        const known = new Set(
          watched.flatMap((r) => [r.values.arn_suffix, r.values.name, r.values.identifier]).filter(Boolean),
        );
        const customMetrics = new Set(
          dbFailureFilters.flatMap((f) =>
            (f.values.metric_transformation ?? []).map((m) => `${m.namespace}/${m.name}`),
          ),
        );
        for (const widget of JSON.parse(dashboard.values.dashboard_body).widgets ?? []) {
          for (const row of widget.properties?.metrics ?? []) {
            const [namespace, metric, ...rest] = row.filter((x) => typeof x === 'string');
            if (!namespace.startsWith('AWS/') && !customMetrics.has(`${namespace}/${metric}`))
              problems.push(`${dashboard.address}: ${namespace}/${metric} is no metric of this plan`);
            for (let i = 1; i < rest.length; i += 2) {
              if (!known.has(rest[i]))
                problems.push(
                  `${dashboard.address}: ${metric} ${rest[i - 1]}=${rest[i]} is no resource of this plan`,
                );
            }
          }
        }
      }
      return problems;
    },
  },
  {
    id: 'alb-access-logs',
    description:
      'Prod load balancers write access logs; a bucket the plan creates for them is private, SSE-S3 encrypted (ELB cannot deliver with a customer KMS key), expires its objects and lets ELB log delivery write under the prefix',
    check(plan) {
      const resources = plannedResources(plan);
      const problems = [];
      const prod = environmentOf(plan) === 'prod';
      const addressOf = (r) => [...r.modulePath.map((m) => `module.${m}`), r.configAddress].join('.');
      const bucketOf = (r) =>
        resolveReferences(
          plan,
          r.modulePath,
          configResource(plan, r.modulePath, r.configAddress)?.expressions?.bucket?.references,
        );
      const buckets = ofType(resources, 'aws_s3_bucket');
      const attached = (type, bucket) =>
        ofType(resources, type).filter((r) => bucketOf(r).has(addressOf(bucket)));

      for (const lb of ofType(resources, 'aws_lb')) {
        const logs = first(lb.values.access_logs);
        if (logs?.enabled !== true || !logs?.bucket) {
          if (prod) problems.push(`${lb.address}: prod needs access_logs { enabled = true } with a bucket`);
          continue;
        }
        const bucket = buckets.find((b) => b.values.bucket === logs.bucket);
        if (!bucket) continue; // an existing bucket, outside this plan
        const where = `${bucket.address} (access logs of ${lb.address})`;
        const sse = attached('aws_s3_bucket_server_side_encryption_configuration', bucket).flatMap((c) =>
          (c.values.rule ?? []).flatMap((r) => r.apply_server_side_encryption_by_default ?? []),
        );
        if (sse.length === 0 || sse.some((d) => d.sse_algorithm !== 'AES256'))
          problems.push(`${where}: must be encrypted with SSE-S3 (AES256); ELB cannot write with SSE-KMS`);
        const block = first(attached('aws_s3_bucket_public_access_block', bucket))?.values;
        const blockKeys = [
          'block_public_acls',
          'block_public_policy',
          'ignore_public_acls',
          'restrict_public_buckets',
        ];
        if (!block || blockKeys.some((k) => block[k] !== true))
          problems.push(`${where}: needs a public access block with all four settings true`);
        const expiring = attached('aws_s3_bucket_lifecycle_configuration', bucket).flatMap((c) =>
          (c.values.rule ?? []).filter(
            (r) => r.status === 'Enabled' && (r.expiration ?? []).some((e) => e.days > 0),
          ),
        );
        if (expiring.length === 0) problems.push(`${where}: needs a lifecycle rule expiring the logs`);
        const policies = attached('aws_s3_bucket_policy', bucket).map((p) => p.values.policy);
        if (policies.some((p) => typeof p !== 'string')) {
          problems.push(`${where}: bucket policy unknown at plan time, cannot be checked`);
          continue;
        }
        const prefix = logs.prefix ? `${logs.prefix}/` : '';
        const delivers = policies
          .flatMap((p) => asList(JSON.parse(p).Statement))
          .some(
            (st) =>
              st.Effect === 'Allow' &&
              asList(st.Action).includes('s3:PutObject') &&
              (asList(st.Principal?.Service).includes('logdelivery.elasticloadbalancing.amazonaws.com') ||
                asList(st.Principal?.AWS).some((a) => /^arn:aws[a-z-]*:iam::\d{12}:root$/.test(a))) &&
              asList(st.Resource).some((r) => r.includes(`:s3:::${logs.bucket}/${prefix}AWSLogs/`)),
          );
        if (!delivers)
          problems.push(
            `${where}: bucket policy must allow ELB log delivery (s3:PutObject on ${logs.bucket}/${prefix}AWSLogs/...)`,
          );
      }
      return problems;
    },
  },
  {
    id: 'log-retention-set',
    description: 'CloudWatch log groups expire their logs',
    check(plan) {
      return ofType(plannedResources(plan), 'aws_cloudwatch_log_group')
        .filter((lg) => !(lg.values.retention_in_days > 0))
        .map((lg) => `${lg.address}: retention_in_days must be set (> 0)`);
    },
  },
  {
    id: 'required-outputs',
    description: 'The root module declares every output the deploy runbook reads',
    check(plan) {
      const declared = new Set(Object.keys(plan.configuration?.root_module?.outputs ?? {}));
      return REQUIRED_OUTPUTS.filter((o) => !declared.has(o)).map((o) => `output "${o}" is missing`);
    },
  },
  {
    id: 'build-platform-from-stack',
    description:
      "The image's build platform comes from the stack: output ecs_cpu_architecture is the variable the task definition runs on",
    check(plan) {
      const path = compositionPath(plan);
      const root = plan.configuration?.root_module ?? {};
      const composition = configModule(plan, path) ?? {};
      const output = composition.outputs?.ecs_cpu_architecture;
      if (!root.outputs?.ecs_cpu_architecture || !output)
        return ['output "ecs_cpu_architecture" is missing: push.sh reads it for docker build --platform'];
      const problems = [];
      // An environment calling the stack forwards the stack's output, which is where the variable is read.
      const forwarded = `module.${path[0]}.ecs_cpu_architecture`;
      if (
        path.length &&
        !(root.outputs.ecs_cpu_architecture.expression?.references ?? []).includes(forwarded)
      )
        problems.push(`output "ecs_cpu_architecture" must be ${forwarded}, the stack's own`);
      const variablesOf = (refs) => (refs ?? []).filter((r) => r.startsWith('var.'));
      const fromOutput = variablesOf(output.expression?.references);
      const fromService = variablesOf(
        composition.module_calls?.ecs?.expressions?.cpu_architecture?.references,
      );
      if (fromService.length !== 1)
        problems.push('module "ecs": cpu_architecture must come from one root variable');
      else if (fromOutput.length !== 1 || fromOutput[0] !== fromService[0])
        problems.push(
          `output "ecs_cpu_architecture" must be ${fromService[0]}, the variable module "ecs" runs on (it reads ${fromOutput.join(', ') || 'no variable'})`,
        );
      const value = plan.planned_values?.outputs?.ecs_cpu_architecture?.value;
      for (const td of ofType(plannedResources(plan), 'aws_ecs_task_definition')) {
        const arch = first(td.values.runtime_platform)?.cpu_architecture;
        if (typeof value === 'string' && typeof arch === 'string' && arch !== value)
          problems.push(`${td.address}: runs on ${arch} but output ecs_cpu_architecture says ${value}`);
      }
      return problems;
    },
  },
  {
    id: 'tags-everywhere',
    description: 'Every taggable resource carries the Project and Environment tags',
    check(plan) {
      const problems = [];
      for (const r of plannedResources(plan)) {
        if (!('tags_all' in r.values)) continue;
        const tags = r.values.tags_all ?? {};
        const missing = REQUIRED_TAGS.filter((t) => !tags[t]);
        if (missing.length) problems.push(`${r.address}: missing tags ${missing.join(', ')}`);
      }
      return problems;
    },
  },
  {
    id: 'alb-hardened',
    description:
      'Load balancers drop invalid headers; target groups use IP targets and a /health check; HTTP redirects when HTTPS exists',
    check(plan) {
      const resources = plannedResources(plan);
      const problems = [];
      for (const lb of ofType(resources, 'aws_lb')) {
        if (lb.values.drop_invalid_header_fields !== true)
          problems.push(`${lb.address}: drop_invalid_header_fields must be true`);
      }
      for (const tg of ofType(resources, 'aws_lb_target_group')) {
        if (tg.values.target_type !== 'ip')
          problems.push(`${tg.address}: target_type must be ip (Fargate awsvpc)`);
        if (first(tg.values.health_check)?.path !== '/health')
          problems.push(`${tg.address}: health check path must be /health`);
      }
      const listeners = ofType(resources, 'aws_lb_listener');
      if (listeners.some((l) => l.values.protocol === 'HTTPS')) {
        for (const l of listeners.filter((x) => x.values.protocol === 'HTTP')) {
          if (first(l.values.default_action)?.type !== 'redirect')
            problems.push(`${l.address}: HTTP must redirect to HTTPS`);
        }
      }
      return problems;
    },
  },
  {
    id: 'deploy-role-trust-and-session',
    description:
      "Roles trusting GitHub's OIDC provider accept only audience sts.amazonaws.com and subjects of one repository's environments, and allow a session as long as the deploy workflow asks for",
    check(plan, context = {}) {
      const resources = plannedResources(plan);
      const problems = [];
      for (const p of ofType(resources, 'aws_iam_openid_connect_provider')) {
        if (!String(p.values.url).includes(GITHUB_OIDC)) continue;
        const ids = p.values.client_id_list ?? [];
        if (ids.length !== 1 || ids[0] !== 'sts.amazonaws.com')
          problems.push(`${p.address}: client_id_list must be exactly ["sts.amazonaws.com"]`);
      }

      const requested =
        context.requestedSessionSeconds ??
        requestedSessionSeconds(context.workflowText ?? readFileSync(DEPLOY_WORKFLOW, 'utf8'));
      const repository = plan.variables?.github_repository?.value;

      for (const role of ofType(resources, 'aws_iam_role')) {
        const text = role.values.assume_role_policy;
        if (typeof text !== 'string' || !text.includes(GITHUB_OIDC)) {
          if (typeof text !== 'string')
            problems.push(`${role.address}: trust policy unknown at plan time, cannot be checked`);
          continue;
        }
        const statements = asList(JSON.parse(text).Statement).filter((st) =>
          asList(st.Principal?.Federated).some((f) => String(f).endsWith(`oidc-provider/${GITHUB_OIDC}`)),
        );
        for (const st of statements) {
          if (st.Effect !== 'Allow') continue;
          const where = `${role.address} (${st.Sid || 'GitHub statement'})`;
          if (asList(st.Action).some((a) => a !== 'sts:AssumeRoleWithWebIdentity'))
            problems.push(`${where}: only sts:AssumeRoleWithWebIdentity may be allowed`);
          const cond = st.Condition ?? {};
          const aud = asList(cond.StringEquals?.[`${GITHUB_OIDC}:aud`]);
          if (aud.length !== 1 || aud[0] !== 'sts.amazonaws.com')
            problems.push(`${where}: needs StringEquals ${GITHUB_OIDC}:aud = sts.amazonaws.com`);
          for (const [op, byKey] of Object.entries(cond)) {
            if (op !== 'StringEquals' && Object.keys(byKey).some((k) => k.startsWith(`${GITHUB_OIDC}:`)))
              problems.push(`${where}: ${op} on GitHub claims (only exact StringEquals is scoped)`);
          }
          const subs = asList(cond.StringEquals?.[`${GITHUB_OIDC}:sub`]);
          if (subs.length === 0)
            problems.push(`${where}: no ${GITHUB_OIDC}:sub condition (any repository could assume it)`);
          for (const sub of subs) {
            const m = GITHUB_SUB.exec(sub);
            if (!m) problems.push(`${where}: sub "${sub}" is not repo:<owner>/<name>:environment:<env>`);
            else if (repository && m[1] !== repository)
              problems.push(`${where}: sub "${sub}" names another repository than ${repository}`);
          }
        }
        const max = role.values.max_session_duration ?? DEFAULT_SESSION_SECONDS;
        if (max < requested)
          problems.push(
            `${role.address}: max_session_duration ${max} s is below the ${requested} s the deploy workflow asks for (role-duration-seconds): the credentials step would fail`,
          );
      }
      return problems;
    },
  },
  {
    id: 'prod-database-observable',
    description:
      'Prod databases keep Performance Insights on and export the PostgreSQL log to CloudWatch Logs',
    check(plan) {
      if (environmentOf(plan) !== 'prod') return [];
      const problems = [];
      for (const db of ofType(plannedResources(plan), 'aws_db_instance')) {
        if (db.values.performance_insights_enabled !== true)
          problems.push(`${db.address}: performance_insights_enabled must be true in prod`);
        if (!(db.values.enabled_cloudwatch_logs_exports ?? []).includes('postgresql'))
          problems.push(`${db.address}: enabled_cloudwatch_logs_exports must include postgresql in prod`);
      }
      return problems;
    },
  },
  {
    id: 'prod-https-only',
    description:
      'Prod serves the API only over HTTPS: an HTTPS listener with a certificate, and every HTTP listener redirects to HTTPS',
    check(plan) {
      if (environmentOf(plan) !== 'prod') return [];
      const listeners = ofType(plannedResources(plan), 'aws_lb_listener');
      const problems = [];
      const https = listeners.filter((l) => l.values.protocol === 'HTTPS');
      if (https.length === 0)
        problems.push('prod plans no HTTPS listener (alb_certificate_arn is required in prod)');
      for (const l of https) {
        if (!l.values.certificate_arn) problems.push(`${l.address}: HTTPS listener without a certificate`);
      }
      for (const l of listeners.filter((x) => x.values.protocol === 'HTTP')) {
        const action = first(l.values.default_action);
        if (action?.type !== 'redirect' || first(action.redirect)?.protocol !== 'HTTPS')
          problems.push(`${l.address}: in prod, HTTP must redirect to HTTPS`);
      }
      return problems;
    },
  },
  {
    id: 'cognito-no-user-existence-errors',
    description:
      'Every Cognito app client hides whether an account exists (prevent_user_existence_errors = ENABLED)',
    check(plan) {
      return ofType(plannedResources(plan), 'aws_cognito_user_pool_client')
        .filter((c) => c.values.prevent_user_existence_errors !== 'ENABLED')
        .map((c) => `${c.address}: prevent_user_existence_errors must be ENABLED`);
    },
  },
  {
    id: 'prod-cognito-sender-and-threat-protection',
    description:
      "Prod user pools send email through SES (DEVELOPER, not Cognito's 50-a-day sender) and enforce threat protection",
    check(plan) {
      if (environmentOf(plan) !== 'prod') return [];
      const problems = [];
      for (const pool of ofType(plannedResources(plan), 'aws_cognito_user_pool')) {
        const email = first(pool.values.email_configuration);
        if (email?.email_sending_account !== 'DEVELOPER' || !email?.source_arn)
          problems.push(
            `${pool.address}: prod needs email_sending_account = DEVELOPER with an SES source_arn`,
          );
        if (first(pool.values.user_pool_add_ons)?.advanced_security_mode !== 'ENFORCED')
          problems.push(`${pool.address}: prod needs threat protection (advanced_security_mode = ENFORCED)`);
      }
      return problems;
    },
  },
  {
    id: 'prod-cognito-totp-offered',
    description:
      'Prod user pools offer two-step verification with an authenticator app (MFA OPTIONAL or ON, software tokens enabled)',
    check(plan) {
      if (environmentOf(plan) !== 'prod') return [];
      const problems = [];
      for (const pool of ofType(plannedResources(plan), 'aws_cognito_user_pool')) {
        // OFF would silently drop the second factor of everyone who set one up in Settings -> Security.
        if (!['OPTIONAL', 'ON'].includes(pool.values.mfa_configuration))
          problems.push(
            `${pool.address}: prod needs mfa_configuration OPTIONAL or ON (people enrol TOTP apps)`,
          );
        if (first(pool.values.software_token_mfa_configuration)?.enabled !== true)
          problems.push(`${pool.address}: prod needs software_token_mfa_configuration { enabled = true }`);
      }
      return problems;
    },
  },
  {
    id: 'ecr-scanned',
    description: 'ECR repositories scan on push and have a lifecycle policy',
    check(plan) {
      const resources = plannedResources(plan);
      const problems = [];
      const withPolicy = new Set(
        ofType(resources, 'aws_ecr_lifecycle_policy').map((p) => p.modulePath.join('/')),
      );
      for (const repo of ofType(resources, 'aws_ecr_repository')) {
        if (first(repo.values.image_scanning_configuration)?.scan_on_push !== true)
          problems.push(`${repo.address}: scan_on_push must be true`);
        if (!withPolicy.has(repo.modulePath.join('/')))
          problems.push(`${repo.address}: no aws_ecr_lifecycle_policy next to it`);
      }
      return problems;
    },
  },
  {
    id: 'api-https-for-browsers',
    description:
      'Browsers reach the API over HTTPS in every environment (the web app is HTTPS, and browsers block plain-HTTP calls from it): an HTTPS listener with a certificate, or CloudFront in front of the load balancer that redirects HTTP to HTTPS, forwards every method and caches nothing — and then the load balancer admits no one else on plain HTTP',
    check(plan) {
      const resources = plannedResources(plan);
      if (ofType(resources, 'aws_lb').length === 0) return [];
      const httpsListener = ofType(resources, 'aws_lb_listener').some(
        (listener) => listener.values.protocol === 'HTTPS' && listener.values.certificate_arn,
      );
      if (httpsListener) return [];
      const distributions = ofType(resources, 'aws_cloudfront_distribution');
      if (distributions.length === 0)
        return [
          'the load balancer has no HTTPS listener and no CloudFront distribution fronts it: the API is plain HTTP, which browsers block from the HTTPS web app (mixed content)',
        ];
      const problems = [];
      for (const distribution of distributions) {
        const behaviour = first(distribution.values.default_cache_behavior) ?? {};
        if (!['redirect-to-https', 'https-only'].includes(behaviour.viewer_protocol_policy))
          problems.push(
            `${distribution.address}: viewer_protocol_policy ${behaviour.viewer_protocol_policy} lets browsers use plain HTTP`,
          );
        const missing = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].filter(
          (method) => !(behaviour.allowed_methods ?? []).includes(method),
        );
        if (missing.length)
          problems.push(
            `${distribution.address}: allowed_methods lacks ${missing.join(', ')} (the API uses them)`,
          );
        if (behaviour.cache_policy_id !== CLOUDFRONT_CACHING_DISABLED)
          problems.push(
            `${distribution.address}: the API's answers are personal; the cache policy must be CachingDisabled (${CLOUDFRONT_CACHING_DISABLED})`,
          );
      }
      for (const rule of ofType(resources, 'aws_vpc_security_group_ingress_rule')) {
        if (!rule.modulePath.includes('alb') || !rule.values.cidr_ipv4) continue;
        problems.push(
          `${rule.address}: the load balancer takes plain HTTP from ${rule.values.cidr_ipv4} around CloudFront; admit only CloudFront's origin-facing prefix list`,
        );
      }
      return problems;
    },
  },
  {
    id: 'ecr-tags-immutable',
    description:
      'ECR tags are IMMUTABLE: a release tag always names the image that was tested, and the deploy pins task definitions to digests instead of moving tags',
    check(plan) {
      return ofType(plannedResources(plan), 'aws_ecr_repository')
        .filter((repo) => repo.values.image_tag_mutability !== 'IMMUTABLE')
        .map(
          (repo) =>
            `${repo.address}: image_tag_mutability is ${repo.values.image_tag_mutability ?? 'unset'}; it must be IMMUTABLE`,
        );
    },
  },
  {
    id: 'scheduled-task-limits-and-scope',
    description:
      "EventBridge schedules use cron in a named time zone, stay within Scheduler's retry limits (0-185 attempts, 60-86400 s) and keep a dead-letter queue; the role Scheduler assumes may run only the schedule's task family, in its cluster, and pass roles only to ECS tasks",
    check(plan) {
      const resources = plannedResources(plan);
      const problems = [];
      for (const schedule of ofType(resources, 'aws_scheduler_schedule')) {
        const v = schedule.values;
        const where = schedule.address;
        // UTC (or a fixed offset) would move a publication-time job by an hour twice a year.
        const zone = v.schedule_expression_timezone;
        if (!/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)+$/.test(zone ?? '') || /^Etc\//.test(zone))
          problems.push(
            `${where}: schedule_expression_timezone must name a time zone such as Europe/Berlin, not ${zone ?? 'UTC (unset)'}`,
          );
        if (!/^cron\(.+\)$/.test(v.schedule_expression ?? ''))
          problems.push(`${where}: schedule_expression must be cron(...)`);

        const target = first(v.target) ?? {};
        const retry = first(target.retry_policy);
        const attempts = retry?.maximum_retry_attempts;
        const age = retry?.maximum_event_age_in_seconds;
        if (!(Number.isInteger(attempts) && attempts >= 0 && attempts <= 185))
          problems.push(`${where}: retry_policy.maximum_retry_attempts must be 0-185, is ${attempts}`);
        if (!(Number.isInteger(age) && age >= 60 && age <= 86400))
          problems.push(`${where}: retry_policy.maximum_event_age_in_seconds must be 60-86400, is ${age}`);
        if (asList(target.dead_letter_config).length !== 1)
          problems.push(`${where}: no dead_letter_config (runs that cannot start would vanish)`);

        const family = /:task-definition\/([^:/]+)$/.exec(
          first(target.ecs_parameters)?.task_definition_arn ?? '',
        )?.[1];
        if (!family) {
          problems.push(
            `${where}: ecs_parameters.task_definition_arn must be a task definition family's ARN`,
          );
          continue;
        }
        // The role's inline policies in the same module (unknown at plan time when they name resources not yet
        // created; the apply test then reads the stored policy back).
        const policies = ofType(resources, 'aws_iam_role_policy').filter(
          (p) =>
            p.modulePath.join('/') === schedule.modulePath.join('/') && typeof p.values.policy === 'string',
        );
        for (const policy of policies) {
          for (const st of asList(JSON.parse(policy.values.policy).Statement)) {
            if (st.Effect !== 'Allow') continue;
            const at = `${policy.address} (${st.Sid || 'statement'})`;
            const actions = asList(st.Action);
            const targets = asList(st.Resource);
            for (const action of actions) {
              if (!['ecs:RunTask', 'iam:PassRole', 'sqs:SendMessage'].includes(action))
                problems.push(`${at}: ${action} is more than running the task needs`);
            }
            if (actions.includes('ecs:RunTask')) {
              const allowed = [`task-definition/${family}`, `task-definition/${family}:*`];
              for (const r of targets) {
                if (!allowed.some((suffix) => String(r).endsWith(`:${suffix}`)))
                  problems.push(`${at}: ecs:RunTask on ${r}, not only the family ${family}`);
              }
              if (!first(asList(st.Condition?.ArnEquals?.['ecs:cluster'])))
                problems.push(`${at}: ecs:RunTask without an ArnEquals ecs:cluster condition`);
            }
            if (actions.includes('iam:PassRole')) {
              if (targets.some((r) => String(r).includes('*')))
                problems.push(`${at}: iam:PassRole on ${targets.join(', ')} (wildcards pass any role)`);
              const passedTo = asList(st.Condition?.StringEquals?.['iam:PassedToService']);
              if (passedTo.length !== 1 || passedTo[0] !== 'ecs-tasks.amazonaws.com')
                problems.push(
                  `${at}: iam:PassRole needs StringEquals iam:PassedToService = ecs-tasks.amazonaws.com`,
                );
            }
          }
        }
      }
      return problems;
    },
  },
];

const ALLOWED_LITERAL_ATTRIBUTES = new Set(['description', 'error_message']);
const ACCOUNT_ID = /(?<![0-9A-Za-z])[0-9]{12}(?![0-9A-Za-z])/;
const REGION =
  /\b(us|eu|ap|sa|ca|me|af|il|mx)(-gov)?-(north|south|east|west|central|northeast|southeast|northwest|southwest)-[0-9]\b/;

/**
 * @typedef {{path: string, items: import('./hcl.mjs').Item[]}} SourceFile parsed .tf file
 * @type {{id: string, description: string, check: (files: SourceFile[]) => string[]}[]}
 */
export const sourceRules = [
  {
    id: 'ecs-service-revision-from-deploy',
    description:
      "Every ECS service ignores changes to its task_definition: the deploy registers digest-pinned revisions and rolls onto them, and a terraform apply must not put the service back on Terraform's own revision (plans do not show lifecycle settings, so this reads the source)",
    check(files) {
      const problems = [];
      for (const f of files) {
        for (const service of blocksOf(f.items, 'resource').filter(
          (r) => r.labels[0] === 'aws_ecs_service',
        )) {
          const ignored = blocksOf(service.body, 'lifecycle')
            .map((lifecycle) => attributeOf(lifecycle, 'ignore_changes')?.expr ?? '')
            .join(' ');
          if (!/\btask_definition\b/.test(ignored))
            problems.push(
              `${f.path}:${service.line}: aws_ecs_service "${service.labels[1]}" must have lifecycle { ignore_changes = [task_definition, ...] }`,
            );
        }
      }
      return problems;
    },
  },
  {
    id: 'variables-typed-and-described',
    description:
      'Every variable has a type and a description; every output a description (or forwards a module output of its name)',
    check(files) {
      const problems = [];
      for (const f of files) {
        for (const v of blocksOf(f.items, 'variable')) {
          if (!attributeOf(v, 'type'))
            problems.push(`${f.path}:${v.line}: variable "${v.labels[0]}" has no type`);
          const d = attributeOf(v, 'description');
          if (!d || /^""$/.test(d.expr))
            problems.push(`${f.path}:${v.line}: variable "${v.labels[0]}" has no description`);
        }
        for (const o of blocksOf(f.items, 'output')) {
          // An environment forwarding the stack's output of the same name: described where it is computed.
          const forwarded = /^module\.\w+\.(\w+)$/.exec(attributeOf(o, 'value')?.expr ?? '')?.[1];
          if (forwarded === o.labels[0]) continue;
          const d = attributeOf(o, 'description');
          if (!d || /^""$/.test(d.expr))
            problems.push(`${f.path}:${o.line}: output "${o.labels[0]}" has no description`);
        }
      }
      return problems;
    },
  },
  {
    id: 'no-hardcoded-account-or-region',
    description: 'No account IDs or region names in configuration values (descriptions may give examples)',
    check(files) {
      const problems = [];
      for (const f of files) {
        for (const { attribute } of walkAttributes(f.items)) {
          if (ALLOWED_LITERAL_ATTRIBUTES.has(attribute.name)) continue;
          const account = ACCOUNT_ID.exec(attribute.expr);
          if (account)
            problems.push(
              `${f.path}:${attribute.line}: ${attribute.name} hard-codes account-like number ${account[0]}`,
            );
          const region = REGION.exec(attribute.expr);
          if (region)
            problems.push(`${f.path}:${attribute.line}: ${attribute.name} hard-codes region ${region[0]}`);
        }
      }
      return problems;
    },
  },
];
