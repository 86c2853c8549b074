//! The command line, as clap derives it: one struct per subcommand, with the
//! examples each `--help` shows.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use tfcheck_core::Limits;

const ABOUT: &str =
    "Checks Terraform tfvars files against a module's variables and rules, offline, \
exactly as Terraform would, plus what AWS rejects at apply time.";

const AFTER_HELP: &str = "\
Examples:
  sockerless-tfcheck check terraform/examples/default/terraform.tfvars
  sockerless-tfcheck check envs/ --format sarif > tfcheck.sarif
  sockerless-tfcheck tfvars --set 'name=\"ci\"' --set 'environment=\"test\"' -o ci.tfvars
  sockerless-tfcheck schema > inputs.schema.json
  terraform output -json | sockerless-tfcheck backend-config
  sockerless-tfcheck lint terraform/modules/ecs
  sockerless-tfcheck docs terraform/modules/ecs --check terraform/modules/ecs/README.md
  sockerless-tfcheck lsp                   # a language server for editors, on stdio

Exit codes: 0 no errors (warnings allowed unless --deny-warnings), 1 at least one error,
2 usage error or a path or module that cannot be read.";

#[derive(Debug, Parser)]
#[command(name = "sockerless-tfcheck", version, about = ABOUT, after_help = AFTER_HELP)]
pub struct Cli {
    /// When to colour the human output: auto (a terminal, and NO_COLOR unset), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check .tfvars and .tfvars.json files against the module.
    #[command(after_help = CHECK_EXAMPLES)]
    Check(CheckArgs),
    /// Write a tfvars file from the defaults, --set values and/or an existing file.
    #[command(after_help = TFVARS_EXAMPLES)]
    Tfvars(TfvarsArgs),
    /// Print the JSON Schema (2020-12) of the module's inputs.
    #[command(after_help = SCHEMA_EXAMPLES)]
    Schema(SchemaArgs),
    /// Turn `terraform output -json` into the ECS backend's configuration block.
    #[command(name = "backend-config", after_help = BACKEND_EXAMPLES)]
    BackendConfig(BackendConfigArgs),
    /// Check a module's own sources against the project's policies.
    #[command(after_help = LINT_EXAMPLES)]
    Lint(LintArgs),
    /// Print, write or verify the Markdown tables of a module's inputs and outputs.
    #[command(after_help = DOCS_EXAMPLES)]
    Docs(DocsArgs),
    /// Serve the Language Server Protocol on stdin and stdout, for editors.
    #[command(after_help = LSP_EXAMPLES)]
    Lsp(LspArgs),
}

const CHECK_EXAMPLES: &str = "\
Examples:
  sockerless-tfcheck check terraform/examples/default/terraform.tfvars
  sockerless-tfcheck check envs/                       # every *.tfvars and *.tfvars.json below envs/
  sockerless-tfcheck check --format json prod.tfvars
  sockerless-tfcheck check --format github --deny-warnings envs/
  cat prod.tfvars | sockerless-tfcheck check - --stdin-filename prod.tfvars
  sockerless-tfcheck check --module ../my-module dev.tfvars.json";

const TFVARS_EXAMPLES: &str = "\
Examples:
  sockerless-tfcheck tfvars --set 'name=\"ci\"' --set 'environment=\"test\"'
  sockerless-tfcheck tfvars --set 'name=\"ci\"' --set 'environment=\"test\"' --only-changed -o ci.tfvars
  sockerless-tfcheck tfvars --from prod.tfvars --set az_count=3 --describe
  sockerless-tfcheck tfvars --from prod.tfvars --format json -o prod.tfvars.json
  sockerless-tfcheck tfvars --set 'tags={ team = \"platform\" }' --set 'name=\"x\"' --set 'environment=\"dev\"'

Values are HCL expressions, as in a tfvars file: strings need their quotes.";

const SCHEMA_EXAMPLES: &str = "\
Examples:
  sockerless-tfcheck schema > inputs.schema.json
  sockerless-tfcheck schema --module ../my-module -o my-module.schema.json";

