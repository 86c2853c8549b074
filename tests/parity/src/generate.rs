//! A seeded generator of tfvars cases for the ECS module's input contract: CIDRs
//! with host bits, IPv6, overlaps and prefix bounds; numbers at and around every
//! bound; names with every odd character class; type mismatches; JSON variants.
//! The same seed always gives the same files.

use tfcheck_core::emit::hcl::quote;

/// splitmix64: small, seedable, good enough to spread cases.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// One generated case: a file name and its text.
pub type Case = (String, String);

fn s(v: &str) -> String {
    quote(v)
}

fn list(items: &[String]) -> String {
    format!("[{}]", items.join(", "))
}

fn ipv4(r: &mut Rng, prefix: u32, canonical: bool) -> String {
    let addr = r.next() as u32;
    let mask = if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - prefix)
    };
    let mut a = if canonical { addr & mask } else { addr };
    if !canonical && a & !mask == 0 && prefix < 32 {
        a |= 1;
    }
    format!(
        "{}.{}.{}.{}/{prefix}",
        a >> 24,
        (a >> 16) & 255,
        (a >> 8) & 255,
        a & 255
    )
}

pub fn generate(seed: u64, count: usize) -> Vec<Case> {
    let mut r = Rng::new(seed);
    let mut out: Vec<Case> = Vec::new();
    let families: &[fn(&mut Rng) -> String] = &[
        vpc_cidr, subnets, numbers, names, enums, mismatch, tags, arns, cross, nulls,
    ];
    let mut i = 0;
    // The inputs added for issue 12 come from a generator of their own, after
    // the others, so the earlier families draw the same cases as before.
    let mut r2 = Rng::new(seed ^ 0x0012_0012);
    let extra = count / 10;
    while out.len() < count + extra {
        let body = if out.len() < count {
            families[i % families.len()](&mut r)
        } else {
            backend_inputs(&mut r2)
        };
        i += 1;
        let n = out.len() + 1;
        // Every seventh case goes as JSON, when its values have a JSON form.
        match n.is_multiple_of(7).then(|| to_json(&body)).flatten() {
            Some(json) => out.push((format!("gen-{n:04}.tfvars.json"), json)),
            None => out.push((format!("gen-{n:04}.tfvars"), body)),
        }
    }
    out
}

fn vpc_cidr(r: &mut Rng) -> String {
    let odd = [
        "fd00::/48",
        "10.0.0.0",
        "10.0.0.0/",
        "256.0.0.0/16",
        "010.0.0.0/16",
        " 10.0.0.0/16",
        "10.0.0.0/16 ",
        "10.0.0.0/016",
        "10.0.0/16",
        "10.0.0.0.0/16",
        "10.0.0.0/33",
        "",
        "a.b.c.d/16",
        "10.0.0.0/-1",
        "10.0.0.0/16/16",
        "0.0.0.0/0",
        "255.255.255.240/28",
        "10.00.0.0/16",
    ];
    let v = if r.chance(30) {
        r.pick(&odd).to_string()
    } else {
        let prefix = 8 + r.below(25) as u32;
        let canonical = r.chance(60);
        ipv4(r, prefix, canonical)
    };
    format!("vpc_cidr = {}\n", s(&v))
}

fn subnets(r: &mut Rng) -> String {
    let second = r.below(256);
    let azs = 1 + r.below(6);
    let vpc = format!("10.{second}.0.0/16");
    let mut public: Vec<String> = (0..azs)
        .map(|i| format!("10.{second}.{}.0/24", 240 + i))
        .collect();
    let mut private: Vec<String> = (0..azs)
        .map(|i| format!("10.{second}.{}.0/20", i * 16))
        .collect();
    match r.below(9) {
        0 => {}
        1 => private.push(format!("10.{second}.200.0/20")),
        2 => public[0] = private[0].clone(),
        3 => private[0] = format!("10.{}.0.0/20", (second + 1) % 256),
        4 => public[0] = format!("10.{second}.240.1/24"),
        5 => private[0] = format!("10.{second}.0.0/29"),
        6 => public[0] = "fd00::/64".into(),
        7 => private[azs as usize - 1] = format!("10.{second}.0.0/24"),
        _ => public.clear(),
    }
    let q = |xs: &[String]| list(&xs.iter().map(|x| s(x)).collect::<Vec<_>>());
    format!(
        "vpc_cidr             = {}\naz_count             = {azs}\npublic_subnet_cidrs  = {}\nprivate_subnet_cidrs = {}\n",
        s(&vpc),
        q(&public),
        q(&private)
    )
}

