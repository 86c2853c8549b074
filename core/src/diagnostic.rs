//! The one diagnostic type every face renders: a code, a severity, a message, the
//! variable it is about, where it is in the checked file, and where the rule that
//! produced it is in the module.

use crate::source::Range;
use serde::Serialize;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal, $name:literal, $sev:ident, $summary:literal; )*) => {
        /// Every diagnostic code. `TF` codes are verdicts Terraform itself gives;
        /// `AWS` codes are what AWS rejects at apply time; `ADV` codes are advice;
        /// `MOD` codes are problems in the module's own sources; `LIM` codes are
        /// limits this tool enforces on hostile input; `LINT` codes are the
        /// project's policies on a module's sources (the CLI's `lint`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "snapshot", derive(borsh::BorshSerialize, borsh::BorshDeserialize))]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable identifier, e.g. `TF005`.
            pub fn id(self) -> &'static str {
                match self { $(Code::$variant => $id,)* }
            }

            /// A short kebab-case name, e.g. `validation-failed`.
            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            pub fn default_severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$sev,)* }
            }

            /// One sentence saying what the code means.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }

            pub fn from_id(id: &str) -> Option<Code> {
                Code::ALL.iter().copied().find(|c| c.id() == id)
            }
        }

        /// The TypeScript type of a code (the npm package's `.d.ts`): the union of the ids.
        #[cfg(feature = "typescript")]
        #[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
        const CODE_TS: &'static str = concat!(
            "/** A diagnostic's stable code, e.g. `TF006`. */\nexport type Code =",
            $( "\n    | \"", $id, "\"", )*
            ";"
        );
    };
}

codes! {
    Syntax = "TF001", "syntax-error", Error, "The file is not valid HCL or JSON, so Terraform cannot read it.";
    DuplicateVariable = "TF002", "duplicate-variable", Error, "A variable is set twice in one file.";
    NotConstant = "TF003", "not-a-constant", Error, "A tfvars value uses a variable or a function call, which Terraform does not allow there.";
    TypeMismatch = "TF004", "type-mismatch", Error, "A value cannot be converted to the variable's declared type.";
    MissingRequired = "TF005", "missing-required", Error, "A variable without a default is not set.";
    ValidationFailed = "TF006", "validation-failed", Error, "A variable's validation rule rejected its value.";
    PreconditionFailed = "TF007", "precondition-failed", Error, "A rule involving several variables rejected their values.";
    RuleError = "TF008", "rule-error", Error, "Evaluating a rule failed with an error, so Terraform rejects the value.";
    UndeclaredVariable = "TF009", "undeclared-variable", Warning, "A value is given for a variable the module does not declare.";
    NullNotAllowed = "TF010", "null-not-allowed", Error, "A non-nullable variable without a default is set to null.";
    DuplicateKey = "TF011", "duplicate-key", Warning, "A key appears twice in one object; Terraform keeps the last value.";
    InvalidExpression = "TF012", "invalid-expression", Error, "A tfvars value is an expression that fails to evaluate.";
    NonCanonicalCidr = "AWS001", "non-canonical-cidr", Error, "A CIDR block has host bits set; AWS rejects it.";
    SubnetOverlap = "AWS002", "subnet-overlap", Error, "Two subnets overlap; AWS rejects the second.";
    SubnetOutsideVpc = "AWS003", "subnet-outside-vpc", Error, "A subnet is not inside the VPC's address range; AWS rejects it.";
    PrefixLength = "AWS004", "prefix-length", Error, "A VPC or subnet prefix length is outside /16 to /28, which AWS rejects.";
    SingleNat = "ADV001", "single-nat-gateway", Warning, "One NAT gateway serves every zone: losing its zone cuts outbound traffic for all tasks.";
    ShortRetention = "ADV002", "short-log-retention", Warning, "Logs are kept for less than 365 days, which common compliance scans flag.";
    SmallSubnet = "ADV003", "small-subnet", Warning, "A private subnet has few usable addresses for Fargate tasks (AWS reserves 5 per subnet).";
    OpenIngress = "ADV004", "open-agent-ingress", Warning, "The agent port is open to the whole internet.";
    ModuleSyntax = "MOD001", "module-syntax-error", Error, "A module source file cannot be parsed.";
    ModuleInvalid = "MOD002", "module-invalid", Error, "A module declaration is invalid (type constraint, default, duplicate name).";
    UnsupportedFunction = "MOD003", "unsupported-function", Error, "A rule calls a Terraform function this tool does not implement, so it cannot be checked.";
    NotEvaluable = "MOD004", "not-evaluable", Error, "A rule refers to something that exists only during a plan, so it cannot be checked.";
    LocalCycle = "MOD005", "local-cycle", Error, "Local values refer to each other in a circle.";
    UndeclaredReference = "MOD006", "undeclared-reference", Error, "A rule refers to a variable or local the module does not declare.";
    InputTooLarge = "LIM001", "input-too-large", Error, "The input is larger than the configured size limit.";
    NestingTooDeep = "LIM002", "nesting-too-deep", Error, "The input nests deeper than the configured limit.";
    StepBudget = "LIM003", "step-budget", Error, "Evaluating the rules took more steps than the configured budget.";
    BackendInput = "BKD001", "backend-input-invalid", Error, "The input is not the JSON that `terraform output -json` prints.";
    BackendMissing = "BKD002", "backend-value-missing", Error, "A value the ECS backend needs is not among the outputs.";
    BackendMalformed = "BKD003", "backend-value-malformed", Error, "A value for the ECS backend does not have the form AWS gives it.";
    Io = "IO001", "unreadable-input", Error, "The input could not be read.";
    LintVariableDescription = "LINT001", "variable-without-description", Error, "A variable has no description.";
    LintVariableType = "LINT002", "variable-without-type", Error, "A variable has no type constraint.";
    LintOutputDescription = "LINT003", "output-without-description", Error, "An output has no description.";
    LintStandardTags = "LINT004", "missing-standard-tags", Error, "A taggable resource does not get the standard tags (project, environment, component, managed-by).";
    LintUnscopedIamResource = "LINT005", "unscoped-iam-resource", Error, "An IAM policy statement allows resources that are not the module's own (\"*\" only for actions AWS cannot scope).";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// Where a module rule lives: a file of the module and a range in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct RuleLocation {
    pub file: String,
    pub range: Range,
}

