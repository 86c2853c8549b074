//! The sockerless ECS backend's configuration, from `terraform output -json` of
//! the module: the `backend_config` output (one environment of the backend's
//! configuration file) when there is one, otherwise the individual outputs it is
//! made of; the CPU architecture from the `backend_environment` output. Every
//! value is checked for the form AWS gives it, so a wrong output is caught
//! before the backend starts. Written as the backend's configuration file
//! (YAML or JSON) or as its environment variables.

use regex_lite::Regex;
use serde::Serialize;
use tfcheck_core::diagnostic::{Code, Diagnostic};
use tfcheck_core::source::SourceText;
use tfcheck_core::syntax::Span;
use tfcheck_core::tfvars::{json, SpanTree};
use tfcheck_core::value::Value;

/// One environment of the backend's configuration, with the CPU architecture
/// that only its environment variables carry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BackendConfig {
    pub region: String,
    pub cluster: String,
    pub subnets: Vec<String>,
    pub security_groups: Vec<String>,
    pub task_role_arn: String,
    pub execution_role_arn: String,
    pub log_group: String,
    pub assign_public_ip: bool,
    pub agent_efs_id: String,
    /// `X86_64` or `ARM64`; `None` when the outputs do not give it.
    pub cpu_architecture: Option<String>,
}

/// A key the backend reads: where it sits in an environment of the
/// configuration file (sockerless `backends/core/configfile.go`), its
/// environment variable (`backends/ecs/config.go`, `ConfigFromEnv`), the
/// module's individual output that gives it, and its form.
pub struct Key {
    pub path: &'static [&'static str],
    pub env: &'static str,
    pub single: &'static str,
    pattern: &'static str,
    what: &'static str,
}

const ROLE: &str = r"^arn:aws(-[a-z]+)*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$";

/// The keys, in the backend's order (`AWSConfig`, then `ECSEnvConfig`).
pub const KEYS: &[Key] = &[
    Key {
        path: &["aws", "region"],
        env: "AWS_REGION",
        single: "region",
        pattern: r"^[a-z]{2}(-[a-z]+)+-[0-9]+$",
        what: "an AWS region such as us-east-1",
    },
    Key {
        path: &["aws", "ecs", "cluster"],
        env: "SOCKERLESS_ECS_CLUSTER",
        single: "ecs_cluster_name",
        pattern: r"^[A-Za-z0-9_-]{1,255}$",
        what: "an ECS cluster name",
    },
    Key {
        path: &["aws", "ecs", "subnets"],
        env: "SOCKERLESS_ECS_SUBNETS",
        single: "private_subnet_ids",
        pattern: r"^subnet-[0-9a-f]{8,17}$",
        what: "subnet IDs (subnet- and 8 to 17 hex digits)",
    },
    Key {
        path: &["aws", "ecs", "security_groups"],
        env: "SOCKERLESS_ECS_SECURITY_GROUPS",
        single: "task_security_group_id",
        pattern: r"^sg-[0-9a-f]{8,17}$",
        what: "security group IDs (sg- and 8 to 17 hex digits)",
    },
    Key {
        path: &["aws", "ecs", "task_role_arn"],
        env: "SOCKERLESS_ECS_TASK_ROLE_ARN",
        single: "task_role_arn",
        pattern: ROLE,
        what: "an IAM role ARN",
    },
    Key {
        path: &["aws", "ecs", "execution_role_arn"],
        env: "SOCKERLESS_ECS_EXECUTION_ROLE_ARN",
        single: "execution_role_arn",
        pattern: ROLE,
        what: "an IAM role ARN",
    },
    Key {
        path: &["aws", "ecs", "log_group"],
        env: "SOCKERLESS_ECS_LOG_GROUP",
        single: "log_group_name",
        pattern: r"^[0-9A-Za-z_./#-]{1,512}$",
        what: "a CloudWatch Logs group name",
    },
    Key {
        path: &["aws", "ecs", "assign_public_ip"],
        env: "SOCKERLESS_ECS_PUBLIC_IP",
        single: "assign_public_ip",
        pattern: "",
        what: "true or false",
    },
    Key {
        path: &["aws", "ecs", "agent_efs_id"],
        env: "SOCKERLESS_AGENT_EFS_ID",
        single: "efs_filesystem_id",
        pattern: r"^fs-[0-9a-f]{8,40}$",
        what: "an EFS file system ID (fs- and hex digits)",
    },
];

