//! Checking a tfvars file against a module: Terraform's own verdicts (syntax,
//! type conversion, required and undeclared variables, validations,
//! preconditions), then the rules a product adds ([`Checker::with_rules`]).

pub(crate) mod defaults;
mod locals;
pub(crate) mod memo;
#[cfg(feature = "snapshot")]
mod snapshot;

pub(crate) use defaults::DefaultVerdicts;
use memo::{Memo, RuleId};
#[cfg(feature = "snapshot")]
pub use snapshot::SnapshotError;

use crate::diagnostic::{Code, Diagnostic};
use crate::eval::{Env, ErrorKind, EvalError, Evaluator, DEFAULT_STEP_BUDGET};
use crate::module::Module;
use crate::small::CollectSorted;
use crate::source::SourceText;
use crate::syntax::{Span, DEFAULT_MAX_DEPTH};
use crate::tfvars::{self, Format, SpanTree};
use crate::value::{convert, Value};
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};

/// Limits on hostile input. Every limit reached is a diagnostic naming it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest input accepted, in bytes.
    pub max_bytes: usize,
    /// Deepest nesting of brackets, templates and operators.
    pub max_depth: usize,
    /// Evaluation steps the module's rules may take for one file.
    pub max_steps: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_bytes: 8 << 20,
            max_depth: DEFAULT_MAX_DEPTH,
            max_steps: DEFAULT_STEP_BUDGET,
        }
    }
}

impl Limits {
    /// The diagnostic of an input over [`Limits::max_bytes`]: `len` is its size,
    /// or `None` when it is not known (a stream cut off after the limit).
    pub fn too_large(&self, len: Option<u64>) -> Diagnostic {
        let size = match len {
            Some(n) => format!("The file is {n} bytes, more"),
            None => "The input is more".to_string(),
        };
        Diagnostic::new(
            Code::InputTooLarge,
            format!("{size} than the limit of {} bytes.", self.max_bytes),
        )
    }
}

/// The outcome of checking one file.
#[derive(Clone, Debug, Default)]
pub struct CheckResult {
    /// Sorted by position; diagnostics without a position come first.
    pub diagnostics: Vec<Diagnostic>,
    /// Every variable's value after conversion (given or default), for those that
    /// have a valid-typed one.
    pub values: BTreeMap<String, Value>,
    /// The variables the file sets, in file order.
    pub given: Vec<String>,
}

impl CheckResult {
    /// No error diagnostics (warnings allowed).
    pub fn valid(&self) -> bool {
        !self.diagnostics.iter().any(Diagnostic::is_error)
    }
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// A rule beyond the module's own, which a product adds to a [`Checker`]: it
/// reads the variables' final values (given or default) and reports through the
/// [`Context`]. It runs after Terraform's own verdicts, so it can leave alone a
/// variable that already has one ([`Context::is_clean`]).
pub type ExtraRule = fn(&mut Context<'_>, &BTreeMap<String, Value>);

/// Checks files against one module: the module (plain data), the rules a
/// product adds to Terraform's own, and what checking has learnt of the module's
/// rules: their verdicts at the default values (worked out on first use, or
/// read from a snapshot) and, with the `snapshot` feature, the verdicts seen in
/// this run. A checker is shared by the threads checking files; it is not
/// `Clone`: a copy would start without what this one has learnt.
#[derive(Debug)]
pub struct Checker<'m> {
    module: Cow<'m, Module>,
    rules: Vec<ExtraRule>,
    /// What each rule says of the default values, worked out on first use.
    default_verdicts: std::sync::OnceLock<DefaultVerdicts>,
    /// What each rule said of values seen before, in this run.
    memo: Memo,
}

impl Checker<'static> {
    /// A checker that owns its module, with Terraform's rules only.
    pub fn new(module: Module) -> Checker<'static> {
        Checker::with_module(Cow::Owned(module))
    }
}

