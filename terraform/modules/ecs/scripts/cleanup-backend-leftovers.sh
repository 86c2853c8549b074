#!/usr/bin/env bash
# Deletes what the sockerless ECS backend created at run time inside one module
# instance's network and file system, so that `terraform destroy` can delete
# the VPC, the file system and the security groups. Run by the module's
# destroy-time provisioner (cleanup.tf); needs bash and the AWS CLI (`aws`, v1
# or v2) on PATH, with credentials for the module's account. It honours
# AWS_ENDPOINT_URL like every AWS CLI call.
#
# Environment: REGION, VPC_ID, FILE_SYSTEM_ID (all required).
#
# Deleted, and nothing else:
#   - security groups named skls-* in VPC_ID (the backend's Docker networks);
#   - access points of FILE_SYSTEM_ID tagged sockerless-managed=true (volumes);
#   - Cloud Map namespaces named skls-*.local tagged sockerless-managed=true
#     whose Route 53 zone is associated with VPC_ID (private DNS), or, for HTTP
#     namespaces, which have no VPC, whose sockerless:network-id tag is that of
#     one of those security groups (the backend tags a Docker network's group
#     and namespace with the same network ID); first their services and
#     instances.
set -euo pipefail
: "${REGION:?}" "${VPC_ID:?}" "${FILE_SYSTEM_ID:?}"
# Transient API errors are retried (standard mode) rather than read as "none".
export AWS_RETRY_MODE="${AWS_RETRY_MODE:-standard}" AWS_MAX_ATTEMPTS="${AWS_MAX_ATTEMPTS:-5}"
aws_() { aws --region "$REGION" --output text "$@"; }
deleted=0

# The backend's Docker networks in this VPC, by their network IDs.
networks=$(aws_ ec2 describe-security-groups \
  --filters "Name=vpc-id,Values=$VPC_ID" "Name=group-name,Values=skls-*" \
  --query 'SecurityGroups[].Tags[?Key==`sockerless:network-id`].Value[]' | tr '\t' '\n')

groups=$(aws_ ec2 describe-security-groups \
  --filters "Name=vpc-id,Values=$VPC_ID" "Name=group-name,Values=skls-*" \
  --query 'SecurityGroups[].GroupId')
for sg in $groups; do
  echo "cleanup: deleting security group $sg (skls-*, $VPC_ID)"
  aws_ ec2 delete-security-group --group-id "$sg" >/dev/null
  deleted=$((deleted + 1))
done

# Listed into a variable first: a failed listing inside `for ... in $(...)`
# would not stop the script.
access_points=$(aws_ efs describe-access-points --file-system-id "$FILE_SYSTEM_ID" \
  --query 'AccessPoints[].AccessPointId')
for ap in $access_points; do
  # Tags from ListTagsForResource: not every EFS API version returns them here.
  # Read first: a failed call must stop the clean-up, not look like "untagged".
  tags=$(aws_ efs list-tags-for-resource --resource-id "$ap" --query 'Tags[].[Key,Value]')
  grep -qP '^sockerless-managed\ttrue$' <<<"$tags" || continue
  echo "cleanup: deleting access point $ap ($FILE_SYSTEM_ID)"
  aws_ efs delete-access-point --access-point-id "$ap" >/dev/null
  deleted=$((deleted + 1))
done

ours() { # namespace id, type -> 0 when the backend created it for this VPC
  local id=$1 type=$2 arn tags zone
  arn=$(aws_ servicediscovery get-namespace --id "$id" --query 'Namespace.Arn')
  tags=$(aws_ servicediscovery list-tags-for-resource --resource-arn "$arn" --query 'Tags[].[Key,Value]')
  grep -qP '^sockerless-managed\ttrue$' <<<"$tags" || return 1
  case $type in
    DNS_PRIVATE)
      zone=$(aws_ servicediscovery get-namespace --id "$id" --query 'Namespace.Properties.DnsProperties.HostedZoneId')
      aws_ route53 get-hosted-zone --id "$zone" --query 'VPCs[].VPCId' | tr '\t' '\n' | grep -qx "$VPC_ID"
      ;;
    HTTP)
      local id_tag
      id_tag=$(grep -oP '^sockerless:network-id\t\K.*' <<<"$tags") || return 1
      grep -qxF "$id_tag" <<<"$networks"
      ;;
    *) return 1 ;;
  esac
}

while read -r id name type; do
  [ -n "${id:-}" ] || continue
  [[ $name == skls-*.local ]] || continue
  ours "$id" "$type" || continue
  for svc in $(aws_ servicediscovery list-services \
    --filters "Name=NAMESPACE_ID,Values=$id,Condition=EQ" --query 'Services[].Id'); do
    # Only this namespace's services, whatever the filter did (moto ignores it).
    [ "$(aws_ servicediscovery get-service --id "$svc" --query 'Service.NamespaceId')" = "$id" ] || continue
    for inst in $(aws_ servicediscovery list-instances --service-id "$svc" --query 'Instances[].Id'); do
      aws_ servicediscovery deregister-instance --service-id "$svc" --instance-id "$inst" >/dev/null
    done
    aws_ servicediscovery delete-service --id "$svc" >/dev/null
  done
  echo "cleanup: deleting Cloud Map namespace $name ($id, $type)"
  op=$(aws_ servicediscovery delete-namespace --id "$id" --query 'OperationId')
  # Deleting a namespace is asynchronous; its zone must be gone before the VPC.
  for _ in $(seq 1 90); do
    status=$(aws_ servicediscovery get-operation --operation-id "$op" --query 'Operation.Status')
    [ "$status" = SUCCESS ] && break
    [ "$status" = FAIL ] && { echo "cleanup: deleting namespace $id failed" >&2; exit 1; }
    sleep 2
  done
  deleted=$((deleted + 1))
done < <(aws_ servicediscovery list-namespaces --query 'Namespaces[].[Id,Name,Type]')

echo "cleanup: $deleted backend leftovers deleted (VPC $VPC_ID, file system $FILE_SYSTEM_ID)"