const BOUNDS: &[(&str, i64, i64)] = &[
    ("az_count", 1, 6),
    ("nat_gateway_count", 1, 6),
    ("fargate_base", 0, 100_000),
    ("fargate_weight", 0, 1000),
    ("fargate_spot_weight", 0, 1000),
    ("agent_port", 1, 65535),
    ("ecr_untagged_image_expiry_days", 1, 3650),
    ("log_retention_days", 0, 3653),
];

fn numbers(r: &mut Rng) -> String {
    let (name, lo, hi) = *r.pick(BOUNDS);
    let candidates = [
        (lo - 1).to_string(),
        lo.to_string(),
        (lo + 1).to_string(),
        (hi - 1).to_string(),
        hi.to_string(),
        (hi + 1).to_string(),
        format!("{lo}.5"),
        format!("{}", hi * 10),
        format!("\"{lo}\""),
        format!("\"{hi}\""),
        "-1".into(),
        "1e3".into(),
        "2.0".into(),
        "1.00000000000000000001".into(),
        "1e400".into(),
        "0x10".into(),
        "\"\"".into(),
        "30".into(),
        "365".into(),
        "400".into(),
    ];
    let v = r.pick(&candidates).clone();
    let mut text = format!("{name} = {v}\n");
    if name == "nat_gateway_count" && r.chance(50) {
        text.push_str(&format!("az_count = {}\n", 1 + r.below(6)));
    }
    text
}

fn names(r: &mut Rng) -> String {
    let classes = [
        "sockerless",
        "Sockerless",
        "a",
        "ab",
        "a-b",
        "a--b",
        "a-",
        "-a",
        "1abc",
        "a_b",
        "a.b",
        "a b",
        "café",
        "名前",
        "a🙂",
        "sg-abc",
        "aws-x",
        "ab\u{301}",
        "A\u{0391}",
        "tab\there",
        "x\ny",
        "${x}",
        "%{if}",
        "\"quoted\"",
        "back\\slash",
        "",
    ];
    let long = |n: usize| "a".repeat(n);
    let pick = r.below(10);
    match pick {
        0..=3 => {
            let v = match r.below(4) {
                0 => long(54),
                1 => long(55),
                2 => long(2),
                _ => r.pick(&classes).to_string(),
            };
            format!("name = {}\n", s(&v))
        }
        4 | 5 => {
            let v = match r.below(6) {
                0 => "/sockerless/containers".to_string(),
                1 => "aws/lambda/x".into(),
                2 => format!("/{}", long(511)),
                3 => format!("/{}", long(512)),
                4 => "/a b".into(),
                _ => r.pick(&classes).to_string(),
            };
            format!("log_group_name = {}\n", s(&v))
        }
        6 | 7 => {
            let v = match r.below(7) {
                0 => "sockerless.local".to_string(),
                1 => format!("{}.local", long(63)),
                2 => format!("{}.local", long(64)),
                3 => "-a.local".into(),
                4 => "a.local.".into(),
                5 => "a..b".into(),
                _ => r.pick(&classes).to_string(),
            };
            format!("cloud_map_namespace_name = {}\n", s(&v))
        }
        8 => {
            let v = match r.below(6) {
                0 => "sockerless/agent".to_string(),
                1 => "UPPER".into(),
                2 => "a".into(),
                3 => "a//b".into(),
                4 => long(257),
                _ => r.pick(&classes).to_string(),
            };
            format!("ecr_repository_name = {}\n", s(&v))
        }
        _ => {
            let key = *r.pick(&["project", "environment"]);
            let v = match r.below(4) {
                0 => long(256),
                1 => long(257),
                2 => "prod env".into(),
                _ => r.pick(&classes).to_string(),
            };
            format!("{key} = {}\n", s(&v))
        }
    }
}

fn enums(r: &mut Rng) -> String {
    let perf = [
        "generalPurpose",
        "maxIO",
        "generalpurpose",
        "MaxIO",
        "",
        "general Purpose",
    ];
    let tput = ["bursting", "provisioned", "elastic", "Bursting", "burst"];
    let mut text = String::new();
    if r.chance(70) {
        text.push_str(&format!(
            "efs_performance_mode = {}\n",
            s(r.pick::<&str>(&perf))
        ));
    }
    let t = *r.pick(&tput);
    text.push_str(&format!("efs_throughput_mode = {}\n", s(t)));
    if r.chance(50) {
        let mibps = *r.pick(&["0", "1", "128", "3414", "3415", "null", "1.5"]);
        text.push_str(&format!("efs_provisioned_throughput_mibps = {mibps}\n"));
    }
    if r.chance(40) {
        let m = *r.pick(&["MUTABLE", "IMMUTABLE", "mutable", "Immutable"]);
        text.push_str(&format!("ecr_image_tag_mutability = {}\n", s(m)));
    }
    text
}