impl<'m> Checker<'m> {
    /// A checker over a borrowed module, with Terraform's rules only.
    pub fn borrowed(module: &'m Module) -> Checker<'m> {
        Checker::with_module(Cow::Borrowed(module))
    }

    fn with_module(module: Cow<'m, Module>) -> Checker<'m> {
        Checker {
            module,
            rules: Vec::new(),
            default_verdicts: std::sync::OnceLock::new(),
            memo: Memo::default(),
        }
    }

    /// The module's rules' verdicts at the defaults, worked out on first use.
    pub(crate) fn default_verdicts(&self) -> &DefaultVerdicts {
        self.default_verdicts
            .get_or_init(|| defaults::compute(&self.module))
    }

    /// Adds rules to run after Terraform's own, in order.
    pub fn with_rules(mut self, rules: &[ExtraRule]) -> Checker<'m> {
        self.rules.extend_from_slice(rules);
        self
    }

    pub fn module(&self) -> &Module {
        &self.module
    }

    /// Checks the tfvars `text` (named `file`, in `format`).
    pub fn check(&self, file: &str, text: &str, format: Format, limits: &Limits) -> CheckResult {
        check_text(self, file, text, format, limits)
    }

    /// Checks values given directly (from a form or `--set`), as if a tfvars
    /// file set them; diagnostics name the variable but have no range.
    pub fn check_values(&self, given: &BTreeMap<String, Value>, limits: &Limits) -> CheckResult {
        check_given(self, given, limits)
    }
}

/// Per-file state while checking, which every rule (Terraform's and a
/// product's) reads the file through and reports through.
pub struct Context<'a> {
    pub(crate) checker: &'a Checker<'a>,
    pub(crate) module: &'a Module,
    pub(crate) text: SourceText<'a>,
    pub(crate) diags: Vec<Diagnostic>,
    /// Where each given variable's value is, by name.
    pub(crate) spans: BTreeMap<String, SpanTree>,
    /// Variables whose value failed conversion or a validation, or is missing.
    pub(crate) invalid: BTreeSet<String>,
    /// Variables a failed precondition involves: they already have a diagnostic, so
    /// the extra rules leave them alone.
    pub(crate) flagged: BTreeSet<String>,
    /// The variables given directly ([`check_values`]), which have no spans.
    pub(crate) given_values: BTreeSet<String>,
    /// Evaluation steps the module's rules may still take for this file.
    pub(crate) steps_left: u64,
    /// Which variables hold exactly their default value, by position in
    /// `Module::variables`, each worked out on first use.
    pub(crate) at_default: Vec<Cell<Option<bool>>>,
}

impl<'a> Context<'a> {
    fn new(
        checker: &'a Checker<'a>,
        text: SourceText<'a>,
        given_values: BTreeSet<String>,
        limits: &Limits,
    ) -> Context<'a> {
        let module = checker.module();
        Context {
            checker,
            module,
            text,
            diags: Vec::new(),
            spans: BTreeMap::new(),
            invalid: BTreeSet::new(),
            flagged: BTreeSet::new(),
            given_values,
            steps_left: limits.max_steps,
            at_default: vec![Cell::new(None); module.variables.len()],
        }
    }
}

impl Context<'_> {
    pub(crate) fn range(&self, span: Span) -> Option<crate::source::Range> {
        Some(self.text.range(span))
    }

    /// The span of a variable's value in the file, if the file sets it.
    pub(crate) fn value_span(&self, var: &str) -> Option<Span> {
        self.spans.get(var).map(SpanTree::span)
    }

    /// Reports a diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// The module being checked against.
    pub fn module(&self) -> &Module {
        self.module
    }

    /// The range of element `i` of a variable's value in the file, or of the
    /// whole value; `None` when the file does not set it.
    pub fn value_range(&self, var: &str, i: Option<usize>) -> Option<crate::source::Range> {
        let tree = self.spans.get(var)?;
        let span = i
            .and_then(|i| tree.element(i))
            .unwrap_or_else(|| tree.span());
        self.range(span)
    }

    /// Whether the module declares the variable and it has no error yet.
    pub fn is_clean(&self, var: &str) -> bool {
        self.module.variable(var).is_some()
            && !self.invalid.contains(var)
            && !self.flagged.contains(var)
    }
}

/// Checks the tfvars `text` (named `file`, in `format`) against `module`, with
/// Terraform's rules only. A face checking many files keeps a [`Checker`].
pub fn check(
    module: &Module,
    file: &str,
    text: &str,
    format: Format,
    limits: &Limits,
) -> CheckResult {
    Checker::borrowed(module).check(file, text, format, limits)
}

/// Checks values given directly (from a form or `--set`) against `module`, as if
/// a tfvars file set them, with Terraform's rules only; diagnostics name the
/// variable but have no range.
pub fn check_values(
    module: &Module,
    given: &BTreeMap<String, Value>,
    limits: &Limits,
) -> CheckResult {
    Checker::borrowed(module).check_values(given, limits)
}

