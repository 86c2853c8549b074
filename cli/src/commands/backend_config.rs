//! `backend-config [FILE]`: reads `terraform output -json` (a file, or standard
//! input) and writes the ECS backend's `ecs:` block as YAML or JSON. A missing or
//! malformed value is an error diagnostic (exit 1) and nothing is written.

use crate::args::{BackendConfigArgs, BackendFormat};
use crate::input;
use crate::render::human::{self, Colors};
use crate::render::{FileReport, Report};
use crate::{output, Fatal, Outcome};
use tfcheck_ecs::backend;

pub fn run(a: BackendConfigArgs, colors: Colors) -> Result<Outcome, Fatal> {
    let (path, text) = match input::read_text(&a.input, a.max_bytes)? {
        Ok(read) => read,
        Err(too_large) => {
            let report = Report {
                files: vec![FileReport {
                    path: too_large.name,
                    text: String::new(),
                    diagnostics: vec![too_large.diagnostic],
                }],
            };
            output::eprint(&human::render(&report, colors.err, None, true));
            return Ok(Outcome::Failed);
        }
    };
    match backend::from_outputs(&text, a.max_depth) {
        Ok(config) => {
            let out = match a.format {
                BackendFormat::Yaml => config.to_yaml(),
                BackendFormat::Json => config.to_json(),
            };
            output::emit(a.output.as_deref(), &out)?;
            Ok(Outcome::Clean)
        }
        Err(diagnostics) => {
            let report = Report {
                files: vec![FileReport {
                    path,
                    text,
                    diagnostics,
                }],
            };
            output::eprint(&human::render(&report, colors.err, None, true));
            Ok(Outcome::Failed)
        }
    }
}
