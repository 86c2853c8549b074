# Log groups: container output (the ECS backend's log_group) and, when
# enabled, the VPC flow logs. Both are encrypted with the module's KMS key.

resource "aws_cloudwatch_log_group" "containers" {
  #checkov:skip=CKV_AWS_338:Spec TF-002 AC 13: retention is configurable with a 30-day default (log_retention_days); keeping a year is the caller's choice.
  kms_key_id        = local.kms_key_arn
  name              = local.log_group_name
  retention_in_days = var.log_retention_days
  tags              = local.tags
}

resource "aws_cloudwatch_log_group" "flow_logs" {
  #checkov:skip=CKV_AWS_338:Flow logs follow log_retention_days (spec TF-002 AC 13: 30-day default); keeping a year is the caller's choice.
  count = local.flow_logs_enabled ? 1 : 0

  kms_key_id        = local.kms_key_arn
  name              = local.flow_logs_group_name
  retention_in_days = var.log_retention_days
  tags              = local.tags
}