fn check_text(
    checker: &Checker<'_>,
    file: &str,
    text: &str,
    format: Format,
    limits: &Limits,
) -> CheckResult {
    let module = checker.module();
    let mut result = CheckResult::default();
    let mut cx = Context::new(checker, SourceText::new(text), BTreeSet::new(), limits);
    if text.len() > limits.max_bytes {
        cx.push(limits.too_large(Some(text.len() as u64)));
        result.diagnostics = cx.diags;
        return result;
    }
    let parsed = match tfvars::read_naming(text, file, format, limits.max_depth) {
        Ok(p) => p,
        Err((e, variable)) => {
            let code = if e.too_deep {
                Code::NestingTooDeep
            } else {
                Code::Syntax
            };
            let mut d = Diagnostic::new(code, e.detail)
                .summary(e.summary)
                .range(cx.range(e.span));
            // The variable whose definition holds the error, as Terraform points there.
            if let Some(name) = &variable {
                d = d.variable(name);
            }
            cx.push(d);
            result.diagnostics = cx.diags;
            return result;
        }
    };
    for r in &parsed.repeated_keys {
        let first = cx.text.pos(r.first.start);
        let d = Diagnostic::new(
            Code::DuplicateKey,
            format!(
                "The key {:?} is set twice in this object; Terraform keeps the last value.",
                r.key
            ),
        )
        .summary("Repeated object key")
        .range(cx.range(r.again))
        .help(format!(
            "the first {:?} is at line {}, column {}",
            r.key, first.line, first.column
        ));
        cx.push(d);
    }
    let mut given: BTreeMap<String, Value> = BTreeMap::new();
    for a in parsed.assignments {
        result.given.push(a.name.clone());
        if module.variable(&a.name).is_none() {
            // Terraform drops an undeclared name whose value it cannot read, silently.
            if a.value.is_err() {
                continue;
            }
            let d = Diagnostic::new(
                Code::UndeclaredVariable,
                format!("The root module does not declare a variable named {:?} but a value was found in file {:?}. If you meant to use this value, add a \"variable\" block to the configuration.", a.name, file),
            )
            .summary("Value for undeclared variable")
            .variable(&a.name)
            .range(cx.range(a.name_span));
            cx.push(d);
            continue;
        }
        match a.value {
            Ok(v) => {
                given.insert(a.name.clone(), v);
            }
            Err(e) => {
                cx.invalid.insert(a.name.clone());
                let code = match e.kind {
                    ErrorKind::Static => Code::NotConstant,
                    ErrorKind::Budget => Code::StepBudget,
                    _ => Code::InvalidExpression,
                };
                let d = Diagnostic::new(code, e.detail)
                    .summary(e.summary)
                    .variable(&a.name)
                    .range(cx.range(e.span));
                cx.push(d);
            }
        }
        cx.spans.insert(a.name, a.spans);
    }
    judge_values(checker, cx, &given, result)
}

fn check_given(
    checker: &Checker<'_>,
    given: &BTreeMap<String, Value>,
    limits: &Limits,
) -> CheckResult {
    let module = checker.module();
    let given_values = given.keys().cloned().collect_set();
    let mut cx = Context::new(checker, SourceText::new(""), given_values, limits);
    let mut result = CheckResult::default();
    let mut known = BTreeMap::new();
    for (name, v) in given {
        result.given.push(name.clone());
        if module.variable(name).is_none() {
            cx.push(
                Diagnostic::new(
                    Code::UndeclaredVariable,
                    format!("The module does not declare a variable named {name:?}."),
                )
                .summary("Value for undeclared variable")
                .variable(name),
            );
            continue;
        }
        known.insert(name.clone(), v.clone());
    }
    judge_values(checker, cx, &known, result)
}

/// Evaluates some of the module's `locals` for the given variable values (final
/// values, as in [`CheckResult::values`]), e.g. the subnet CIDRs the module derives
/// from `vpc_cidr`, so a face can show them without a second copy of the logic.
/// A local that cannot be evaluated (it refers to a data source, or fails) is
/// returned as its error.
pub fn eval_locals(
    module: &Module,
    values: &BTreeMap<String, Value>,
    names: &[&str],
    limits: &Limits,
) -> BTreeMap<String, Result<Value, EvalError>> {
    let resolver = locals::Resolver::new(module);
    let env = Env {
        vars: Some(values),
        locals: Some(&resolver),
        functions: true,
    };
    let ev = Evaluator::new(env).with_budget(limits.max_steps);
    names
        .iter()
        .filter_map(|n| {
            let r = crate::eval::Locals::local(&resolver, n, &ev)?;
            Some((n.to_string(), r.cloned()))
        })
        .collect_map()
}

