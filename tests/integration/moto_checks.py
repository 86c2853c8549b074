"""Checks of the ECS module applied against a local moto server (127.0.0.1 only).

Subcommands (run with the moto virtualenv's Python, which has boto3):

  network  ENDPOINT OUT_TFVARS OUT_JSON         create a VPC for the existing-vpc example
  outputs  NAME AZ_COUNT NAT_COUNT OUTPUTS_JSON   the module's outputs look real
  byo_outputs NAME NETWORK_JSON OUTPUTS_JSON      the same, in the network `network` made
  state    NAME ENDPOINT OUTPUTS_JSON [byo]       what moto holds matches the module
  drift    PLAN_JSON                              the second plan changes nothing but moto's known drift
  simulate NAME ENDPOINT OUTPUTS_JSON             create what the sockerless backend would
  after_destroy ENDPOINT NETWORK_JSON             the given network and the decoys survived; remove them
  leftovers ENDPOINT NAME...                      nothing of the named instances is left

Each prints what it checked and exits 1 on the first failed expectation.
"""
import hashlib
import json
import re
import sys

ACCOUNT = "123456789012"
REGION = "us-east-1"
# The keys the sockerless ECS backend reads (github.com/e6qu/sockerless,
# backends/core/configfile.go: Environment, AWSConfig, ECSEnvConfig).
ECS_KEYS = {
    "cluster", "subnets", "security_groups", "task_role_arn",
    "execution_role_arn", "log_group", "assign_public_ip", "agent_efs_id",
}
# Its environment variables (backends/ecs/config.go, ConfigFromEnv).
ENV_KEYS = {
    "AWS_REGION", "SOCKERLESS_ECS_CLUSTER", "SOCKERLESS_ECS_SUBNETS",
    "SOCKERLESS_ECS_SECURITY_GROUPS", "SOCKERLESS_ECS_TASK_ROLE_ARN",
    "SOCKERLESS_ECS_EXECUTION_ROLE_ARN", "SOCKERLESS_ECS_LOG_GROUP",
    "SOCKERLESS_ECS_PUBLIC_IP", "SOCKERLESS_AGENT_EFS_ID",
    "SOCKERLESS_ECS_CPU_ARCHITECTURE",
}
checks = 0


def expect(condition, message):
    global checks
    checks += 1
    if not condition:
        print(f"FAIL {message}")
        sys.exit(1)


def load_outputs(path):
    with open(path) as f:
        return {k: v["value"] for k, v in json.load(f).items()}


def client(service, endpoint):
    import boto3

    if not endpoint.startswith("http://127.0.0.1:"):
        raise SystemExit(f"refusing endpoint {endpoint}: loopback only")
    return boto3.client(
        service, endpoint_url=endpoint, region_name=REGION,
        aws_access_key_id="testing", aws_secret_access_key="testing",
    )


def cmd_network(endpoint, tfvars_path, json_path):
    """A VPC with two private subnets (each with its route table) and a public one."""
    ec2 = client("ec2", endpoint)
    vpc = ec2.create_vpc(CidrBlock="10.2.0.0/16")["Vpc"]["VpcId"]
    ec2.modify_vpc_attribute(VpcId=vpc, EnableDnsSupport={"Value": True})
    ec2.modify_vpc_attribute(VpcId=vpc, EnableDnsHostnames={"Value": True})
    private, tables = [], []
    for i, az in enumerate(["us-east-1a", "us-east-1b"]):
        sn = ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.2.{i * 16}.0/20", AvailabilityZone=az)["Subnet"]["SubnetId"]
        rt = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
        ec2.associate_route_table(RouteTableId=rt, SubnetId=sn)
        private.append(sn)
        tables.append(rt)
    public = ec2.create_subnet(VpcId=vpc, CidrBlock="10.2.240.0/24", AvailabilityZone="us-east-1a")["Subnet"]["SubnetId"]
    net = {"vpc_id": vpc, "private_subnet_ids": private, "public_subnet_ids": [public], "route_table_ids": tables}
    with open(json_path, "w") as f:
        json.dump(net, f)
    with open(tfvars_path, "w") as f:
        f.write(f'vpc_id             = "{vpc}"\n')
        f.write(f"private_subnet_ids = {json.dumps(private)}\n")
        f.write(f"public_subnet_ids  = {json.dumps([public])}\n")
    print(f"network: {vpc} with private subnets {', '.join(private)} and public subnet {public}")


