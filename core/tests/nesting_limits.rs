//! Chains of operators and accesses nest the expression tree as deeply as
//! brackets do (`1 + 1 + 1` is `(1 + 1) + 1`), so they meet the depth limit too,
//! instead of the stack: natively (the CLI) and in WebAssembly (the npm package,
//! whose stack is the JavaScript engine's).

use tfcheck_core::{check, Format, Limits, Module};

fn codes(text: &str, limits: &Limits) -> Vec<&'static str> {
    let module = Module::from_sources(&[("v.tf", "variable \"a\" {}\n")]);
    check(&module, "t.tfvars", text, Format::Hcl, limits)
        .diagnostics
        .iter()
        .map(|d| d.code.id())
        .collect()
}

fn chains(n: usize) -> Vec<String> {
    vec![
        format!("a = {}1", "1 + ".repeat(n)),
        format!("a = {}true", "true && ".repeat(n)),
        format!("a = {{b = 1}}{}", ".b".repeat(n)),
        format!("a = [1]{}", "[0]".repeat(n)),
        format!("a = [[1]]{}", ".0".repeat(n)),
        format!("a = [{{b = 1}}][*]{}", ".b".repeat(n)),
        format!("a = [{{b = 1}}].*{}", ".b".repeat(n)),
    ]
}

#[test]
fn long_chains_meet_the_depth_limit() {
    let limits = Limits::default();
    for text in chains(limits.max_depth + 10).iter().chain(&chains(50_000)) {
        assert_eq!(codes(text, &limits), ["LIM002"], "{}", &text[..40]);
    }
}

#[test]
fn chains_within_the_limit_are_read() {
    let limits = Limits {
        max_depth: 128,
        ..Limits::default()
    };
    for text in chains(100) {
        let c = codes(&text, &limits);
        assert!(
            !c.contains(&"LIM002") && !c.contains(&"TF001"),
            "{}: {c:?}",
            &text[..40]
        );
    }
    assert_eq!(codes(&chains(200)[0], &limits), ["LIM002"]);
}

#[test]
fn a_module_can_be_read_with_a_lower_limit() {
    let deep = format!(
        "variable \"a\" {{\n  validation {{\n    condition     = {}true\n    error_message = \"no\"\n  }}\n}}\n",
        "!".repeat(200)
    );
    assert!(Module::from_sources(&[("v.tf", &deep)]).is_usable());
    let m = Module::from_sources_with_depth(&[("v.tf", &deep)], 128);
    assert_eq!(m.diagnostics.len(), 1);
    assert_eq!(m.diagnostics[0].code.id(), "MOD001");
}