/// Terraform's own rules, in the order Terraform judges them: every
/// variable's `validation` blocks, then the preconditions of the module's
/// `terraform_data` resources. A product's rules ([`Checker::with_rules`]) run
/// after these, through the same [`Context`].
const TERRAFORM_RULES: &[ExtraRule] = &[validations, preconditions];

/// Everything after reading: conversion, then every rule.
fn judge_values(
    checker: &Checker<'_>,
    mut cx: Context<'_>,
    given: &BTreeMap<String, Value>,
    mut result: CheckResult,
) -> CheckResult {
    if !cx.module.is_usable() {
        cx.diags.extend(cx.module.diagnostics.iter().cloned());
        result.diagnostics = cx.diags;
        return result;
    }
    // Terraform's stages: a value it cannot read (refused above) and a missing
    // required variable are reported before anything is converted or validated,
    // and stop everything after them.
    let refused = cx.diags.iter().any(Diagnostic::is_error);
    if missing_required(&mut cx, given) || refused {
        let mut diags = cx.diags;
        crate::small::sort_by_key(&mut diags, |d| d.range.map(|r| (r.start.byte, r.end.byte)));
        result.diagnostics = diags;
        return result;
    }
    let values = final_values(&mut cx, given);
    for rule in TERRAFORM_RULES.iter().chain(&checker.rules) {
        rule(&mut cx, &values);
    }
    let mut diags = cx.diags;
    crate::small::sort_by_key(&mut diags, |d| d.range.map(|r| (r.start.byte, r.end.byte)));
    result.diagnostics = diags;
    result.values = values;
    result
}

/// Reports each variable that has no default and no readable value (a value
/// Terraform refused counts as none); whether there was one.
fn missing_required(cx: &mut Context<'_>, given: &BTreeMap<String, Value>) -> bool {
    let m = cx.module;
    let mut any = false;
    for var in &m.variables {
        if var.default.is_some() || given.contains_key(&var.name) {
            continue;
        }
        any = true;
        cx.invalid.insert(var.name.clone());
        let d = Diagnostic::new(
            Code::MissingRequired,
            format!("The root module input variable {:?} is not set, and has no default value. Use a -var or -var-file command line argument to provide a value for this variable.", var.name),
        )
        .summary("No value for required variable")
        .variable(&var.name)
        .rule(m.location(var.file, var.decl_span));
        cx.push(d);
    }
    any
}

/// Each variable's value: given (nulls and optional attributes handled as
/// Terraform does, then converted to the declared type) or its default.
fn final_values(cx: &mut Context<'_>, given: &BTreeMap<String, Value>) -> BTreeMap<String, Value> {
    let m = cx.module;
    let mut values = BTreeMap::new();
    for var in &m.variables {
        if cx.invalid.contains(&var.name) {
            continue;
        }
        // Terraform's short form of the declaration, only for messages that need it.
        let decl = || m.describe(var.file, var.decl_span);
        let value = match given.get(&var.name) {
            None => match &var.default {
                Some(d) => d.clone(),
                // Reported by `missing_required`, which stops before this.
                None => continue,
            },
            Some(v) if v.is_null() && !var.nullable => match &var.default {
                // A null for a non-nullable variable means "use the default".
                Some(d) => d.clone(),
                None => {
                    cx.invalid.insert(var.name.clone());
                    let d = Diagnostic::new(
                        Code::NullNotAllowed,
                        format!("The given value is not suitable for var.{} defined at {}: required variable may not be set to null.", var.name, decl()),
                    )
                    .summary("Required variable not set")
                    .variable(&var.name)
                    .range(cx.value_span(&var.name).and_then(|s| cx.range(s)))
                    .rule(m.location(var.file, var.decl_span));
                    cx.push(d);
                    continue;
                }
            },
            Some(v) => {
                let v = match &var.type_defaults {
                    Some(d) => d.apply(v, &var.ty),
                    None => v.clone(),
                };
                match convert(&v, &var.ty) {
                    Ok(v) => v,
                    Err(e) => {
                        cx.invalid.insert(var.name.clone());
                        let span = cx.spans.get(&var.name).map(|t| t.at(&e.path));
                        let d = Diagnostic::new(
                            Code::TypeMismatch,
                            format!(
                                "The given value is not suitable for var.{} declared at {}: {}.",
                                var.name,
                                decl(),
                                e.message
                            ),
                        )
                        .summary("Invalid value for input variable")
                        .variable(&var.name)
                        .range(span.and_then(|s| cx.range(s)))
                        .rule(m.location(var.file, var.decl_span))
                        .help(format!("var.{} is declared as {}", var.name, var.ty));
                        cx.push(d);
                        continue;
                    }
                }
            }
        };
        values.insert(var.name.clone(), value);
    }
    values
}