def cmd_byo_outputs(name, net_path, path):
    o = load_outputs(path)
    with open(net_path) as f:
        net = json.load(f)
    expect(o["vpc_id"] == net["vpc_id"], "vpc_id is the given VPC")
    expect(o["vpc_cidr_block"] == "10.2.0.0/16", "vpc_cidr_block is the given VPC's")
    expect(o["private_subnet_ids"] == net["private_subnet_ids"], "private_subnet_ids are the given ones")
    expect(o["public_subnet_ids"] == net["public_subnet_ids"], "public_subnet_ids are the given ones")
    expect(o["availability_zones"] == ["us-east-1a", "us-east-1b"], "zones of the given subnets")
    expect(o["nat_gateway_public_ips"] == [], "no NAT gateway")
    expect(o["s3_gateway_endpoint_id"] and sorted(o["vpc_interface_endpoint_ids"]) == ["ecr.api", "ecr.dkr"], "S3 gateway and ECR interface endpoints")
    expect(o["backend_role_arn"] == f"arn:aws:iam::{ACCOUNT}:role/{name}-backend", "backend role")
    common_outputs(name, o)
    print(f"outputs {name}: {checks} checks passed")


def cmd_outputs(name, az_count, nat_count, path):
    o = load_outputs(path)
    az_count, nat_count = int(az_count), int(nat_count)
    expect(re.fullmatch(r"vpc-[0-9a-f]{8,17}", o["vpc_id"]), f"vpc_id {o['vpc_id']}")
    for key in ("private_subnet_ids", "public_subnet_ids"):
        expect(len(o[key]) == az_count, f"{key} has {az_count} entries")
        expect(all(re.fullmatch(r"subnet-[0-9a-f]{8,17}", s) for s in o[key]), f"{key} are subnet IDs")
    expect(len(set(o["private_subnet_ids"] + o["public_subnet_ids"])) == 2 * az_count, "subnet IDs are distinct")
    expect(len(o["availability_zones"]) == az_count, "one zone per subnet pair")
    expect(len(o["nat_gateway_public_ips"]) == nat_count, f"{nat_count} NAT gateway addresses")
    expect(re.fullmatch(r"vpce-[0-9a-f]+", o["s3_gateway_endpoint_id"] or ""), "S3 gateway endpoint")
    common_outputs(name, o)
    print(f"outputs {name}: {checks} checks passed")