/// A problem found in a tfvars file or in the module it is checked against.
///
/// Its serde form is the wire format every face shares (the CLI's `--format json`,
/// the npm package): `code`, `severity`, `message`, `variable` and `range` (1-based
/// lines and columns; `null` when absent), then `summary`, and `rule` and `help`
/// when present.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// What is wrong. For a failed rule, the module's own `error_message`.
    pub message: String,
    /// The variable the problem is about.
    pub variable: Option<String>,
    /// Where in the checked file (absent for a missing variable).
    pub range: Option<Range>,
    /// Terraform's heading for this kind of problem ("Invalid value for variable").
    pub summary: String,
    /// The module rule or declaration that produced the diagnostic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<RuleLocation>,
    /// A hint at what is allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.default_severity(),
            message: message.into(),
            summary: code.summary().trim_end_matches('.').to_string(),
            variable: None,
            range: None,
            rule: None,
            help: None,
        }
    }

    pub fn summary(mut self, s: impl Into<String>) -> Diagnostic {
        self.summary = s.into();
        self
    }

    pub fn variable(mut self, v: impl Into<String>) -> Diagnostic {
        self.variable = Some(v.into());
        self
    }

    pub fn range(mut self, r: Option<Range>) -> Diagnostic {
        self.range = r;
        self
    }

    pub fn rule(mut self, r: Option<RuleLocation>) -> Diagnostic {
        self.rule = r;
        self
    }

    pub fn help(mut self, h: impl Into<String>) -> Diagnostic {
        self.help = Some(h.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_round_trip() {
        let ids: HashSet<&str> = Code::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(ids.len(), Code::ALL.len());
        let names: HashSet<&str> = Code::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(names.len(), Code::ALL.len());
        for c in Code::ALL {
            assert_eq!(Code::from_id(c.id()), Some(*c));
        }
    }

    #[test]
    fn serialises_code_as_its_id() {
        let d = Diagnostic::new(Code::ValidationFailed, "bad").variable("x");
        let j = serde_json::to_value(&d).unwrap();
        assert_eq!(j["code"], "TF006");
        assert_eq!(j["severity"], "error");
        assert!(j["range"].is_null());
        let text = serde_json::to_string(&d).unwrap();
        assert!(text.starts_with(r#"{"code":"TF006","severity":"error","message":"bad","variable":"x","range":null,"summary":"#));
    }
}