/// Every variable's `validation` blocks.
fn validations(cx: &mut Context<'_>, values: &BTreeMap<String, Value>) {
    run_rules(cx, values, Kind::Validation);
}

/// The preconditions of each `terraform_data` resource whose variables are all
/// valid (Terraform does not evaluate a resource that depends on an invalid one).
fn preconditions(cx: &mut Context<'_>, values: &BTreeMap<String, Value>) {
    run_rules(cx, values, Kind::Precondition);
}

/// Which of the module's rule blocks: a variable's validations, or a
/// resource's preconditions.
#[derive(Clone, Copy)]
enum Kind {
    Validation,
    Precondition,
}

impl Kind {
    /// Terraform's words for a condition that is not a bool: the summary, and
    /// what the condition is called.
    fn words(self) -> (&'static str, &'static str) {
        match self {
            Kind::Validation => ("Invalid variable validation result", "Validation condition"),
            Kind::Precondition => ("Invalid condition result", "Condition"),
        }
    }

    /// The rules of group `g`: variable `g`'s validations, or resource `g`'s
    /// preconditions.
    fn groups(self, m: &Module) -> usize {
        match self {
            Kind::Validation => m.variables.len(),
            Kind::Precondition => m.checks.len(),
        }
    }

    fn rules(self, m: &Module, g: usize) -> &[crate::module::Rule] {
        match self {
            Kind::Validation => &m.variables[g].validations,
            Kind::Precondition => &m.checks[g].preconditions,
        }
    }

    /// Whether Terraform leaves group `g` alone: a variable without a value, or
    /// a resource that involves an invalid variable.
    fn skips_group(self, cx: &Context<'_>, values: &BTreeMap<String, Value>, g: usize) -> bool {
        let m = cx.module;
        match self {
            Kind::Validation => !values.contains_key(&m.variables[g].name),
            Kind::Precondition => self
                .rules(m, g)
                .iter()
                .flat_map(|r| &r.variables)
                .any(|u| cx.invalid.contains(u)),
        }
    }

    fn id(self, g: usize, r: usize) -> RuleId {
        match self {
            Kind::Validation => RuleId::Validation(g, r),
            Kind::Precondition => RuleId::Precondition(g, r),
        }
    }

    fn at_defaults(self, v: &DefaultVerdicts, g: usize, r: usize) -> Option<&defaults::Cached> {
        match self {
            Kind::Validation => v.validation(g, r),
            Kind::Precondition => v.precondition(g, r),
        }
    }
}

/// The variables in the order Terraform's graph validates them: each after the
/// variables its rules read, else in declaration order (members of a cycle,
/// which Terraform itself refuses, keep declaration order).
fn validation_order(m: &Module) -> Vec<usize> {
    let n = m.variables.len();
    let reads_others = m.variables.iter().any(|v| {
        v.validations
            .iter()
            .any(|r| r.variables.iter().any(|u| *u != v.name))
    });
    if !reads_others {
        return (0..n).collect();
    }
    // Each variable's dependencies, in declaration order (a scan rather than an
    // index by name: modules have few variables, and sorting code costs the
    // WebAssembly kilobytes).
    let deps: Vec<Vec<usize>> = m
        .variables
        .iter()
        .enumerate()
        .map(|(i, v)| {
            (0..n)
                .filter(|&j| {
                    j != i
                        && v.validations
                            .iter()
                            .any(|r| r.variables.contains(&m.variables[j].name))
                })
                .collect()
        })
        .collect();
    // 0 unvisited, 1 in progress, 2 placed.
    let mut state = vec![0u8; n];
    let mut order = Vec::with_capacity(n);
    for start in 0..n {
        if state[start] != 0 {
            continue;
        }
        // Depth-first without recursion: (variable, next dependency to look at).
        let mut stack = vec![(start, 0usize)];
        state[start] = 1;
        while let Some(&mut (v, ref mut next)) = stack.last_mut() {
            if let Some(&d) = deps[v].get(*next) {
                *next += 1;
                if state[d] == 0 {
                    state[d] = 1;
                    stack.push((d, 0));
                }
            } else {
                state[v] = 2;
                order.push(v);
                stack.pop();
            }
        }
    }
    order
}