const BACKEND_EXAMPLES: &str = "\
Examples:
  terraform output -json | sockerless-tfcheck backend-config
  sockerless-tfcheck backend-config outputs.json --format json -o backend.json";

const LINT_EXAMPLES: &str = "\
Examples:
  sockerless-tfcheck lint                          # terraform/modules/ecs, or the embedded module
  sockerless-tfcheck lint ../my-module --format sarif > lint.sarif";

const LSP_EXAMPLES: &str = "\
Examples:
  sockerless-tfcheck lsp                 # started by an editor; README.md, \"The language server\", has each editor's snippet
  sockerless-tfcheck lsp --max-bytes 1048576

It checks .tfvars and .tfvars.json files as they are typed, against the module a
.tfcheck.toml maps them to, else the nearest directory above them whose .tf files
declare variables, else the embedded ECS module. Exit code: 0 after the client's
shutdown and exit, 1 when the input ends without them.";

const DOCS_EXAMPLES: &str = "\
Examples:
  sockerless-tfcheck docs terraform/modules/ecs
  sockerless-tfcheck docs terraform/modules/ecs --write terraform/modules/ecs/README.md
  sockerless-tfcheck docs terraform/modules/ecs --check terraform/modules/ecs/README.md
  sockerless-tfcheck docs --codes --check cli/README.md

--write and --check replace or compare what lies between the README's
<!-- BEGIN_TF_DOCS --> and <!-- END_TF_DOCS --> markers (with --codes,
<!-- BEGIN_TFCHECK_CODES --> and <!-- END_TFCHECK_CODES -->).";

impl Command {
    /// The nesting limit the command reads its input with.
    pub fn max_depth(&self) -> usize {
        match self {
            Command::Check(a) => a.limits.max_depth,
            Command::Tfvars(a) => a.limits.max_depth,
            Command::BackendConfig(a) => a.max_depth,
            Command::Lsp(a) => a.limits.max_depth,
            Command::Schema(_) | Command::Lint(_) | Command::Docs(_) => Limits::default().max_depth,
        }
    }
}

/// The largest `--max-depth` accepted: deeper input than this is not
/// configuration, and the stack it needs (see `main::stack_size`) would be
/// more than a gigabyte.
pub const MAX_DEPTH_LIMIT: usize = 20_000;

/// The output formats of diagnostics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiagnosticFormat {
    /// rustc-style frames and a one-line summary.
    Human,
    /// One JSON document: files, their diagnostics, and a summary.
    Json,
    /// SARIF 2.1.0, for code-scanning upload.
    Sarif,
    /// GitHub Actions workflow commands (::error / ::warning).
    Github,
    /// Checkstyle XML, for reviewdog and CI plugins.
    Checkstyle,
    /// JUnit XML, one test case per file, for CI test reports.
    Junit,
    /// GitLab Code Quality JSON (the Code Climate issue format).
    Gitlab,
}

/// `--module DIR`: the module to check against.
#[derive(Debug, Args)]
pub struct ModuleArg {
    /// The module directory whose *.tf files declare the inputs (default: the bundled ECS module).
    #[arg(long, value_name = "DIR")]
    pub module: Option<PathBuf>,
}

/// Limits on hostile input.
#[derive(Debug, Args)]
pub struct LimitArgs {
    /// Largest tfvars file accepted, in bytes (a --module directory's .tf files may hold this much, or 8 MiB, in all).
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_bytes)]
    pub max_bytes: usize,
    /// Deepest nesting of brackets, templates and operators accepted (at most 20000).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_depth, value_parser = depth)]
    pub max_depth: usize,
    /// Evaluation steps the module's rules may take for one file.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_steps)]
    pub max_eval_steps: u64,
}

/// A `--max-depth` value: 1 to [`MAX_DEPTH_LIMIT`].
fn depth(s: &str) -> Result<usize, String> {
    let n: usize = s.parse().map_err(|e| format!("{e}"))?;
    if (1..=MAX_DEPTH_LIMIT).contains(&n) {
        Ok(n)
    } else {
        Err(format!("must be from 1 to {MAX_DEPTH_LIMIT}"))
    }
}

