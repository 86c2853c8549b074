# Teardown after the backend has run: the sockerless backend creates security
# groups (skls-*) in the VPC, access points on the file system and Cloud Map
# namespaces (skls-*.local) in the VPC, none of them in Terraform's state, and
# they would make `terraform destroy` fail. This resource depends on the VPC,
# the file system and the task security group, so on destroy its provisioner
# runs first and deletes exactly those leftovers (scripts/ and README.md,
# "Teardown"). Needs bash and the AWS CLI on the machine that runs destroy.

resource "terraform_data" "backend_leftovers_cleanup" {
  count = var.backend_leftovers_cleanup_enabled ? 1 : 0

  input = {
    file_system_id = aws_efs_file_system.this.id
    region         = local.region
    script         = "${path.module}/scripts/cleanup-backend-leftovers.sh"
    vpc_id         = local.vpc_id
  }

  provisioner "local-exec" {
    command = "bash '${self.input.script}'"
    when    = destroy

    environment = {
      FILE_SYSTEM_ID = self.input.file_system_id
      REGION         = self.input.region
      VPC_ID         = self.input.vpc_id
    }
  }

  # Destroyed (and so run) before these, which the leftovers would block.
  depends_on = [
    aws_efs_mount_target.this,
    aws_security_group.tasks,
    aws_service_discovery_private_dns_namespace.this,
  ]
}