def common_outputs(name, o):
    expect(o["ecs_cluster_name"] == name, "ecs_cluster_name")
    expect(o["ecs_cluster_arn"] == f"arn:aws:ecs:{REGION}:{ACCOUNT}:cluster/{name}", f"ecs_cluster_arn {o['ecs_cluster_arn']}")
    expect(re.fullmatch(r"fs-[0-9a-f]{8,17}", o["efs_filesystem_id"]), f"efs_filesystem_id {o['efs_filesystem_id']}")
    expect(o["efs_filesystem_arn"] == f"arn:aws:elasticfilesystem:{REGION}:{ACCOUNT}:file-system/{o['efs_filesystem_id']}", "efs_filesystem_arn")
    expect(o["log_group_name"] == f"/{name}/containers", "log_group_name")
    expect(o["log_group_arn"] == f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:/{name}/containers", f"log_group_arn {o['log_group_arn']}")
    expect(re.fullmatch(r"ns-[0-9a-z]+", o["cloud_map_namespace_id"]), f"cloud_map_namespace_id {o['cloud_map_namespace_id']}")
    expect(o["cloud_map_namespace_arn"] == f"arn:aws:servicediscovery:{REGION}:{ACCOUNT}:namespace/{o['cloud_map_namespace_id']}", "cloud_map_namespace_arn")
    expect(o["cloud_map_namespace_name"] == f"{name}.local", "cloud_map_namespace_name")
    expect(o["execution_role_arn"] == f"arn:aws:iam::{ACCOUNT}:role/{name}-execution", f"execution_role_arn {o['execution_role_arn']}")
    expect(o["task_role_arn"] == f"arn:aws:iam::{ACCOUNT}:role/{name}-task", f"task_role_arn {o['task_role_arn']}")
    for key in ("task_security_group_id", "efs_security_group_id"):
        expect(re.fullmatch(r"sg-[0-9a-f]{8,17}", o[key]), f"{key} {o[key]}")
    expect(o["task_security_group_id"] != o["efs_security_group_id"], "task and EFS groups differ")
    expect(o["ecr_repository_url"] == f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/{name}", f"ecr_repository_url {o['ecr_repository_url']}")
    expect(o["ecr_repository_arn"] == f"arn:aws:ecr:{REGION}:{ACCOUNT}:repository/{name}", "ecr_repository_arn")
    expect(re.fullmatch(rf"arn:aws:kms:{REGION}:{ACCOUNT}:key/[0-9a-f-]+", o["kms_key_arn"] or ""), f"kms_key_arn {o['kms_key_arn']}")
    b = o["backend_config"]
    expect(set(b) == {"backend", "aws"} and set(b["aws"]) == {"region", "ecs"} and set(b["aws"]["ecs"]) == ECS_KEYS,
           f"backend_config has exactly the keys the backend reads ({json.dumps(b, sort_keys=True)})")
    expect(b == {
        "backend": "ecs",
        "aws": {
            "region": REGION,
            "ecs": {
                "cluster": name,
                "subnets": o["private_subnet_ids"],
                "security_groups": [o["task_security_group_id"]],
                "task_role_arn": o["task_role_arn"],
                "execution_role_arn": o["execution_role_arn"],
                "log_group": o["log_group_name"],
                "assign_public_ip": False,
                "agent_efs_id": o["efs_filesystem_id"],
            },
        },
    }, "backend_config repeats the outputs")
    e = o["backend_environment"]
    expect(set(e) == ENV_KEYS, f"backend_environment has exactly the backend's variables ({sorted(e)})")
    expect(e["SOCKERLESS_ECS_SUBNETS"] == ",".join(o["private_subnet_ids"]) and e["SOCKERLESS_AGENT_EFS_ID"] == o["efs_filesystem_id"]
           and e["SOCKERLESS_ECS_CPU_ARCHITECTURE"] in ("X86_64", "ARM64"), "backend_environment repeats the outputs")
    policy = json.loads(o["backend_policy_json"])
    expect(any(s.get("Sid") == "PassModuleRolesToEcsTasks" for s in policy["Statement"]), "backend policy")


def cmd_state(name, endpoint, path, byo=""):
    o = load_outputs(path)
    byo = byo == "byo"
    ec2 = client("ec2", endpoint)
    vpc = o["vpc_id"]
    flt = [{"Name": "vpc-id", "Values": [vpc]}]

    endpoints = ec2.describe_vpc_endpoints(Filters=flt)["VpcEndpoints"]
    s3 = [e for e in endpoints if e["ServiceName"] == f"com.amazonaws.{REGION}.s3"]
    tables = ec2.describe_route_tables(Filters=flt)["RouteTables"]
    private_tables = {t["RouteTableId"] for t in tables if any(a.get("SubnetId") in o["private_subnet_ids"] for a in t["Associations"])}
    expect(len(s3) == 1 and s3[0]["VpcEndpointType"] == "Gateway" and set(s3[0]["RouteTableIds"]) == private_tables,
           "the S3 gateway endpoint is on every private route table")
    if byo:
        interface = sorted(e["ServiceName"] for e in endpoints if e["VpcEndpointType"] == "Interface")
        expect(interface == [f"com.amazonaws.{REGION}.ecr.api", f"com.amazonaws.{REGION}.ecr.dkr"], f"interface endpoints {interface}")
        expect(not ec2.describe_nat_gateways(Filters=flt)["NatGateways"], "no NAT gateway in the given VPC")
        expect(not ec2.describe_flow_logs(Filters=[{"Name": "resource-id", "Values": [vpc]}])["FlowLogs"], "no flow log on the given VPC")
        expect(len(ec2.describe_subnets(Filters=flt)["Subnets"]) == 3, "no subnet added to the given VPC")
        print(f"state {name}: existing network untouched ({checks} checks so far)")
        return state_services(name, endpoint, o, flow_logs=False)
    tags = {t["Key"]: t["Value"] for t in ec2.describe_vpcs(VpcIds=[vpc])["Vpcs"][0].get("Tags", [])}
    for key, value in {"component": "ecs", "managed-by": "terraform", "project": "sockerless"}.items():
        expect(tags.get(key) == value, f"VPC tag {key}={value}")

    default_sg = ec2.describe_security_groups(Filters=flt + [{"Name": "group-name", "Values": ["default"]}])["SecurityGroups"][0]
    expect(not default_sg["IpPermissions"] and not default_sg["IpPermissionsEgress"], "default security group has no rules")

    nats = [n for n in ec2.describe_nat_gateways(Filters=flt)["NatGateways"] if n["State"] == "available"]
    expect(len(nats) == len(o["nat_gateway_public_ips"]), f"{len(nats)} NAT gateways available")
    nat_subnet = {n["NatGatewayId"]: n["SubnetId"] for n in nats}
    subnet_az = {s["SubnetId"]: s["AvailabilityZone"] for s in ec2.describe_subnets(Filters=flt)["Subnets"]}
    tables = ec2.describe_route_tables(Filters=flt)["RouteTables"]
    for subnet in o["private_subnet_ids"]:
        table = next(t for t in tables if any(a.get("SubnetId") == subnet for a in t["Associations"]))
        route = next(r for r in table["Routes"] if r.get("DestinationCidrBlock") == "0.0.0.0/0")
        nat = route.get("NatGatewayId")
        expect(nat in nat_subnet, f"private subnet {subnet} routes 0.0.0.0/0 through a NAT gateway")
        if len(nats) == len(o["private_subnet_ids"]):
            expect(subnet_az[nat_subnet[nat]] == subnet_az[subnet], f"subnet {subnet} uses its own zone's NAT gateway")
    for subnet in o["public_subnet_ids"]:
        table = next(t for t in tables if any(a.get("SubnetId") == subnet for a in t["Associations"]))
        expect(any(r.get("GatewayId", "").startswith("igw-") for r in table["Routes"]), f"public subnet {subnet} routes to the internet gateway")

    state_services(name, endpoint, o, flow_logs=True)


def state_services(name, endpoint, o, flow_logs):
    ec2 = client("ec2", endpoint)
    vpc = o["vpc_id"]
    rules = ec2.describe_security_group_rules(Filters=[{"Name": "group-id", "Values": [o["task_security_group_id"]]}])["SecurityGroupRules"]
    ingress = [r for r in rules if not r["IsEgress"]]
    expect(any(r.get("FromPort") == 9111 and r.get("ToPort") == 9111 and r.get("CidrIpv4") == o["vpc_cidr_block"] for r in ingress), "agent port 9111 admits the VPC CIDR")
    expect(any(r["IpProtocol"] == "-1" and r.get("ReferencedGroupInfo") for r in ingress), "the task group admits all traffic from itself")
    expect(any(r["IpProtocol"] == "-1" and r.get("CidrIpv4") == "0.0.0.0/0" for r in rules if r["IsEgress"]), "tasks may send all outbound traffic")
    efs_rules = ec2.describe_security_group_rules(Filters=[{"Name": "group-id", "Values": [o["efs_security_group_id"]]}])["SecurityGroupRules"]
    efs_ingress = [r for r in efs_rules if not r["IsEgress"]]
    expect(len(efs_ingress) == 1 and efs_ingress[0].get("FromPort") == 2049 and efs_ingress[0].get("ToPort") == 2049, "EFS group admits NFS only")
    expect(not [r for r in efs_rules if r["IsEgress"]], "EFS group has no egress rule")
    if flow_logs:
        flow_logs = ec2.describe_flow_logs(Filters=[{"Name": "resource-id", "Values": [vpc]}])["FlowLogs"]
        expect(len(flow_logs) == 1 and flow_logs[0]["TrafficType"] == "ALL", "VPC flow logs capture all traffic")

    ecs = client("ecs", endpoint)
    cluster = ecs.describe_clusters(clusters=[name], include=["SETTINGS"])["clusters"][0]
    expect(cluster["status"] == "ACTIVE", "cluster is active")
    expect(set(cluster.get("capacityProviders", [])) == {"FARGATE", "FARGATE_SPOT"}, f"capacity providers {cluster.get('capacityProviders')}")
    expect({"name": "containerInsights", "value": "enabled"} in cluster.get("settings", []), "Container Insights enabled")

    efs = client("efs", endpoint)
    fs_id = o["efs_filesystem_id"]
    fs = efs.describe_file_systems(FileSystemId=fs_id)["FileSystems"][0]
    expect(fs["Encrypted"] and fs.get("KmsKeyId"), "EFS encrypted with the module's key")
    targets = efs.describe_mount_targets(FileSystemId=fs_id)["MountTargets"]
    expect(sorted(t["SubnetId"] for t in targets) == sorted(o["private_subnet_ids"]), "a mount target in every private subnet")
    policy = json.loads(efs.describe_file_system_policy(FileSystemId=fs_id)["Policy"])
    deny = [s for s in policy["Statement"] if s["Effect"] == "Deny"]
    expect(deny and deny[0]["Condition"]["Bool"]["aws:SecureTransport"] == "false", "EFS policy denies access without TLS")

    logs = client("logs", endpoint)
    groups = {g["logGroupName"]: g for g in logs.describe_log_groups(logGroupNamePrefix=f"/{name}/")["logGroups"]}
    want = {f"/{name}/containers", f"/{name}/vpc-flow-logs"} if flow_logs else {f"/{name}/containers"}
    expect(set(groups) == want, f"log groups {sorted(groups)}")
    expect(groups[o["log_group_name"]].get("kmsKeyId") == o["kms_key_arn"], "log group encrypted with the module's key")

    sd = client("servicediscovery", endpoint)
    ns = sd.get_namespace(Id=o["cloud_map_namespace_id"])["Namespace"]
    expect(ns["Type"] == "DNS_PRIVATE" and ns["Name"] == f"{name}.local", "private DNS namespace")

    iam = client("iam", endpoint)
    attached = [p["PolicyName"] for p in iam.list_attached_role_policies(RoleName=f"{name}-execution")["AttachedPolicies"]]
    expect(attached == ["AmazonECSTaskExecutionRolePolicy"], f"execution role managed policies {attached}")
    trust = iam.get_role(RoleName=f"{name}-task")["Role"]["AssumeRolePolicyDocument"]
    trust = json.loads(trust) if isinstance(trust, str) else trust
    expect(trust["Statement"][0]["Principal"]["Service"] == "ecs-tasks.amazonaws.com", "task role trusts ecs-tasks")
    task_policy = iam.get_role_policy(RoleName=f"{name}-task", PolicyName=f"{name}-task-scoped")["PolicyDocument"]
    task_policy = json.loads(task_policy) if isinstance(task_policy, str) else task_policy
    resources = [r for s in task_policy["Statement"] for r in ([s["Resource"]] if isinstance(s["Resource"], str) else s["Resource"])]
    expect("*" not in resources and o["efs_filesystem_arn"] in resources, "task role names this module's resources, no *")
    exec_policy = iam.get_role_policy(RoleName=f"{name}-task", PolicyName=f"{name}-task-exec")["PolicyDocument"]
    exec_policy = json.loads(exec_policy) if isinstance(exec_policy, str) else exec_policy
    exec_actions = sorted(a for st in exec_policy["Statement"] for a in st["Action"])
    expect(exec_actions == ["ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"],
           f"task role has the ECS Exec channels ({exec_actions})")

    ecr = client("ecr", endpoint)
    repo = ecr.describe_repositories(repositoryNames=[name])["repositories"][0]
    expect(repo["imageScanningConfiguration"]["scanOnPush"], "ECR scans on push")
    expect(repo["encryptionConfiguration"]["encryptionType"] == "KMS", "ECR encrypted with KMS")
    rules = json.loads(ecr.get_lifecycle_policy(repositoryName=name)["lifecyclePolicyText"])["rules"]
    expect(rules[0]["selection"]["tagStatus"] == "untagged" and rules[0]["selection"]["countNumber"] == 7, "untagged images expire after 7 days")
    print(f"state {name}: {checks} checks passed")


# moto 5.2.5 answers DescribeSecurityGroupRules for a rule that references a
# group with another referenced-group ID and without the description, so the
# refresh of these rules shows an in-place update that is moto's, not ours.
MOTO_DRIFT = {
    "aws_vpc_security_group_ingress_rule": {"description", "referenced_security_group_id"},
}


def cmd_drift(path):
    with open(path) as f:
        plan = json.load(f)
    tolerated = 0
    for rc in plan.get("resource_changes", []):
        actions = rc["change"]["actions"]
        if actions in (["no-op"], ["read"]):
            continue
        before, after = rc["change"]["before"] or {}, rc["change"]["after"] or {}
        changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        allowed = MOTO_DRIFT.get(rc["type"], set())
        if actions == ["update"] and changed and set(changed) <= allowed:
            tolerated += 1
            print(f"  moto drift (tolerated): {rc['address']} {', '.join(changed)}")
            continue
        expect(False, f"second plan would {'/'.join(actions)} {rc['address']} (changed: {', '.join(changed)})")
    print(f"second plan: no changes of ours; {tolerated} tolerated moto drift")


def cmd_simulate(name, endpoint, path):
    """What the sockerless backend creates at run time, which no state knows:
    a network's security group (skls-<network>, self-referencing, tagged as
    backends/ecs/network_cloud.go tags it), a volume's access point on the file
    system (tagged as backends/aws-common/volumes.go tags it) and a network's
    Cloud Map namespace (skls-<network>.local, tagged as
    backends/ecs/service_discovery_cloud.go tags it, with a service and an
    instance). moto refuses a second private DNS namespace in one VPC, so an
    HTTP namespace stands in for it. Also decoys the clean-up must leave alone:
    a skls-* group in another VPC and an untagged access point elsewhere."""
    o = load_outputs(path)
    # The backend's network ID: 12 hex digits, one per Docker network.
    net_id = hashlib.sha256(name.encode()).hexdigest()[:12]
    ec2 = client("ec2", endpoint)
    sg = ec2.create_security_group(
        GroupName=f"skls-{name}-net", Description=f"Sockerless network: {name}-net", VpcId=o["vpc_id"],
        TagSpecifications=[{"ResourceType": "security-group", "Tags": [
            {"Key": "sockerless:network", "Value": f"{name}-net"}, {"Key": "sockerless:network-id", "Value": net_id}]}],
    )["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=sg, IpPermissions=[{"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": sg}]}])
    efs = client("efs", endpoint)
    ap = efs.create_access_point(
        FileSystemId=o["efs_filesystem_id"],
        RootDirectory={"Path": f"/sockerless/volumes/{name}-data", "CreationInfo": {"OwnerUid": 1000, "OwnerGid": 1000, "Permissions": "0777"}},
        Tags=[{"Key": "sockerless-managed", "Value": "true"}, {"Key": "sockerless-volume-name", "Value": f"{name}-data"}, {"Key": "Name", "Value": f"{name}-data"}],
    )["AccessPointId"]
    sd = client("servicediscovery", endpoint)
    op = sd.create_http_namespace(
        Name=f"skls-{name}-net.local", Description=f"Sockerless network: {name}-net",
        Tags=[{"Key": "sockerless:network-id", "Value": net_id}, {"Key": "sockerless:network", "Value": f"{name}-net"},
              {"Key": "sockerless-managed", "Value": "true"}],
    )["OperationId"]
    ns = sd.get_operation(OperationId=op)["Operation"]["Targets"]["NAMESPACE"]
    svc = sd.create_service(Name="web", NamespaceId=ns)["Service"]["Id"]
    sd.register_instance(ServiceId=svc, InstanceId=f"{net_id}-c1", Attributes={"AWS_INSTANCE_IPV4": "10.0.0.9"})
    print(f"simulated backend leftovers of {name}: security group {sg}, access point {ap}, namespace {ns} (service {svc})")


def decoys(endpoint):
    ec2 = client("ec2", endpoint)
    default_vpc = next(v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"] if v.get("IsDefault"))
    return ec2, default_vpc


def cmd_decoys(endpoint):
    """What another sockerless deployment in the account would hold: a skls-*
    group in another VPC and a tagged skls-*.local HTTP namespace of a network
    none of the modules has. The clean-up must not touch them."""
    ec2, default_vpc = decoys(endpoint)
    sg = ec2.create_security_group(
        GroupName="skls-decoy", Description="not this module's", VpcId=default_vpc,
        TagSpecifications=[{"ResourceType": "security-group", "Tags": [{"Key": "sockerless:network-id", "Value": "decoydecoy00"}]}],
    )["GroupId"]
    sd = client("servicediscovery", endpoint)
    sd.create_http_namespace(Name="skls-decoy.local", Tags=[
        {"Key": "sockerless:network-id", "Value": "decoydecoy00"}, {"Key": "sockerless-managed", "Value": "true"}])
    print(f"decoys: security group {sg} (skls-decoy) in the default VPC {default_vpc}, namespace skls-decoy.local")


def cmd_after_destroy(endpoint, net_path):
    """The network the existing-vpc example was given, and the decoy, survived."""
    with open(net_path) as f:
        net = json.load(f)
    ec2, default_vpc = decoys(endpoint)
    vpc = net["vpc_id"]
    expect(ec2.describe_vpcs(VpcIds=[vpc])["Vpcs"], f"the given VPC {vpc} is still there")
    subnets = sorted(s["SubnetId"] for s in ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["Subnets"])
    expect(subnets == sorted(net["private_subnet_ids"] + net["public_subnet_ids"]), "the given subnets are still there")
    groups = [g["GroupName"] for g in ec2.describe_security_groups(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["SecurityGroups"]]
    expect(groups == ["default"], f"only the default group is left in the given VPC ({groups})")
    live = [e["VpcEndpointId"] for e in ec2.describe_vpc_endpoints(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["VpcEndpoints"]
            if e["State"].lower() != "deleted"]
    expect(not live, f"no endpoint left in the given VPC ({live})")
    decoy = ec2.describe_security_groups(Filters=[{"Name": "group-name", "Values": ["skls-decoy"]}])["SecurityGroups"]
    expect(len(decoy) == 1 and decoy[0]["VpcId"] == default_vpc, "the skls-* group of another VPC was left alone")
    ec2.delete_security_group(GroupId=decoy[0]["GroupId"])
    sd = client("servicediscovery", endpoint)
    namespaces = {n["Name"]: n["Id"] for n in sd.list_namespaces()["Namespaces"]}
    expect(set(namespaces) == {"skls-decoy.local"}, f"only the other deployment's namespace is left ({sorted(namespaces)})")
    sd.delete_namespace(Id=namespaces["skls-decoy.local"])
    for table in ec2.describe_route_tables(RouteTableIds=net["route_table_ids"])["RouteTables"]:
        for assoc in table["Associations"]:
            ec2.disassociate_route_table(AssociationId=assoc["RouteTableAssociationId"])
        ec2.delete_route_table(RouteTableId=table["RouteTableId"])
    for sn in net["private_subnet_ids"] + net["public_subnet_ids"]:
        ec2.delete_subnet(SubnetId=sn)
    ec2.delete_vpc(VpcId=vpc)
    print(f"after destroy: the given network and the decoys survived ({checks} checks); removed them")


def cmd_leftovers(endpoint, *names):
    ec2 = client("ec2", endpoint)
    vpcs = [v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"] if not v.get("IsDefault")]
    expect(not vpcs, f"no VPC left ({vpcs})")
    nats = [n["NatGatewayId"] for n in ec2.describe_nat_gateways()["NatGateways"] if n["State"] not in ("deleted", "deleting")]
    expect(not nats, f"no NAT gateway left ({nats})")
    eips = [a["AllocationId"] for a in ec2.describe_addresses()["Addresses"]]
    expect(not eips, f"no elastic IP left ({eips})")
    igws = [g["InternetGatewayId"] for g in ec2.describe_internet_gateways()["InternetGateways"]
            if any(t["Key"] == "managed-by" for t in g.get("Tags", []))]
    expect(not igws, f"no internet gateway left ({igws})")
    flow_logs = [f["FlowLogId"] for f in ec2.describe_flow_logs()["FlowLogs"]]
    expect(not flow_logs, f"no flow log left ({flow_logs})")
    # A deleted endpoint stays listed, in state "deleted", for a while (AWS and moto).
    endpoints = [e["VpcEndpointId"] for e in ec2.describe_vpc_endpoints()["VpcEndpoints"] if e["State"].lower() != "deleted"]
    expect(not endpoints, f"no VPC endpoint left ({endpoints})")
    # What the backend created (cmd_simulate), listed, since moto deletes a VPC
    # that still holds security groups.
    groups = [g["GroupId"] for g in ec2.describe_security_groups()["SecurityGroups"] if g["GroupName"] != "default"]
    expect(not groups, f"no security group left ({groups})")
    ecs = client("ecs", endpoint)
    clusters = [c["clusterName"] for c in ecs.describe_clusters(clusters=list(names))["clusters"] if c["status"] == "ACTIVE"]
    expect(not clusters, f"no active cluster left ({clusters})")
    efs = client("efs", endpoint)
    expect(not efs.describe_file_systems()["FileSystems"], "no EFS file system left")
    access_points = [a["AccessPointId"] for a in efs.describe_access_points()["AccessPoints"]]
    expect(not access_points, f"no EFS access point left ({access_points})")
    iam = client("iam", endpoint)
    roles = [r["RoleName"] for r in iam.list_roles()["Roles"] if r["RoleName"].startswith(tuple(f"{n}-" for n in names))]
    expect(not roles, f"no IAM role left ({roles})")
    logs = client("logs", endpoint)
    groups = [g["logGroupName"] for g in logs.describe_log_groups()["logGroups"]]
    expect(not groups, f"no log group left ({groups})")
    sd = client("servicediscovery", endpoint)
    namespaces = [n["Name"] for n in sd.list_namespaces()["Namespaces"]]
    expect(not namespaces, f"no Cloud Map namespace left ({namespaces})")
    # moto's DeleteNamespace leaves the hosted zone it created for the
    # namespace (AWS deletes it): tolerate exactly those zones.
    route53 = client("route53", endpoint)
    moto_zones = {f"hosted zone for private dns namespace {n}.local" for n in names}
    zones = route53.list_hosted_zones()["HostedZones"]
    stale = [z["Name"] for z in zones if z.get("Config", {}).get("Comment") in moto_zones]
    zones = [z["Name"] for z in zones if z.get("Config", {}).get("Comment") not in moto_zones]
    expect(not zones, f"no hosted zone left ({zones})")
    if stale:
        print(f"  moto leftover (tolerated): hosted zones {', '.join(stale)} of deleted namespaces")
    ecr = client("ecr", endpoint)
    repos = [r["repositoryName"] for r in ecr.describe_repositories()["repositories"]]
    expect(not repos, f"no ECR repository left ({repos})")
    kms = client("kms", endpoint)
    aliases = [a["AliasName"] for a in kms.list_aliases()["Aliases"] if not a["AliasName"].startswith("alias/aws/")]
    expect(not aliases, f"no KMS alias left ({aliases})")
    keys = [k["KeyId"] for k in kms.list_keys()["Keys"]]
    live = [k for k in keys if kms.describe_key(KeyId=k)["KeyMetadata"]["KeyState"] != "PendingDeletion"]
    expect(not live, f"every KMS key is scheduled for deletion ({live})")
    print(f"leftovers: none ({checks} checks; {len(keys)} KMS keys pending deletion, as AWS keeps them 7 days)")


if __name__ == "__main__":
    commands = {
        "network": cmd_network, "outputs": cmd_outputs, "byo_outputs": cmd_byo_outputs, "state": cmd_state,
        "drift": cmd_drift, "simulate": cmd_simulate, "decoys": cmd_decoys, "after_destroy": cmd_after_destroy,
        "leftovers": cmd_leftovers,
    }
    commands[sys.argv[1]](*sys.argv[2:])