fn mismatch(r: &mut Rng) -> String {
    let vars: &[(&str, &[&str])] = &[
        ("name", &["[1]", "{ a = 1 }", "true", "5", "[]", "null"]),
        (
            "az_count",
            &["\"abc\"", "\"3\"", "true", "[1]", "null", "{}"],
        ),
        (
            "container_insights_enabled",
            &[
                "\"true\"", "\"yes\"", "1", "\"1\"", "\"True\"", "[true]", "null",
            ],
        ),
        (
            "availability_zones",
            &[
                "\"us-east-1a\"",
                "{ a = 1 }",
                "[[1]]",
                "[true]",
                "[1, \"a\"]",
                "null",
                "[null]",
            ],
        ),
        (
            "tags",
            &[
                "[\"a\"]",
                "{ a = [1] }",
                "{ a = true }",
                "{ a = 1 }",
                "\"x\"",
                "null",
                "{ a = null }",
            ],
        ),
        (
            "public_subnet_cidrs",
            &["\"10.0.0.0/24\"", "[1]", "[[\"a\"]]"],
        ),
        ("agent_port", &["\"9111\"", "\"http\"", "9111.5", "[9111]"]),
        ("vpc_cidr", &["10", "[\"10.0.0.0/16\"]", "true"]),
        ("efs_encrypted", &["\"false\"", "\"FALSE\"", "0", "null"]),
    ];
    let (name, vals) = *r.pick(vars);
    format!("{name} = {}\n", r.pick(vals))
}

fn tags(r: &mut Rng) -> String {
    let n = *r.pick(&[0usize, 1, 44, 45, 46, 50]);
    let mut entries: Vec<String> = (0..n).map(|i| format!("  k{i} = \"v\"")).collect();
    match r.below(8) {
        0 => entries.push(format!("  {} = \"v\"", "k".repeat(128))),
        1 => entries.push(format!("  {} = \"v\"", "k".repeat(129))),
        2 => entries.push(format!("  long = {}", s(&"v".repeat(256)))),
        3 => entries.push(format!("  long = {}", s(&"v".repeat(257)))),
        4 => entries.push("  \"aws:x\" = \"v\"".into()),
        5 => entries.push("  \"AWS:y\" = \"v\"".into()),
        6 => entries.push("  \"\" = \"v\"".into()),
        _ => entries.push("  \"cost center\" = \"café ☕\"".into()),
    }
    format!("tags = {{\n{}\n}}\n", entries.join("\n"))
}

fn arns(r: &mut Rng) -> String {
    let kms = [
        "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/abc",
        "arn:aws:kms:us-east-1:12345678901:key/abc",
        "arn:aws:iam::123456789012:role/x",
        "1234abcd-12ab-34cd-56ef-1234567890ab",
        "",
    ];
    let boundary = [
        "arn:aws:iam::123456789012:policy/boundary",
        "arn:aws:iam::aws:policy/PowerUserAccess",
        "arn:aws:iam::123456789012:role/boundary",
        "arn:aws:iam:us-east-1:123456789012:policy/x",
    ];
    let sgs = [
        "sg-12345678",
        "sg-0123456789abcdef0",
        "sg-1234567",
        "sg-ABCDEF12",
        "sg-123456789",
        "12345678",
    ];
    match r.below(3) {
        0 => format!("kms_key_arn = {}\n", s(r.pick::<&str>(&kms))),
        1 => format!(
            "iam_permissions_boundary_arn = {}\n",
            s(r.pick::<&str>(&boundary))
        ),
        _ => format!(
            "agent_ingress_security_group_ids = [{}]\n",
            s(r.pick::<&str>(&sgs))
        ),
    }
}

fn cross(r: &mut Rng) -> String {
    let azs = 1 + r.below(6);
    let mut t = format!("az_count = {azs}\n");
    match r.below(6) {
        0 => t.push_str(&format!("nat_gateway_count = {}\n", 1 + r.below(7))),
        1 => {
            let n = r.below(7);
            let zones: Vec<String> = (0..n)
                .map(|i| s(&format!("us-east-1{}", (b'a' + i as u8) as char)))
                .collect();
            t.push_str(&format!("availability_zones = {}\n", list(&zones)));
        }
        2 => t.push_str("fargate_weight = 0\nfargate_spot_weight = 0\n"),
        3 => t.push_str("name = \"x1\"\nlog_group_name = \"/x1/vpc-flow-logs\"\n"),
        4 => {
            let prefix = 16 + r.below(13) as u32;
            t.push_str(&format!("vpc_cidr = {}\n", s(&ipv4(r, prefix, true))));
        }
        _ => t.push_str("agent_ingress_cidr_blocks = [\"0.0.0.0/0\", \"10.1.0.0/16\"]\n"),
    }
    t
}