/// The variable the backend requires and the configuration file has no key for.
pub const CPU_ARCHITECTURE: &str = "SOCKERLESS_ECS_CPU_ARCHITECTURE";

/// Reads `terraform output -json` text into the backend configuration.
pub fn from_outputs(text: &str, max_depth: usize) -> Result<BackendConfig, Vec<Diagnostic>> {
    let src = SourceText::new(text);
    let props = json::parse(text, "outputs.json", max_depth).map_err(|e| {
        let code = if e.too_deep {
            Code::NestingTooDeep
        } else {
            Code::BackendInput
        };
        vec![Diagnostic::new(code, e.detail)
            .summary(e.summary)
            .range(Some(src.range(e.span)))]
    })?;
    // Each output is {"sensitive": .., "type": .., "value": ..}.
    let output = |name: &str| -> Option<(Value, Span)> {
        let p = props.iter().find(|p| p.name == name)?;
        let value = p.value.value.entries()?.get("value")?.clone();
        let span = match &p.value.spans {
            SpanTree::Map(_, items) => items
                .iter()
                .find(|(k, _)| k == "value")
                .map_or(p.value.spans.span(), |(_, t)| t.span()),
            t => t.span(),
        };
        Some((value, span))
    };
    let bundle = output("backend_config");
    let mut diags = Vec::new();
    let mut found: Vec<Vec<String>> = Vec::new();
    let mut public_ip = false;
    for key in KEYS {
        let name = key.path.join(".");
        let from_bundle = bundle.as_ref().and_then(|(v, s)| {
            let mut at = v;
            for step in key.path {
                at = at.entries()?.get(*step)?;
            }
            Some((at.clone(), *s))
        });
        let (value, span, source) = match from_bundle {
            Some((v, s)) => (v, s, format!("backend_config.{name}")),
            None => match output(key.single) {
                Some((v, s)) => (v, s, key.single.to_string()),
                // The module never assigns a public IP; older outputs lack the key.
                None if key.pattern.is_empty() => {
                    found.push(Vec::new());
                    continue;
                }
                None => {
                    diags.push(
                        Diagnostic::new(Code::BackendMissing, format!("No value for {name}: the outputs have neither backend_config.{name} nor {}.", key.single))
                            .variable(name.as_str())
                            .help("run `terraform output -json` in the root that applies the ECS module"),
                    );
                    found.push(Vec::new());
                    continue;
                }
            },
        };
        if key.pattern.is_empty() {
            match value.as_bool() {
                Some(b) => public_ip = b,
                None => diags.push(
                    Diagnostic::new(
                        Code::BackendMalformed,
                        format!("{source} is {}, not {}.", describe(&value), key.what),
                    )
                    .variable(name.as_str())
                    .range(Some(src.range(span))),
                ),
            }
            found.push(Vec::new());
            continue;
        }
        let items: Vec<Value> = match &value {
            Value::Tuple(vs) | Value::List(_, vs) => vs.clone(),
            v => vec![v.clone()],
        };
        let list = matches!(key.single, "private_subnet_ids" | "task_security_group_id");
        let re = Regex::new(key.pattern).ok();
        let mut strings = Vec::new();
        for it in &items {
            match it.as_str() {
                Some(s) if re.as_ref().is_some_and(|r| r.is_match(s)) => {
                    strings.push(s.to_string())
                }
                _ => diags.push(
                    Diagnostic::new(
                        Code::BackendMalformed,
                        format!("{source} is {}, not {}.", describe(it), key.what),
                    )
                    .variable(name.as_str())
                    .range(Some(src.range(span))),
                ),
            }
        }
        if list && items.is_empty() {
            diags.push(
                Diagnostic::new(
                    Code::BackendMissing,
                    format!("{source} is empty: the backend needs at least one."),
                )
                .variable(name.as_str())
                .range(Some(src.range(span))),
            );
        }
        if !list && items.len() != 1 {
            diags.push(
                Diagnostic::new(
                    Code::BackendMalformed,
                    format!("{source} must be a single value, not a list."),
                )
                .variable(name.as_str())
                .range(Some(src.range(span))),
            );
        }
        found.push(strings);
    }
    let mut cpu_architecture = None;
    if let Some((env, span)) = output("backend_environment") {
        if let Some(v) = env.entries().and_then(|m| m.get(CPU_ARCHITECTURE)) {
            match v.as_str() {
                Some(a @ ("X86_64" | "ARM64")) => cpu_architecture = Some(a.to_string()),
                _ => diags.push(
                    Diagnostic::new(
                        Code::BackendMalformed,
                        format!(
                            "backend_environment.{CPU_ARCHITECTURE} is {}, not X86_64 or ARM64.",
                            describe(v)
                        ),
                    )
                    .variable(CPU_ARCHITECTURE)
                    .range(Some(src.range(span))),
                ),
            }
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let one = |i: usize| found[i].first().cloned().unwrap_or_default();
    Ok(BackendConfig {
        region: one(0),
        cluster: one(1),
        subnets: found[2].clone(),
        security_groups: found[3].clone(),
        task_role_arn: one(4),
        execution_role_arn: one(5),
        log_group: one(6),
        assign_public_ip: public_ip,
        agent_efs_id: one(8),
        cpu_architecture,
    })
}

fn describe(v: &Value) -> String {
    match v {
        Value::String(s) => format!("{s:?}"),
        Value::Null(_) => "null".into(),
        other => format!("a {}", other.ty().friendly_name()),
    }
}

impl BackendConfig {
    /// A complete configuration file (`~/.sockerless/config.yaml`) with one
    /// environment, `name` (the cluster's name, which is the module's `name`,
    /// when `None`). Strings are double-quoted (JSON escaping is valid YAML),
    /// so no value can change meaning.
    pub fn to_yaml(&self, name: Option<&str>) -> String {
        let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let list = |xs: &[String]| {
            xs.iter()
                .map(|x| format!("\n          - {}", q(x)))
                .collect::<String>()
        };
        format!(
            "environments:\n  {}:\n    backend: \"ecs\"\n    aws:\n      region: {}\n      ecs:\n        cluster: {}\n        subnets:{}\n        security_groups:{}\n        task_role_arn: {}\n        execution_role_arn: {}\n        log_group: {}\n        assign_public_ip: {}\n        agent_efs_id: {}\n",
            q(name.unwrap_or(&self.cluster)),
            q(&self.region),
            q(&self.cluster),
            list(&self.subnets),
            list(&self.security_groups),
            q(&self.task_role_arn),
            q(&self.execution_role_arn),
            q(&self.log_group),
            self.assign_public_ip,
            q(&self.agent_efs_id),
        )
    }

    /// The same file as JSON, laid out as `serde_json`'s pretty printer lays
    /// out a map (keys sorted, two-space indent), written directly: building a
    /// `serde_json::Value` costs the npm WebAssembly about a kilobyte.
    pub fn to_json(&self, name: Option<&str>) -> String {
        let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let list = |xs: &[String]| {
            if xs.is_empty() {
                return "[]".to_string();
            }
            let items: Vec<String> = xs.iter().map(|x| format!("            {}", q(x))).collect();
            format!("[\n{}\n          ]", items.join(",\n"))
        };
        format!(
            "{{\n  \"environments\": {{\n    {}: {{\n      \"aws\": {{\n        \"ecs\": {{\n          \"agent_efs_id\": {},\n          \"assign_public_ip\": {},\n          \"cluster\": {},\n          \"execution_role_arn\": {},\n          \"log_group\": {},\n          \"security_groups\": {},\n          \"subnets\": {},\n          \"task_role_arn\": {}\n        }},\n        \"region\": {}\n      }},\n      \"backend\": \"ecs\"\n    }}\n  }}\n}}\n",
            q(name.unwrap_or(&self.cluster)),
            q(&self.agent_efs_id),
            self.assign_public_ip,
            q(&self.cluster),
            q(&self.execution_role_arn),
            q(&self.log_group),
            list(&self.security_groups),
            list(&self.subnets),
            q(&self.task_role_arn),
            q(&self.region),
        )
    }

    /// The environment variables, one `NAME=value` a line, in the backend's
    /// order, ending with the CPU architecture, which it requires. Every value
    /// has passed its pattern, so none holds a space, quote or newline.
    pub fn to_env(&self) -> Result<String, Vec<Diagnostic>> {
        let Some(arch) = &self.cpu_architecture else {
            return Err(vec![Diagnostic::new(
                Code::BackendMissing,
                format!("No value for {CPU_ARCHITECTURE}: the outputs have no backend_environment.{CPU_ARCHITECTURE}, and the backend refuses to start without it."),
            )
            .variable(CPU_ARCHITECTURE)
            .help("apply a version of the ECS module with the backend_environment output (input cpu_architecture)")]);
        };
        let values = [
            self.region.clone(),
            self.cluster.clone(),
            self.subnets.join(","),
            self.security_groups.join(","),
            self.task_role_arn.clone(),
            self.execution_role_arn.clone(),
            self.log_group.clone(),
            self.assign_public_ip.to_string(),
            self.agent_efs_id.clone(),
        ];
        let mut out = String::new();
        for (key, value) in KEYS.iter().zip(values) {
            out.push_str(&format!("{}={value}\n", key.env));
        }
        out.push_str(&format!("{CPU_ARCHITECTURE}={arch}\n"));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `to_json` writes exactly what `serde_json`'s pretty printer writes for
    /// the same document, with no, one and several list items.
    #[test]
    fn json_is_serde_jsons_pretty_layout() {
        let mut c = from_outputs(GOOD, 64).expect("good outputs");
        for (subnets, name) in [
            (vec![], None),
            (vec!["subnet-1".to_string()], Some("a\"b")),
            (vec!["subnet-1".into(), "subnet-2".into()], None),
        ] {
            c.subnets = subnets;
            let env = serde_json::json!({
                "backend": "ecs",
                "aws": {"region": c.region, "ecs": {
                    "cluster": c.cluster, "subnets": c.subnets, "security_groups": c.security_groups,
                    "task_role_arn": c.task_role_arn, "execution_role_arn": c.execution_role_arn,
                    "log_group": c.log_group, "assign_public_ip": c.assign_public_ip, "agent_efs_id": c.agent_efs_id,
                }}
            });
            let mut envs = serde_json::Map::new();
            envs.insert(name.unwrap_or(&c.cluster).to_string(), env);
            let want = serde_json::to_string_pretty(&serde_json::json!({ "environments": envs }))
                .unwrap()
                + "\n";
            assert_eq!(c.to_json(name), want);
        }
    }

    /// Every key of an environment that the sockerless ECS backend reads from
    /// its configuration file, and where (github.com/e6qu/sockerless at
    /// 020b7fa, backends/core/configfile.go; the ECS backend reads them in
    /// backends/ecs/config.go, ConfigFromEnvironment).
    const BACKEND_FILE_KEYS: &[(&str, &str)] = &[
        ("backend", "Environment.Backend `yaml:\"backend\"`"),
        ("aws.region", "AWSConfig.Region `yaml:\"region\"`"),
        ("aws.ecs.cluster", "ECSEnvConfig.Cluster `yaml:\"cluster\"`"),
        ("aws.ecs.subnets", "ECSEnvConfig.Subnets `yaml:\"subnets\"`"),
        (
            "aws.ecs.security_groups",
            "ECSEnvConfig.SecurityGroups `yaml:\"security_groups\"`",
        ),
        (
            "aws.ecs.task_role_arn",
            "ECSEnvConfig.TaskRoleARN `yaml:\"task_role_arn\"`",
        ),
        (
            "aws.ecs.execution_role_arn",
            "ECSEnvConfig.ExecutionRoleARN `yaml:\"execution_role_arn\"`",
        ),
        (
            "aws.ecs.log_group",
            "ECSEnvConfig.LogGroup `yaml:\"log_group\"`",
        ),
        (
            "aws.ecs.assign_public_ip",
            "ECSEnvConfig.AssignPublicIP `yaml:\"assign_public_ip\"`",
        ),
        (
            "aws.ecs.agent_efs_id",
            "ECSEnvConfig.AgentEFSID `yaml:\"agent_efs_id\"`",
        ),
    ];

    /// Every environment variable of the ECS backend that the module gives a
    /// value for, and where it is read (backends/ecs/config.go).
    const BACKEND_ENV: &[(&str, &str)] = &[
        ("AWS_REGION", "ConfigFromEnv: Region"),
        ("SOCKERLESS_ECS_CLUSTER", "ConfigFromEnv: Cluster"),
        ("SOCKERLESS_ECS_SUBNETS", "ConfigFromEnv: Subnets, splitCSV"),
        (
            "SOCKERLESS_ECS_SECURITY_GROUPS",
            "ConfigFromEnv: SecurityGroups, splitCSV",
        ),
        ("SOCKERLESS_ECS_TASK_ROLE_ARN", "ConfigFromEnv: TaskRoleARN"),
        (
            "SOCKERLESS_ECS_EXECUTION_ROLE_ARN",
            "ConfigFromEnv: ExecutionRoleARN",
        ),
        ("SOCKERLESS_ECS_LOG_GROUP", "ConfigFromEnv: LogGroup"),
        (
            "SOCKERLESS_ECS_PUBLIC_IP",
            "ConfigFromEnv: AssignPublicIP (== \"true\")",
        ),
        ("SOCKERLESS_AGENT_EFS_ID", "ConfigFromEnv: AgentEFSID"),
        (
            "SOCKERLESS_ECS_CPU_ARCHITECTURE",
            "ConfigFromEnv: CpuArchitecture; Validate requires X86_64 or ARM64",
        ),
    ];

    const GOOD: &str = r#"{
  "backend_config": {"sensitive": false, "type": ["object", {}], "value": {
    "backend": "ecs",
    "aws": {"region": "us-east-1", "ecs": {"cluster": "sockerless",
      "subnets": ["subnet-0123456789abcdef0", "subnet-12345678"],
      "security_groups": ["sg-12345678"],
      "task_role_arn": "arn:aws:iam::123456789012:role/sockerless-task",
      "execution_role_arn": "arn:aws:iam::123456789012:role/sockerless-execution",
      "log_group": "/sockerless/containers", "assign_public_ip": false,
      "agent_efs_id": "fs-12345678"}}}},
  "backend_environment": {"sensitive": false, "type": ["object", {}], "value": {
    "SOCKERLESS_ECS_CPU_ARCHITECTURE": "ARM64"}}
}"#;

    fn leaves(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match v.as_object() {
            Some(m) => {
                for (k, x) in m {
                    let next = if at.is_empty() {
                        k.clone()
                    } else {
                        format!("{at}.{k}")
                    };
                    leaves(x, next, out);
                }
            }
            None => out.push(at),
        }
    }

    #[test]
    fn writes_only_keys_the_backend_reads() {
        let c = from_outputs(GOOD, 64).unwrap();
        let j: serde_json::Value = serde_json::from_str(&c.to_json(None)).unwrap();
        let mut keys = Vec::new();
        leaves(&j["environments"]["sockerless"], String::new(), &mut keys);
        for k in &keys {
            assert!(
                BACKEND_FILE_KEYS.iter().any(|(b, _)| b == k),
                "{k} is not a key the backend reads"
            );
        }
        assert_eq!(keys.len(), BACKEND_FILE_KEYS.len());
        for line in c.to_env().unwrap().lines() {
            let (name, _) = line.split_once('=').unwrap();
            assert!(
                BACKEND_ENV.iter().any(|(b, _)| *b == name),
                "{name} is not a variable the backend reads"
            );
        }
        for key in KEYS {
            let path = key.path.join(".");
            assert!(BACKEND_FILE_KEYS.iter().any(|(b, _)| *b == path), "{path}");
            assert!(
                BACKEND_ENV.iter().any(|(b, _)| *b == key.env),
                "{}",
                key.env
            );
        }
    }

    #[test]
    fn reads_the_bundled_output() {
        let c = from_outputs(GOOD, 64).unwrap();
        assert_eq!(c.subnets.len(), 2);
        assert_eq!(c.cpu_architecture.as_deref(), Some("ARM64"));
        let y = c.to_yaml(None);
        assert!(y.starts_with("environments:\n  \"sockerless\":\n    backend: \"ecs\"\n    aws:\n      region: \"us-east-1\"\n      ecs:\n        cluster: \"sockerless\"\n        subnets:\n          - \"subnet-0123456789abcdef0\"\n"), "{y}");
        assert!(
            y.ends_with("        assign_public_ip: false\n        agent_efs_id: \"fs-12345678\"\n"),
            "{y}"
        );
        assert!(c
            .to_yaml(Some("prod"))
            .starts_with("environments:\n  \"prod\":\n"));
        let j: serde_json::Value = serde_json::from_str(&c.to_json(Some("ci"))).unwrap();
        assert_eq!(
            j["environments"]["ci"]["aws"]["ecs"]["log_group"],
            "/sockerless/containers"
        );
        assert_eq!(
            j["environments"]["ci"]["aws"]["ecs"]["assign_public_ip"],
            false
        );
        let e = c.to_env().unwrap();
        assert!(e.starts_with("AWS_REGION=us-east-1\nSOCKERLESS_ECS_CLUSTER=sockerless\nSOCKERLESS_ECS_SUBNETS=subnet-0123456789abcdef0,subnet-12345678\n"), "{e}");
        assert!(e.ends_with("SOCKERLESS_ECS_PUBLIC_IP=false\nSOCKERLESS_AGENT_EFS_ID=fs-12345678\nSOCKERLESS_ECS_CPU_ARCHITECTURE=ARM64\n"), "{e}");
    }

    #[test]
    fn the_environment_form_needs_the_cpu_architecture() {
        let without = GOOD.replace("\"SOCKERLESS_ECS_CPU_ARCHITECTURE\": \"ARM64\"", "");
        let c = from_outputs(&without, 64).unwrap();
        assert_eq!(c.to_env().unwrap_err()[0].code, Code::BackendMissing);
        let bad = GOOD.replace("\"ARM64\"", "\"arm\"");
        let d = from_outputs(&bad, 64).unwrap_err();
        assert_eq!(d[0].code, Code::BackendMalformed);
        assert!(d[0].message.contains("not X86_64 or ARM64"));
    }

    #[test]
    fn names_what_is_missing_or_malformed() {
        let bad = GOOD
            .replace("fs-12345678", "vol-1")
            .replace("\"region\": \"us-east-1\", ", "")
            .replace(
                "\"assign_public_ip\": false",
                "\"assign_public_ip\": \"no\"",
            );
        let d = from_outputs(&bad, 64).unwrap_err();
        let codes: Vec<&str> = d.iter().map(|d| d.code.id()).collect();
        assert_eq!(codes, ["BKD002", "BKD003", "BKD003"]);
        assert!(d[0].message.contains("No value for aws.region"));
        assert!(d[2]
            .message
            .contains("backend_config.aws.ecs.agent_efs_id is \"vol-1\""));
        assert!(d[2].range.is_some());
        assert_eq!(
            from_outputs("[1]", 64).unwrap_err()[0].code,
            Code::BackendInput
        );
    }

    #[test]
    fn falls_back_to_the_individual_outputs() {
        let text = r#"{
  "region": {"value": "eu-west-1"}, "ecs_cluster_name": {"value": "ci"},
  "private_subnet_ids": {"value": ["subnet-12345678"]},
  "task_security_group_id": {"value": "sg-12345678"},
  "task_role_arn": {"value": "arn:aws:iam::123456789012:role/t"},
  "execution_role_arn": {"value": "arn:aws:iam::123456789012:role/e"},
  "log_group_name": {"value": "/ci/containers"},
  "efs_filesystem_id": {"value": "fs-12345678"}
}"#;
        let c = from_outputs(text, 64).unwrap();
        assert_eq!(
            (c.agent_efs_id.as_str(), c.assign_public_ip),
            ("fs-12345678", false)
        );
        assert!(c.to_yaml(None).starts_with("environments:\n  \"ci\":\n"));
        assert_eq!(c.cpu_architecture, None);
    }
}
