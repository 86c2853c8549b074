# Optional behaviour: NAT gateway layouts, the ECR repository and KMS switches.
# Apply runs use the mock provider, so routes can be followed to real IDs.

mock_provider "aws" {
  source = "./tests/mocks"
}

run "high_availability_routes_each_zone_through_its_own_nat" {
  command = apply

  variables {
    az_count          = 3
    nat_gateway_count = 3
  }

  assert {
    condition     = [for r in aws_route.private_nat : r.nat_gateway_id] == aws_nat_gateway.this[*].id
    error_message = "With one NAT gateway per zone, each private route table uses its own zone's gateway."
  }

  assert {
    condition     = aws_nat_gateway.this[*].subnet_id == aws_subnet.public[*].id
    error_message = "Each NAT gateway sits in its zone's public subnet."
  }

  assert {
    condition     = length(distinct(aws_nat_gateway.this[*].id)) == 3
    error_message = "Three distinct NAT gateways."
  }
}

run "single_nat_gateway_serves_every_zone" {
  command = apply

  variables {
    az_count          = 3
    nat_gateway_count = 1
  }

  assert {
    condition     = alltrue([for r in aws_route.private_nat : r.nat_gateway_id == aws_nat_gateway.this[0].id])
    error_message = "With one NAT gateway, every private route table uses it."
  }

  assert {
    condition     = alltrue([for r in aws_route.private_nat : r.destination_cidr_block == "0.0.0.0/0"])
    error_message = "Private route tables route 0.0.0.0/0 through NAT (AC 4)."
  }
}

run "two_nat_gateways_alternate_over_three_zones" {
  command = apply

  variables {
    az_count          = 3
    nat_gateway_count = 2
  }

  assert {
    condition     = [for r in aws_route.private_nat : r.nat_gateway_id] == [aws_nat_gateway.this[0].id, aws_nat_gateway.this[1].id, aws_nat_gateway.this[0].id]
    error_message = "Zones without a NAT gateway share the others' in turn."
  }
}

run "without_ecr_repository" {
  command = apply

  variables {
    create_ecr_repository = false
  }

  assert {
    condition     = length(aws_ecr_repository.this) == 0 && length(aws_ecr_lifecycle_policy.this) == 0
    error_message = "create_ecr_repository = false must create no repository or lifecycle policy."
  }

  assert {
    condition     = output.ecr_repository_url == null && output.ecr_repository_arn == null
    error_message = "ECR outputs are null without a repository."
  }
}

run "without_customer_managed_key" {
  command = plan

  variables {
    create_kms_key = false
  }

  assert {
    condition     = length(aws_kms_key.this) == 0 && length(aws_kms_alias.this) == 0
    error_message = "create_kms_key = false must create no key."
  }

  assert {
    condition     = aws_ecr_repository.this[0].encryption_configuration[0].encryption_type == "AES256" && aws_cloudwatch_log_group.containers.kms_key_id == null
    error_message = "Without a customer-managed key, ECR and logs use AWS-managed encryption."
  }

  assert {
    condition     = aws_efs_file_system.this.encrypted
    error_message = "EFS stays encrypted at rest with the AWS-managed key."
  }
}

run "module_key_encrypts_everything" {
  command = apply

  assert {
    condition = (
      aws_efs_file_system.this.kms_key_id == aws_kms_key.this[0].arn &&
      aws_cloudwatch_log_group.containers.kms_key_id == aws_kms_key.this[0].arn &&
      aws_cloudwatch_log_group.flow_logs[0].kms_key_id == aws_kms_key.this[0].arn &&
      aws_ecr_repository.this[0].encryption_configuration[0].kms_key == aws_kms_key.this[0].arn &&
      output.kms_key_arn == aws_kms_key.this[0].arn
    )
    error_message = "The module's key must encrypt EFS, both log groups and ECR."
  }

  assert {
    condition     = aws_kms_alias.this[0].name == "alias/sockerless"
    error_message = "The key is aliased after name."
  }
}

run "managed_execution_policy_can_be_left_off" {
  command = plan

  variables {
    execution_role_attach_managed_policy = false
  }

  assert {
    condition     = length(aws_iam_role_policy_attachment.execution_managed) == 0
    error_message = "execution_role_attach_managed_policy = false must attach only the scoped policy."
  }
}
