//! Reading a module's files into a [`Module`].

use super::groups::{banners, group_at};
use super::typeexpr::parse_type;
use super::{CheckResource, Local, Module, ModuleFile, Output, Rule, Variable};
use crate::diagnostic::{Code, Diagnostic};
use crate::eval::{Env, Evaluator};
use crate::small::CollectSorted;
use crate::syntax::{parse_body, Block, Body, Expr, Span};
use crate::value::{convert, Type, Value};
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn read<N: AsRef<str>, T: AsRef<str>>(sources: &[(N, T)], max_depth: usize) -> Module {
    let mut m = Module::default();
    let mut sorted: Vec<(&str, &str)> = sources
        .iter()
        .map(|(n, t)| (n.as_ref(), t.as_ref()))
        .filter(|(n, _)| n.ends_with(".tf"))
        .collect();
    // Terraform reads a directory's files in lexical order.
    crate::small::sort_by(&mut sorted, |a, b| a.0.cmp(b.0));
    for (name, text) in sorted {
        let body = match parse_body(text, name, max_depth) {
            Ok(b) => b,
            Err(e) => {
                let file = m.files.len();
                m.files.push(ModuleFile::new(name, text, Body::default()));
                let d = Diagnostic::new(Code::ModuleSyntax, format!("{}: {}", e.summary, e.detail))
                    .summary(e.summary)
                    .rule(m.location(file, e.span));
                m.diagnostics.push(d);
                continue;
            }
        };
        m.files.push(ModuleFile::new(name, text, body));
    }
    // The bodies are lent out while the module is filled in, then put back.
    let bodies: Vec<Body> = m
        .files
        .iter_mut()
        .map(|f| std::mem::take(&mut f.body))
        .collect();
    for (file, body) in bodies.iter().enumerate() {
        let marks = banners(&m.files[file].text, &m.files[file].line_starts);
        for block in &body.blocks {
            match block.kind.as_str() {
                "variable" => read_variable(&mut m, file, block, &marks),
                "output" => read_output(&mut m, file, block),
                "locals" => read_locals(&mut m, file, block),
                "resource" if block.label(0) == Some("terraform_data") => {
                    read_checks(&mut m, file, block)
                }
                _ => {}
            }
        }
    }
    for (f, body) in m.files.iter_mut().zip(bodies) {
        f.body = body;
    }
    check_references(&mut m);
    fill_rule_variables(&mut m);
    m
}

/// Records, on each rule, the variables it depends on through locals.
fn fill_rule_variables(m: &mut Module) {
    let mut found: Vec<BTreeSet<String>> = Vec::new();
    let rules = m
        .variables
        .iter()
        .flat_map(|v| &v.validations)
        .chain(m.checks.iter().flat_map(|c| &c.preconditions));
    for r in rules {
        let mut vars = variables_used(m, &r.condition);
        vars.extend(variables_used(m, &r.error_message));
        found.push(vars);
    }
    let mut found = found.into_iter();
    let rules = m
        .variables
        .iter_mut()
        .flat_map(|v| &mut v.validations)
        .chain(m.checks.iter_mut().flat_map(|c| &mut c.preconditions));
    for (r, vars) in rules.zip(&mut found) {
        r.variables = vars;
    }
}

fn invalid(m: &mut Module, file: usize, span: Span, summary: &str, detail: String) {
    let d = Diagnostic::new(Code::ModuleInvalid, format!("{summary}: {detail}"))
        .summary(summary)
        .rule(m.location(file, span));
    m.diagnostics.push(d);
}

/// A constant attribute of a declaration (description, nullable, ...).
fn constant(m: &mut Module, file: usize, e: &Expr, what: &str) -> Option<Value> {
    match Evaluator::new(Env::constant()).eval(e, Some(file)) {
        Ok(v) => Some(v),
        Err(err) => {
            invalid(
                m,
                file,
                e.span,
                &format!("Invalid {what}"),
                format!("{}: {}", err.summary, err.detail),
            );
            None
        }
    }
}

fn constant_of(m: &mut Module, file: usize, b: &Block, attr: &str, ty: &Type) -> Option<Value> {
    let a = b.body.attribute(attr)?;
    let v = constant(m, file, &a.value, attr)?;
    match convert(&v, ty) {
        Ok(v) if !v.is_null() => Some(v),
        Ok(_) => None,
        Err(e) => {
            invalid(
                m,
                file,
                a.value.span,
                &format!("Invalid {attr}"),
                format!("{} required, but {e}.", ty.friendly_name()),
            );
            None
        }
    }
}

/// Names a module block gives meaning to, which Terraform refuses as variable names.
const RESERVED_VARIABLE_NAMES: [&str; 8] = [
    "count",
    "depends_on",
    "for_each",
    "lifecycle",
    "locals",
    "providers",
    "source",
    "version",
];

