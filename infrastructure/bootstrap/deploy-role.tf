# Deploy identity for GitHub Actions (.github/workflows/deploy.yml): GitHub's OIDC provider and one role per
# environment, assumable only by jobs of this repository running in that GitHub environment. The workflow asks
# for a session of `role-duration-seconds`; IAM refuses to issue more than the role's max_session_duration (default
# 3600 s), so the role's maximum must cover what the workflow asks (policy rule deploy-role-trust-and-session).

locals {
  github_oidc_host = "token.actions.githubusercontent.com"
  account          = data.aws_caller_identity.current.account_id
  arn              = "arn:${data.aws_partition.current.partition}"
  # Built from the account rather than read from the resource, so the trust policy is known at plan time and the
  # policy rules can read it (the roles depend on the provider explicitly).
  oidc_provider_arn = "${local.arn}:iam::${local.account}:oidc-provider/${local.github_oidc_host}"
  state_bucket_arn  = "${local.arn}:s3:::${local.bucket_name}"
}

data "aws_partition" "current" {}

resource "aws_iam_openid_connect_provider" "github" {
  count = var.create_github_oidc_provider ? 1 : 0

  url            = "https://${local.github_oidc_host}"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_policy_document" "deploy_trust" {
  for_each = toset(var.deploy_environments)

  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_oidc_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    # Only jobs of this repository running in this GitHub environment (whose protection rules apply).
    condition {
      test     = "StringEquals"
      variable = "${local.github_oidc_host}:sub"
      values   = ["repo:${var.github_repository}:environment:${each.key}"]
    }
  }
}

resource "aws_iam_role" "deploy" {
  for_each = toset(var.deploy_environments)

  name                 = "${var.project}-${each.key}-deploy"
  description          = "GitHub Actions deploy of ${var.project} ${each.key} (${var.github_repository})"
  assume_role_policy   = data.aws_iam_policy_document.deploy_trust[each.key].json
  max_session_duration = var.deploy_role_max_session_seconds

  depends_on = [aws_iam_openid_connect_provider.github]

  tags = { Environment = each.key }
}

# Exactly what scripts/deploy/*.sh touch, by the names the environments give their resources
# ("<project>-<env>" prefix). Amplify app and user pool ids are not known here: those statements are limited to
# resources tagged with this project and environment (the environments tag everything they create).
data "aws_iam_policy_document" "deploy" {
  for_each = toset(var.deploy_environments)

  statement {
    sid       = "ReadState"
    actions   = ["s3:GetObject"]
    resources = ["${local.state_bucket_arn}/${var.project}/${each.key}/terraform.tfstate"]
  }

  statement {
    sid       = "ListState"
    actions   = ["s3:ListBucket"]
    resources = [local.state_bucket_arn]
  }

  dynamic "statement" {
    for_each = var.kms_key_arn == null ? [] : [var.kms_key_arn]
    content {
      sid       = "DecryptState"
      actions   = ["kms:Decrypt"]
      resources = [statement.value]
    }
  }

  statement {
    sid       = "EcrLogin"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid = "EcrPushPull"
    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:GetDownloadUrlForLayer",
      "ecr:InitiateLayerUpload",
      "ecr:UploadLayerPart",
      "ecr:CompleteLayerUpload",
      "ecr:PutImage",
      "ecr:DescribeImages",
    ]
    resources = ["${local.arn}:ecr:${var.aws_region}:${local.account}:repository/${var.project}-${each.key}-backend"]
  }

  # scripts/deploy/promote.sh: copies the image that passed in the source environment (manifest and layers, same
  # digest) into this environment's repository.
  dynamic "statement" {
    for_each = contains(keys(var.release_sources), each.key) ? [var.release_sources[each.key]] : []
    content {
      sid       = "EcrPullReleaseSource"
      actions   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      resources = ["${local.arn}:ecr:${var.aws_region}:${local.account}:repository/${var.project}-${statement.value}-backend"]
    }
  }

  statement {
    sid       = "EcsRead"
    actions   = ["ecs:DescribeTaskDefinition", "ecs:DescribeTasks"]
    resources = ["*"]
  }

  # scripts/deploy/release.sh registers a revision pinned to the release's image digest. RegisterTaskDefinition
  # has no resource-level permissions in IAM (it must be "*"); PassTaskRoles below limits which roles a revision
  # may carry, and the tag statement lets it copy the family's Project/Environment tags at registration only.
  statement {
    sid       = "EcsRegisterRelease"
    actions   = ["ecs:RegisterTaskDefinition"]
    resources = ["*"]
  }

  statement {
    sid       = "EcsTagRelease"
    actions   = ["ecs:TagResource"]
    resources = ["${local.arn}:ecs:${var.aws_region}:${local.account}:task-definition/${var.project}-${each.key}-backend:*"]
    condition {
      test     = "StringEquals"
      variable = "ecs:CreateAction"
      values   = ["RegisterTaskDefinition"]
    }
  }

  statement {
    sid       = "EcsMigrate"
    actions   = ["ecs:RunTask"]
    resources = ["${local.arn}:ecs:${var.aws_region}:${local.account}:task-definition/${var.project}-${each.key}-backend:*"]
  }

  statement {
    sid       = "EcsRoll"
    actions   = ["ecs:UpdateService", "ecs:DescribeServices"]
    resources = ["${local.arn}:ecs:${var.aws_region}:${local.account}:service/${var.project}-${each.key}/${var.project}-${each.key}-backend"]
  }

  statement {
    sid     = "PassTaskRoles"
    actions = ["iam:PassRole"]
    resources = [
      "${local.arn}:iam::${local.account}:role/${var.project}-${each.key}-backend-execution",
      "${local.arn}:iam::${local.account}:role/${var.project}-${each.key}-backend-task",
    ]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }

  statement {
    sid       = "ReadBackendLogs"
    actions   = ["logs:GetLogEvents", "logs:FilterLogEvents"]
    resources = ["${local.arn}:logs:${var.aws_region}:${local.account}:log-group:/ecs/${var.project}-${each.key}/backend:*"]
  }

  statement {
    sid       = "WebBuild"
    actions   = ["amplify:StartJob", "amplify:GetJob", "amplify:ListBranches", "amplify:GetBranch"]
    resources = ["${local.arn}:amplify:${var.aws_region}:${local.account}:apps/*"]
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/Project"
      values   = [var.project]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/Environment"
      values   = [each.key]
    }
  }

  statement {
    sid       = "SmokeUser"
    actions   = ["cognito-idp:AdminConfirmSignUp", "cognito-idp:AdminDeleteUser"]
    resources = ["${local.arn}:cognito-idp:${var.aws_region}:${local.account}:userpool/*"]
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/Project"
      values   = [var.project]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/Environment"
      values   = [each.key]
    }
  }
}

resource "aws_iam_role_policy" "deploy" {
  for_each = toset(var.deploy_environments)

  name   = "deploy"
  role   = aws_iam_role.deploy[each.key].id
  policy = data.aws_iam_policy_document.deploy[each.key].json
}