/// The one runner of the module's own rules, of one kind, in declaration
/// order: each rule's verdict (cached at the defaults, else remembered, else
/// judged) and, for a rule that does not pass, its diagnostic. The rules of a
/// kind share one evaluator (and its locals), and the steps they take are
/// taken from the file's budget.
fn run_rules(cx: &mut Context<'_>, values: &BTreeMap<String, Value>, kind: Kind) {
    let m = cx.module;
    let checker = cx.checker;
    let resolver = locals::Resolver::new(m);
    let env = Env {
        vars: Some(values),
        locals: Some(&resolver),
        functions: true,
    };
    let ev = Evaluator::new(env).with_budget(cx.steps_left);
    let cached = checker.default_verdicts();
    let (bad_result, what) = kind.words();
    let order = match kind {
        Kind::Validation => validation_order(m),
        Kind::Precondition => (0..kind.groups(m)).collect(),
    };
    for g in order {
        if kind.skips_group(cx, values, g) {
            continue;
        }
        // Terraform validates a variable only after every variable its rules
        // read (conditions and messages, through locals) has passed its own;
        // when one has not, this one is skipped, and counts as failed for those
        // that read it in turn.
        if let Kind::Validation = kind {
            let var = &m.variables[g];
            let reads_invalid = var
                .validations
                .iter()
                .flat_map(|r| &r.variables)
                .any(|u| cx.invalid.contains(u) && *u != var.name);
            if reads_invalid {
                cx.invalid.insert(var.name.clone());
                continue;
            }
        }
        for (r, rule) in kind.rules(m, g).iter().enumerate() {
            let verdict =
                match kind
                    .at_defaults(cached, g, r)
                    .filter(|(_, positions)| cx.all_at_default(values, positions))
                {
                    Some((v, _)) => v.clone(),
                    None => checker
                        .memo
                        .verdict(kind.id(g, r), values, &rule.variables, || match kind {
                            Kind::Validation => judge_validation(&ev, rule),
                            Kind::Precondition => judge(&ev, rule, bad_result, what),
                        }),
                };
            match kind {
                Kind::Validation => report_validation(cx, g, rule, verdict),
                Kind::Precondition => report_precondition(cx, rule, verdict),
            }
        }
    }
    cx.steps_left = cx.steps_left.saturating_sub(ev.steps_used());
}

/// A variable's validation that did not pass: the module's message, on the
/// variable's value.
fn report_validation(cx: &mut Context<'_>, g: usize, rule: &crate::module::Rule, verdict: Verdict) {
    if matches!(verdict, Verdict::Pass) {
        return;
    }
    let m = cx.module;
    let var = &m.variables[g];
    let target = cx.value_span(&var.name);
    match verdict {
        Verdict::Pass => {}
        Verdict::Fail(message) => {
            cx.invalid.insert(var.name.clone());
            let d = Diagnostic::new(Code::ValidationFailed, message)
                .summary("Invalid value for variable")
                .variable(&var.name)
                .range(target.and_then(|s| cx.range(s)))
                .rule(m.location(rule.file, rule.span));
            cx.push(with_help(d, m, &var.name));
        }
        Verdict::Error(e) => {
            cx.invalid.insert(var.name.clone());
            let d = eval_error(cx, &e, &var.name, target);
            cx.push(d);
        }
        Verdict::BadMessage {
            condition,
            message,
            failed,
        } => {
            cx.invalid.insert(var.name.clone());
            for e in condition.iter().chain([&message]) {
                let d = eval_error(cx, e, &var.name, target);
                cx.push(d);
            }
            match failed {
                Failed::No => {}
                Failed::Unexplained => {
                    let d = Diagnostic::new(Code::ValidationFailed, NO_MESSAGE)
                        .summary("Invalid value for variable")
                        .variable(&var.name)
                        .range(target.and_then(|s| cx.range(s)))
                        .rule(m.location(rule.file, rule.span));
                    cx.push(d);
                }
                Failed::UnknownMessage => {
                    let mut e = EvalError::new(
                        "Invalid error message",
                        "Unsuitable value for error message: expression refers to values that won't be known until the apply phase.",
                        rule.error_message.span,
                    );
                    e.file = Some(rule.file);
                    let d = eval_error(cx, &e, &var.name, target);
                    cx.push(d);
                }
            }
        }
    }
}

