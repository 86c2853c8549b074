//! `schema`: the JSON Schema (2020-12) of the module's inputs, as the core builds it.

use crate::args::SchemaArgs;
use crate::render::human::Colors;
use crate::{module_dir, output, Fatal, Outcome};

pub fn run(a: SchemaArgs, colors: Colors) -> Result<Outcome, Fatal> {
    let loaded = module_dir::load(
        a.module.module.as_deref(),
        colors.err,
        module_dir::DEFAULT_MAX_BYTES,
    )?;
    let schema = tfcheck_core::emit::schema::schema(loaded.module());
    let mut text = serde_json::to_string_pretty(&schema)
        .map_err(|e| Fatal::new(format!("cannot write the schema: {e}")))?;
    text.push('\n');
    output::emit(a.output.as_deref(), &text)?;
    Ok(Outcome::Clean)
}
