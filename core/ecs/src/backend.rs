//! The ECS backend's configuration block, from `terraform output -json` of the
//! module: the `backend_config` output when there is one, otherwise the
//! individual outputs it is made of. Every value is checked for the form AWS gives
//! it, so a wrong output is caught before the backend starts.

use regex_lite::Regex;
use serde::Serialize;
use tfcheck_core::diagnostic::{Code, Diagnostic};
use tfcheck_core::source::SourceText;
use tfcheck_core::syntax::Span;
use tfcheck_core::tfvars::{json, SpanTree};
use tfcheck_core::value::Value;

/// The keys of the `ecs:` block, in the backend's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BackendConfig {
    pub region: String,
    pub cluster: String,
    pub subnets: Vec<String>,
    pub security_groups: Vec<String>,
    pub task_role_arn: String,
    pub execution_role_arn: String,
    pub efs_filesystem_id: String,
    pub log_group: String,
}

/// How each key is found among the module's individual outputs, and its form.
const KEYS: &[(&str, &str, &str, &str)] = &[
    (
        "region",
        "region",
        r"^[a-z]{2}(-[a-z]+)+-[0-9]+$",
        "an AWS region such as us-east-1",
    ),
    (
        "cluster",
        "ecs_cluster_name",
        r"^[A-Za-z0-9_-]{1,255}$",
        "an ECS cluster name",
    ),
    (
        "subnets",
        "private_subnet_ids",
        r"^subnet-[0-9a-f]{8,17}$",
        "subnet IDs (subnet- and 8 to 17 hex digits)",
    ),
    (
        "security_groups",
        "task_security_group_id",
        r"^sg-[0-9a-f]{8,17}$",
        "security group IDs (sg- and 8 to 17 hex digits)",
    ),
    (
        "task_role_arn",
        "task_role_arn",
        r"^arn:aws(-[a-z]+)*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$",
        "an IAM role ARN",
    ),
    (
        "execution_role_arn",
        "execution_role_arn",
        r"^arn:aws(-[a-z]+)*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$",
        "an IAM role ARN",
    ),
    (
        "efs_filesystem_id",
        "efs_filesystem_id",
        r"^fs-[0-9a-f]{8,40}$",
        "an EFS file system ID (fs- and hex digits)",
    ),
    (
        "log_group",
        "log_group_name",
        r"^[0-9A-Za-z_./#-]{1,512}$",
        "a CloudWatch Logs group name",
    ),
];

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
    for (key, single, pattern, what) in KEYS {
        let from_bundle = bundle.as_ref().and_then(|(v, s)| {
            v.entries()
                .and_then(|m| m.get(*key))
                .map(|x| (x.clone(), *s))
        });
        let (value, span, source) = match from_bundle.or_else(|| output(single)) {
            Some((v, s)) => (
                v,
                s,
                if bundle.is_some() {
                    format!("backend_config.{key}")
                } else {
                    (*single).to_string()
                },
            ),
            None => {
                diags.push(
                    Diagnostic::new(Code::BackendMissing, format!("No value for {key}: the outputs have neither backend_config.{key} nor {single}."))
                        .variable(*key)
                        .help("run `terraform output -json` in the root that applies the ECS module"),
                );
                found.push(Vec::new());
                continue;
            }
        };
        let items: Vec<Value> = match &value {
            Value::Tuple(vs) | Value::List(_, vs) => vs.clone(),
            v => vec![v.clone()],
        };
        let list = matches!(*key, "subnets" | "security_groups");
        let re = Regex::new(pattern).ok();
        let mut strings = Vec::new();
        for it in &items {
            match it.as_str() {
                Some(s) if re.as_ref().is_some_and(|r| r.is_match(s)) => {
                    strings.push(s.to_string())
                }
                _ => diags.push(
                    Diagnostic::new(
                        Code::BackendMalformed,
                        format!("{source} is {}, not {what}.", describe(it)),
                    )
                    .variable(*key)
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
                .variable(*key)
                .range(Some(src.range(span))),
            );
        }
        if !list && items.len() != 1 {
            diags.push(
                Diagnostic::new(
                    Code::BackendMalformed,
                    format!("{source} must be a single value, not a list."),
                )
                .variable(*key)
                .range(Some(src.range(span))),
            );
        }
        found.push(strings);
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
        efs_filesystem_id: one(6),
        log_group: one(7),
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
    /// The `ecs:` block as YAML. Strings are double-quoted (JSON escaping is valid
    /// YAML), so no value can change meaning.
    pub fn to_yaml(&self) -> String {
        let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let list = |xs: &[String]| {
            xs.iter()
                .map(|x| format!("\n    - {}", q(x)))
                .collect::<String>()
        };
        format!(
            "ecs:\n  region: {}\n  cluster: {}\n  subnets:{}\n  security_groups:{}\n  task_role_arn: {}\n  execution_role_arn: {}\n  efs_filesystem_id: {}\n  log_group: {}\n",
            q(&self.region),
            q(&self.cluster),
            list(&self.subnets),
            list(&self.security_groups),
            q(&self.task_role_arn),
            q(&self.execution_role_arn),
            q(&self.efs_filesystem_id),
            q(&self.log_group)
        )
    }

    /// `{"ecs": {...}}`, pretty-printed.
    pub fn to_json(&self) -> String {
        let v = serde_json::json!({ "ecs": self });
        let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{
  "backend_config": {"sensitive": false, "type": ["object", {}], "value": {
    "region": "us-east-1", "cluster": "sockerless",
    "subnets": ["subnet-0123456789abcdef0", "subnet-12345678"],
    "security_groups": ["sg-12345678"],
    "task_role_arn": "arn:aws:iam::123456789012:role/sockerless-task",
    "execution_role_arn": "arn:aws:iam::123456789012:role/sockerless-execution",
    "efs_filesystem_id": "fs-12345678", "log_group": "/sockerless/containers"}}
}"#;

    #[test]
    fn reads_the_bundled_output() {
        let c = from_outputs(GOOD, 64).unwrap();
        assert_eq!(c.subnets.len(), 2);
        let y = c.to_yaml();
        assert!(y.starts_with("ecs:\n  region: \"us-east-1\"\n  cluster: \"sockerless\"\n  subnets:\n    - \"subnet-0123456789abcdef0\"\n"));
        let j: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        assert_eq!(j["ecs"]["log_group"], "/sockerless/containers");
    }

    #[test]
    fn names_what_is_missing_or_malformed() {
        let bad = GOOD
            .replace("fs-12345678", "vol-1")
            .replace("\"region\": \"us-east-1\", ", "");
        let d = from_outputs(&bad, 64).unwrap_err();
        let codes: Vec<&str> = d.iter().map(|d| d.code.id()).collect();
        assert_eq!(codes, ["BKD002", "BKD003"]);
        assert!(d[1]
            .message
            .contains("backend_config.efs_filesystem_id is \"vol-1\""));
        assert!(d[1].range.is_some());
        assert_eq!(
            from_outputs("[1]", 64).unwrap_err()[0].code,
            Code::BackendInput
        );
    }
}