/// A precondition that did not pass: the module's message, on the first of its
/// variables that the file sets.
fn report_precondition(cx: &mut Context<'_>, rule: &crate::module::Rule, verdict: Verdict) {
    if matches!(verdict, Verdict::Pass) {
        return;
    }
    let m = cx.module;
    let vars = &rule.variables;
    // Point at the first of the rule's variables that the file sets.
    let target = cx.given_order(vars);
    let target_name = target.as_ref().map(|(n, _)| n.clone()).or_else(|| {
        // Values given directly: the first given, in declaration order,
        // as in a file written from them.
        m.variables
            .iter()
            .map(|v| &v.name)
            .find(|n| vars.contains(*n) && cx.given_values.contains(*n))
            .cloned()
    });
    match verdict {
        Verdict::Pass => {}
        Verdict::Fail(message) => {
            cx.flagged.extend(vars.iter().cloned());
            let mut d = Diagnostic::new(Code::PreconditionFailed, message)
                .summary("Resource precondition failed")
                .range(target.as_ref().and_then(|(_, s)| cx.range(*s)))
                .rule(m.location(rule.file, rule.span));
            if let Some(name) = &target_name {
                d = d.variable(name);
            } else if let Some(first) = vars.iter().next() {
                d = d.variable(first);
            }
            if vars.len() > 1 {
                let list: Vec<String> = vars.iter().map(|v| format!("var.{v}")).collect();
                d = d.help(format!("this rule involves {}", list.join(", ")));
            }
            cx.push(d);
        }
        // Only validations judge their message apart (`judge_validation`).
        Verdict::Error(e) | Verdict::BadMessage { message: e, .. } => {
            cx.flagged.extend(vars.iter().cloned());
            let name = target_name
                .clone()
                .or_else(|| vars.iter().next().cloned())
                .unwrap_or_default();
            let d = eval_error(cx, &e, &name, target.map(|(_, s)| s));
            cx.push(d);
        }
    }
}

impl Context<'_> {
    /// Whether each of the variables (positions in `Module::variables`) holds
    /// exactly its default value.
    fn all_at_default(&self, values: &BTreeMap<String, Value>, vars: &[usize]) -> bool {
        vars.iter().all(|&i| {
            if let Some(at) = self.at_default[i].get() {
                return at;
            }
            let v = &self.module.variables[i];
            let at = matches!((&v.default, values.get(&v.name)), (Some(d), Some(x)) if d.equals(x));
            self.at_default[i].set(Some(at));
            at
        })
    }

    /// The first of `vars` (in file order) that the file sets, with its span.
    fn given_order(&self, vars: &BTreeSet<String>) -> Option<(String, Span)> {
        self.spans
            .iter()
            .filter(|(n, _)| vars.contains(*n))
            .map(|(n, t)| (n.clone(), t.span()))
            .min_by_key(|(_, s)| s.start)
    }
}

/// What a rule says of the values it was given.
#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub(crate) enum Verdict {
    Pass,
    Fail(String),
    Error(EvalError),
    /// A validation's error message could not be evaluated. Terraform evaluates
    /// it whatever the condition says and reports its error: beside the
    /// condition's own error (`condition`), or beside a failure it cannot
    /// explain (`failed`), or alone when the condition held.
    BadMessage {
        condition: Option<EvalError>,
        message: EvalError,
        failed: Failed,
    },
}

/// What Terraform adds when a validation's condition failed and its message
/// could not be evaluated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub(crate) enum Failed {
    /// The condition did not fail (it held, or it had an error of its own).
    No,
    /// The message still has a value (a template only skips a null or
    /// unprintable part): the failure is reported without its message.
    Unexplained,
    /// The message has no value at all: Terraform calls it unknown.
    UnknownMessage,
}

/// Whether a message that failed with `e` still has a value, as an HCL template
/// has when one of its own parts is null or cannot become a string (the part is
/// left out); any other error leaves the message without a value.
fn message_keeps_value(message: &crate::syntax::Expr, e: &EvalError) -> bool {
    use crate::syntax::{ExprKind, Part};
    e.summary == "Invalid template interpolation value"
        && matches!(&message.kind, ExprKind::Template(parts)
            if parts.iter().any(|p| matches!(p, Part::Interpolation(x) if x.span == e.span)))
}

/// What Terraform says of a failed validation whose message is empty or null.
const NO_MESSAGE: &str = "Failed to evaluate condition error message.";

