data "aws_partition" "current" {}
data "aws_region" "current" {}
data "aws_caller_identity" "current" {}

locals {
  # nvm without a version reads the repository's .nvmrc.
  nvm_version = var.node_version == null ? "" : " ${var.node_version}"

  # Same build as the repository's amplify.yml (which, when present, overrides this stored spec): install and
  # build from the repository root (buildPath /) where the one lockfile and the shared packages are.
  build_spec = <<-YAML
    version: 1
    applications:
      - appRoot: ${var.app_root}
        frontend:
          buildPath: /
          phases:
            preBuild:
              commands:
                - nvm install${local.nvm_version}
                - nvm use${local.nvm_version}
                - npm ci --cache .npm --prefer-offline --no-audit --no-fund
            build:
              commands:
                - npx turbo run build --filter=./${var.app_root}
          artifacts:
            baseDirectory: ${var.app_root}/.next
            files:
              - '**/*'
          cache:
            paths:
              - .npm/**/*
              - ${var.app_root}/.next/cache/**/*
  YAML

  environment_variables = merge(var.environment_variables, {
    # Amplify requires this for monorepo apps; it must equal appRoot in the build spec.
    AMPLIFY_MONOREPO_APP_ROOT = var.app_root
    AMPLIFY_DIFF_DEPLOY       = "false"
    NEXT_TELEMETRY_DISABLED   = "1"
    TURBO_TELEMETRY_DISABLED  = "1"
  })
}

resource "aws_amplify_app" "this" {
  name         = var.name
  platform     = "WEB_COMPUTE"
  repository   = var.repository_url
  access_token = var.access_token

  build_spec            = local.build_spec
  environment_variables = local.environment_variables
  iam_service_role_arn  = aws_iam_role.service.arn

  enable_branch_auto_build    = var.enable_auto_build
  enable_branch_auto_deletion = false

  tags = var.tags
}

resource "aws_amplify_branch" "this" {
  app_id            = aws_amplify_app.this.id
  branch_name       = var.branch_name
  framework         = "Next.js - SSR"
  stage             = var.stage
  enable_auto_build = var.enable_auto_build

  tags = var.tags
}

# Lets Amplify write the Next.js server (SSR) logs to CloudWatch Logs, nothing else.
data "aws_iam_policy_document" "service_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["amplify.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "service" {
  name               = "${var.name}-amplify"
  assume_role_policy = data.aws_iam_policy_document.service_assume.json

  tags = var.tags
}

data "aws_iam_policy_document" "service" {
  statement {
    actions = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups"]
    resources = [
      "arn:${data.aws_partition.current.partition}:logs:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:log-group:/aws/amplify/*",
    ]
  }
}

resource "aws_iam_role_policy" "service" {
  name   = "ssr-logging"
  role   = aws_iam_role.service.id
  policy = data.aws_iam_policy_document.service.json
}