impl LimitArgs {
    pub fn limits(&self) -> Limits {
        Limits {
            max_bytes: self.max_bytes,
            max_depth: self.max_depth,
            max_steps: self.max_eval_steps,
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files, directories (searched recursively for *.tfvars and *.tfvars.json), or - for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub module: ModuleArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    pub format: DiagnosticFormat,
    /// Exit with 1 when there are warnings, too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// The name standard input is reported under; a name ending in .json reads it as JSON.
    #[arg(long, value_name = "NAME", default_value = "<stdin>")]
    pub stdin_filename: String,
    /// Print nothing when there are no diagnostics (human format).
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TfvarsFormat {
    Hcl,
    Json,
}

#[derive(Debug, Args)]
pub struct TfvarsArgs {
    #[command(flatten)]
    pub module: ModuleArg,
    /// Set a variable: NAME=VALUE, the value in HCL syntax ('name="x"', 'az_count=3', 'tags={ a = "b" }').
    #[arg(long = "set", value_name = "NAME=VALUE")]
    pub set: Vec<String>,
    /// Start from an existing .tfvars or .tfvars.json file (normalises it); - reads stdin.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// Output syntax (default: json when -o ends in .json, else hcl).
    #[arg(long, value_enum)]
    pub format: Option<TfvarsFormat>,
    /// Leave out variables whose value equals their default.
    #[arg(long)]
    pub only_changed: bool,
    /// Write each variable's description above it as a comment (HCL only).
    #[arg(long)]
    pub describe: bool,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    #[command(flatten)]
    pub module: ModuleArg,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum BackendFormat {
    /// The backend's configuration file (~/.sockerless/config.yaml).
    Yaml,
    /// The same file as JSON.
    Json,
    /// The backend's environment variables, one NAME=value a line.
    Env,
}

#[derive(Debug, Args)]
pub struct BackendConfigArgs {
    /// The output of `terraform output -json`; - or nothing reads stdin.
    #[arg(value_name = "FILE", default_value = "-")]
    pub input: PathBuf,
    /// Output syntax.
    #[arg(long, value_enum, default_value_t = BackendFormat::Yaml)]
    pub format: BackendFormat,
    /// Name of the environment in the configuration file (default: the
    /// cluster's name, which is the module's `name`).
    #[arg(long, value_name = "NAME", value_parser = environment_name)]
    pub environment: Option<String>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Deepest nesting accepted in the JSON (at most 20000).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_depth, value_parser = depth)]
    pub max_depth: usize,
    /// Largest input accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_bytes)]
    pub max_bytes: usize,
}

#[derive(Debug, Args)]
pub struct LspArgs {
    /// Accepted for clients that pass it: stdio is the only transport.
    #[arg(long)]
    pub stdio: bool,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// The module directory (default: terraform/modules/ecs when it exists, else the embedded ECS module).
    #[arg(value_name = "MODULE_DIR")]
    pub dir: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    pub format: DiagnosticFormat,
    /// Print nothing when there are no findings (human format).
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct DocsArgs {
    /// The module directory (default: terraform/modules/ecs when it exists, else the embedded ECS module).
    #[arg(value_name = "MODULE_DIR")]
    pub dir: Option<PathBuf>,
    /// Replace the tables between the README's markers.
    #[arg(long, value_name = "README", conflicts_with = "check")]
    pub write: Option<PathBuf>,
    /// Exit with 1 when the tables between the README's markers are not what docs prints.
    #[arg(long, value_name = "README")]
    pub check: Option<PathBuf>,
    /// The table of every diagnostic code instead (markers <!-- BEGIN_TFCHECK_CODES --> and <!-- END_TFCHECK_CODES -->).
    #[arg(long, conflicts_with = "dir")]
    pub codes: bool,
}

/// An environment name: what `sockerless context use NAME` can select.
fn environment_name(s: &str) -> Result<String, String> {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
    {
        Ok(s.to_string())
    } else {
        Err("use letters, digits and the characters . _ - (at least one)".into())
    }
}