/// A validation: the condition, and the error message evaluated in any case
/// (as Terraform does, so an error in the message rejects the value even when
/// the condition holds).
pub(crate) fn judge_validation(ev: &Evaluator<'_>, rule: &crate::module::Rule) -> Verdict {
    let verdict = judge(
        ev,
        rule,
        "Invalid variable validation result",
        "Validation condition",
    );
    match &verdict {
        // `judge` evaluated the message already.
        Verdict::Fail(_) | Verdict::BadMessage { .. } => return verdict,
        // Out of steps is this tool's limit, not Terraform's verdict: stop there.
        Verdict::Error(e) if e.kind == ErrorKind::Budget => return verdict,
        _ => {}
    }
    match ev.eval(&rule.error_message, Some(rule.file)) {
        Ok(_) => verdict,
        Err(message) if message.kind == ErrorKind::Budget => Verdict::Error(message),
        Err(message) => match verdict {
            Verdict::Error(e) => Verdict::BadMessage {
                condition: Some(e),
                message,
                failed: Failed::No,
            },
            _ => Verdict::BadMessage {
                condition: None,
                message,
                failed: Failed::No,
            },
        },
    }
}

/// Evaluates a rule's condition and, when it fails, its error message.
pub(crate) fn judge(
    ev: &Evaluator<'_>,
    rule: &crate::module::Rule,
    bad_result: &str,
    what: &str,
) -> Verdict {
    let cond = match ev.eval(&rule.condition, Some(rule.file)) {
        Ok(v) => v,
        Err(e) => return Verdict::Error(e),
    };
    let span = rule.condition.span;
    let ok = match &cond {
        Value::Null(_) => {
            let mut e = EvalError::new(
                bad_result,
                format!("{what} expression must return either true or false, not null."),
                span,
            );
            e.file = Some(rule.file);
            return Verdict::Error(e);
        }
        v => match convert(v, &crate::value::Type::Bool) {
            Ok(Value::Bool(b)) => b,
            Ok(_) | Err(_) => {
                let detail = match convert(v, &crate::value::Type::Bool) {
                    Err(c) => c.message,
                    Ok(_) => "a bool is required".into(),
                };
                let lowered = what.to_ascii_lowercase(); // `what` is ASCII
                let mut e = EvalError::new(
                    bad_result,
                    format!("Invalid {lowered} result value: {detail}."),
                    span,
                );
                e.file = Some(rule.file);
                return Verdict::Error(e);
            }
        },
    };
    if ok {
        return Verdict::Pass;
    }
    let msg = match ev.eval(&rule.error_message, Some(rule.file)) {
        Ok(v) => v,
        Err(e) if what == "Validation condition" && e.kind != ErrorKind::Budget => {
            let failed = if message_keeps_value(&rule.error_message, &e) {
                Failed::Unexplained
            } else {
                Failed::UnknownMessage
            };
            return Verdict::BadMessage {
                condition: None,
                message: e,
                failed,
            };
        }
        Err(e) => return Verdict::Error(e),
    };
    match convert(&msg, &crate::value::Type::String) {
        // Terraform trims the message (a heredoc's last newline, for one).
        Ok(Value::String(s)) if s.trim().is_empty() => Verdict::Fail(NO_MESSAGE.into()),
        Ok(Value::String(s)) => Verdict::Fail(s.trim().to_string()),
        Ok(Value::Null(_)) => Verdict::Fail(NO_MESSAGE.into()),
        _ => {
            let mut e = EvalError::new(
                "Invalid error message",
                "Unsuitable value for error message: string required.",
                rule.error_message.span,
            );
            e.file = Some(rule.file);
            Verdict::Error(e)
        }
    }
}

/// A rule that could not be evaluated: Terraform's error (the value is rejected),
/// or a problem of the module or a limit of this tool.
fn eval_error(cx: &Context<'_>, e: &EvalError, var: &str, target: Option<Span>) -> Diagnostic {
    let code = match e.kind {
        ErrorKind::Runtime => Code::RuleError,
        ErrorKind::Static => Code::UndeclaredReference,
        ErrorKind::UnsupportedFunction => Code::UnsupportedFunction,
        ErrorKind::NotEvaluable => Code::NotEvaluable,
        ErrorKind::Cycle => Code::LocalCycle,
        ErrorKind::Budget => Code::StepBudget,
    };
    let rule = e.file.and_then(|f| cx.module.location(f, e.span));
    Diagnostic::new(code, e.detail.clone())
        .summary(e.summary.clone())
        .variable(var)
        .range(target.and_then(|s| cx.range(s)))
        .rule(rule)
}

/// Adds what a variable allows, when a rule says so plainly (an enum or a range).
fn with_help(d: Diagnostic, m: &Module, var: &str) -> Diagnostic {
    match crate::module::hints::for_variable(m, var).describe() {
        Some(h) => d.help(h),
        None => d,
    }
}

#[cfg(test)]
mod tests;