/// The inputs of an existing network, the backend role, the endpoints and the
/// CPU architecture. Drawn from a generator of its own (see [`generate`]).
fn backend_inputs(r: &mut Rng) -> String {
    let mut t = String::new();
    match r.below(4) {
        // An existing network: vpc_id with (or without) subnets, CIDRs or zones.
        0 | 1 => {
            let ids = [
                "subnet-0aaaaaaaaaaaaaaa1",
                "subnet-0aaaaaaaaaaaaaaa2",
                "subnet-12345678",
                "subnet-123",
                "vpc-12345678",
            ];
            let pick = |r: &mut Rng| -> String {
                let n = r.below(3);
                let v: Vec<String> = (0..n).map(|_| s(r.pick::<&str>(&ids))).collect();
                list(&v)
            };
            if r.chance(80) {
                let vpc =
                    *r.pick::<&str>(&["vpc-0fedcba9876543210", "vpc-12345678", "vpc-xyz", "null"]);
                let vpc = if vpc == "null" {
                    vpc.to_string()
                } else {
                    s(vpc)
                };
                t.push_str(&format!("vpc_id = {vpc}\n"));
            }
            if r.chance(70) {
                t.push_str(&format!("private_subnet_ids = {}\n", pick(r)));
            }
            if r.chance(40) {
                t.push_str(&format!("public_subnet_ids = {}\n", pick(r)));
            }
            if r.chance(20) {
                t.push_str("private_subnet_cidrs = [\"10.0.0.0/20\"]\n");
            }
        }
        2 => {
            if r.chance(60) {
                t.push_str(&format!(
                    "create_backend_role = {}\n",
                    r.pick(&["true", "false"])
                ));
            }
            if r.chance(60) {
                let p = *r.pick(&[
                    "[]",
                    "[\"arn:aws:iam::123456789012:root\"]",
                    "[\"arn:aws:iam::123456789012:role/ci\", \"arn:aws:iam::123456789012:user/ops\"]",
                    "[\"ci-runner\"]",
                    "[\"arn:aws:iam::123456789012:group/ops\"]",
                ]);
                t.push_str(&format!("backend_role_principals = {p}\n"));
            }
        }
        _ => {
            let e = *r.pick(&[
                "[]",
                "[\"ecr.api\", \"ecr.dkr\"]",
                "[\"logs\", \"ssmmessages\"]",
                "[\"s3\"]",
                "[\"logs\", \"logs\"]",
            ]);
            t.push_str(&format!("vpc_interface_endpoints = {e}\n"));
            let a = *r.pick(&["\"X86_64\"", "\"ARM64\"", "\"arm64\"", "\"AMD64\"", "null"]);
            t.push_str(&format!("cpu_architecture = {a}\n"));
        }
    }
    t
}

fn nulls(r: &mut Rng) -> String {
    let cases = [
        "name = null\n",
        "tags = null\n",
        "az_count = null\n",
        "log_group_name = null\n",
        "undeclared_thing = 1\n",
        "Name = \"x\"\n",
        "vpc_cidr = null\navailability_zones = null\n",
        "container_insights_enabled = null\n",
    ];
    r.pick(&cases).to_string()
}

/// The same assignments as a `.tfvars.json` document, when every value is a
/// plain literal JSON can hold.
fn to_json(hcl: &str) -> Option<String> {
    let body = tfcheck_core::syntax::parse_body(hcl, "case.tfvars", 64).ok()?;
    let ev = tfcheck_core::eval::Evaluator::new(tfcheck_core::eval::Env::constant());
    let mut obj = serde_json::Map::new();
    for a in &body.attributes {
        let v = ev.eval(&a.value, None).ok()?;
        let j = v.to_json();
        // Numbers JSON cannot hold exactly would change meaning.
        if j.to_string().contains("e+") || hcl.contains("1e400") || hcl.contains("0000000001") {
            return None;
        }
        obj.insert(a.name.clone(), j);
    }
    serde_json::to_string_pretty(&serde_json::Value::Object(obj))
        .ok()
        .map(|s| s + "\n")
}