fn read_variable(m: &mut Module, file: usize, b: &Block, marks: &[(usize, String)]) {
    let Some(name) = b.label(0).map(str::to_string) else {
        return invalid(
            m,
            file,
            b.decl_span,
            "Missing name for variable",
            "All variable blocks must have 1 labels (name).".into(),
        );
    };
    // Terraform refuses such a module; a name that is not an identifier could
    // not be written into a tfvars file either.
    let label = b.labels.first().map_or(b.decl_span, |l| l.1);
    if !crate::syntax::is_identifier(&name) {
        return invalid(
            m,
            file,
            label,
            "Invalid variable name",
            "A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes.".into(),
        );
    }
    if RESERVED_VARIABLE_NAMES.contains(&name.as_str()) {
        return invalid(
            m,
            file,
            label,
            "Invalid variable name",
            format!("The variable name {name:?} is reserved due to its special meaning inside module blocks."),
        );
    }
    if m.variables.iter().any(|v| v.name == name) {
        return invalid(
            m,
            file,
            b.decl_span,
            "Duplicate variable declaration",
            format!("A variable named {name:?} was already declared."),
        );
    }
    let (ty, type_defaults, type_declared) = match b.body.attribute("type") {
        Some(a) => match parse_type(&a.value) {
            Ok((t, d)) => (t, d, true),
            Err(e) => {
                invalid(m, file, e.span, e.summary, e.detail);
                (Type::Dynamic, None, true)
            }
        },
        None => (Type::Dynamic, None, false),
    };
    let description = constant_of(m, file, b, "description", &Type::String)
        .and_then(|v| v.as_str().map(str::to_string));
    let nullable = constant_of(m, file, b, "nullable", &Type::Bool)
        .and_then(|v| v.as_bool())
        .unwrap_or(true);
    let sensitive = constant_of(m, file, b, "sensitive", &Type::Bool)
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let default = match b.body.attribute("default") {
        None => None,
        Some(a) => match constant(m, file, &a.value, "default value for variable") {
            None => None,
            Some(v) if v.is_null() => {
                if !nullable {
                    invalid(
                        m,
                        file,
                        a.value.span,
                        "Invalid default value for variable",
                        "A null default value is not valid when nullable=false.".into(),
                    );
                }
                Some(Value::Null(ty.without_optional()))
            }
            Some(v) => {
                let v = match &type_defaults {
                    Some(d) => d.apply(&v, &ty),
                    None => v,
                };
                match convert(&v, &ty) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        invalid(m, file, a.value.span, "Invalid default value for variable", format!("This default value is not compatible with the variable's type constraint: {e}."));
                        None
                    }
                }
            }
        },
    };
    let mut validations = Vec::new();
    for v in b.body.blocks("validation") {
        if let Some(r) = rule(m, file, v) {
            validations.push(r);
        }
    }
    m.variables.push(Variable {
        name,
        ty,
        type_declared,
        type_defaults,
        default,
        description,
        nullable,
        sensitive,
        validations,
        group: group_at(marks, b.span.start),
        file,
        decl_span: b.decl_span,
    });
}

fn rule(m: &mut Module, file: usize, b: &Block) -> Option<Rule> {
    let condition = b.body.attribute("condition");
    let message = b.body.attribute("error_message");
    match (condition, message) {
        (Some(c), Some(e)) => Some(Rule {
            condition: c.value.clone(),
            error_message: e.value.clone(),
            variables: BTreeSet::new(),
            file,
            span: b.span,
        }),
        _ => {
            let missing = if condition.is_none() {
                "condition"
            } else {
                "error_message"
            };
            invalid(
                m,
                file,
                b.span,
                "Missing required argument",
                format!("The argument {missing:?} is required, but no definition was found."),
            );
            None
        }
    }
}

fn read_output(m: &mut Module, file: usize, b: &Block) {
    let Some(name) = b.label(0).map(str::to_string) else {
        return;
    };
    let description = constant_of(m, file, b, "description", &Type::String)
        .and_then(|v| v.as_str().map(str::to_string));
    let sensitive = constant_of(m, file, b, "sensitive", &Type::Bool)
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    m.outputs.push(Output {
        name,
        description,
        sensitive,
        file,
        decl_span: b.decl_span,
    });
}

fn read_locals(m: &mut Module, file: usize, b: &Block) {
    for a in &b.body.attributes {
        if m.locals.contains_key(&a.name) {
            invalid(
                m,
                file,
                a.name_span,
                "Duplicate local value definition",
                format!("A local value named {:?} was already defined.", a.name),
            );
            continue;
        }
        m.locals.insert(
            a.name.clone(),
            Local {
                expr: a.value.clone(),
                file,
            },
        );
    }
}

fn read_checks(m: &mut Module, file: usize, b: &Block) {
    let name = b.label(1).unwrap_or_default();
    let mut preconditions = Vec::new();
    for lc in b.body.blocks("lifecycle") {
        for p in lc.body.blocks("precondition") {
            if let Some(r) = rule(m, file, p) {
                preconditions.push(r);
            }
        }
    }
    if !preconditions.is_empty() {
        m.checks.push(CheckResource {
            address: format!("terraform_data.{name}"),
            preconditions,
            file,
            decl_span: b.decl_span,
        });
    }
}

/// References Terraform resolves before evaluating anything: undeclared variables
/// and locals, and locals that refer to each other in a circle.
fn check_references(m: &mut Module) {
    let declared: BTreeSet<String> = m.variables.iter().map(|v| v.name.clone()).collect_set();
    let mut exprs: Vec<(usize, std::sync::Arc<Expr>)> = Vec::new();
    for v in &m.variables {
        for r in &v.validations {
            exprs.push((r.file, r.condition.clone()));
            exprs.push((r.file, r.error_message.clone()));
        }
    }
    for c in &m.checks {
        for r in &c.preconditions {
            exprs.push((r.file, r.condition.clone()));
            exprs.push((r.file, r.error_message.clone()));
        }
    }
    for l in m.locals.values() {
        exprs.push((l.file, l.expr.clone()));
    }
    let mut problems = Vec::new();
    for (file, e) in &exprs {
        for (root, attr, span) in e.references() {
            match (root, attr) {
                ("var", Some(n)) if !declared.contains(n) => problems.push((*file, span, format!("Reference to undeclared input variable: an input variable with the name {n:?} has not been declared."))),
                ("local", Some(n)) if !m.locals.contains_key(n) => problems.push((*file, span, format!("Reference to undeclared local value: a local value with the name {n:?} has not been declared."))),
                _ => {}
            }
        }
    }
    for (file, span, msg) in problems {
        let d = Diagnostic::new(Code::UndeclaredReference, msg).rule(m.location(file, span));
        m.diagnostics.push(d);
    }
    for cycle in local_cycles(m) {
        let first = &m.locals[&cycle[0]];
        let msg = format!(
            "Cycle: {}",
            cycle
                .iter()
                .map(|n| format!("local.{n}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let d = Diagnostic::new(Code::LocalCycle, msg)
            .summary("Cycle")
            .rule(m.location(first.file, first.expr.span));
        m.diagnostics.push(d);
    }
}

/// The locals each local refers to.
fn local_deps(m: &Module) -> BTreeMap<&str, Vec<&str>> {
    m.locals
        .iter()
        .map(|(n, l)| {
            let deps = l
                .expr
                .references()
                .into_iter()
                .filter_map(|(root, attr, _)| (root == "local").then_some(attr).flatten())
                .collect();
            (n.as_str(), deps)
        })
        .collect_map()
}

/// Every cycle among locals, each reported once (by its smallest member), found
/// without recursion so a long chain of locals cannot exhaust the stack.
fn local_cycles(m: &Module) -> Vec<Vec<String>> {
    let deps = local_deps(m);
    let mut cycles: Vec<Vec<String>> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for &start in deps.keys() {
        // Depth-first search for a path from `start` back to itself.
        let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
        let mut on_path: Vec<&str> = vec![start];
        let mut visited: BTreeSet<&str> = BTreeSet::new();
        while let Some((node, i)) = stack.pop() {
            let next = deps.get(node).and_then(|d| d.get(i)).copied();
            match next {
                None => {
                    on_path.pop();
                }
                Some(n) => {
                    stack.push((node, i + 1));
                    if n == start {
                        let mut c: Vec<String> = on_path.iter().map(|s| s.to_string()).collect();
                        let key = {
                            let mut k = c.clone();
                            crate::small::sort(&mut k);
                            k.join(",")
                        };
                        if seen.insert(key) {
                            let min = c
                                .iter()
                                .enumerate()
                                .min_by(|a, b| a.1.cmp(b.1))
                                .map_or(0, |(i, _)| i);
                            c.rotate_left(min);
                            cycles.push(c);
                        }
                    } else if deps.contains_key(n) && visited.insert(n) {
                        stack.push((n, 0));
                        on_path.push(n);
                    }
                }
            }
        }
    }
    cycles
}

/// The variables an expression depends on, through locals.
pub(crate) fn variables_used(m: &Module, e: &Expr) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    let mut todo: Vec<&Expr> = vec![e];
    let mut seen_locals: BTreeSet<&str> = BTreeSet::new();
    while let Some(x) = todo.pop() {
        for (root, attr, _) in x.references() {
            match (root, attr) {
                ("var", Some(n)) => {
                    vars.insert(n.to_string());
                }
                ("local", Some(n)) => {
                    if let Some((k, l)) = m.locals.get_key_value(n) {
                        if seen_locals.insert(k.as_str()) {
                            todo.push(&l.expr);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    vars
}
