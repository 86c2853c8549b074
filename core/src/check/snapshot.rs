//! A checker's module and its rules' verdicts at the defaults, worked out once
//! and stored as bytes, to be read back without parsing or judging: the CLI
//! reads its embedded module at build time this way, so a check starts from
//! the finished [`Module`] instead of parsing 60 KB of HCL and judging every
//! rule at the defaults on each run. A product's extra rules are code, not
//! data: the reader adds them again ([`Checker::with_rules`]).
//!
//! The bytes are borsh, behind a header naming this crate's version: they are
//! meant to be read by the same build of the core that wrote them, and anything
//! else is refused rather than misread.

use super::{Checker, DefaultVerdicts};
use crate::eval::functions::regex::syntax::{translate, translate_ahead, Translated};
use crate::module::Module;
use crate::syntax::{Expr, ExprKind};
use crate::value::Value;
use borsh::{BorshDeserialize, BorshSerialize};

const MAGIC: &[u8] = b"tfcheck-module-snapshot ";
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What a snapshot holds: the module without its files' texts (the reader has
/// them: they are the sources it was read from) and syntax trees (only `lint`
/// walks those, and it parses), and its rules' verdicts at the defaults.
#[derive(BorshSerialize, BorshDeserialize)]
struct Stored {
    module: Module,
    /// Each file's length, to tell the sources it was read from from others.
    lengths: Vec<usize>,
    verdicts: DefaultVerdicts,
    /// The rules' literal regex patterns, translated for regex-lite.
    regexes: Vec<(String, Translated)>,
}

/// Bytes that are not a snapshot written by this version of the core.
#[derive(Debug)]
pub struct SnapshotError(String);

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "not a module snapshot of tfcheck-core {VERSION}: {}",
            self.0
        )
    }
}

impl std::error::Error for SnapshotError {}

impl Checker<'_> {
    /// The module as bytes for [`Checker::from_snapshot`], with every rule
    /// already judged at the default values.
    ///
    /// ```
    /// use tfcheck_core::{Checker, Module};
    /// let sources = [("variables.tf", r#"variable "n" { default = 1 }"#)];
    /// let c = Checker::new(Module::from_sources(&sources));
    /// let back = Checker::from_snapshot(&c.to_snapshot(), &sources).unwrap();
    /// assert_eq!(back.module().variables[0].name, "n");
    /// ```
    pub fn to_snapshot(&self) -> Vec<u8> {
        let m = self.module();
        let stored = Stored {
            module: m.clone(),
            lengths: m.files.iter().map(|f| f.text.len()).collect(),
            verdicts: self.default_verdicts().clone(),
            regexes: regex_patterns(m)
                .into_iter()
                .filter_map(|p| Some((p.clone(), translate(&p).ok()?)))
                .collect(),
        };
        let mut out = header();
        // Writing to a Vec cannot fail.
        stored
            .serialize(&mut out)
            .expect("serializing to memory cannot fail");
        out
    }

    /// Reads bytes written by [`Checker::to_snapshot`] of the same core
    /// version, given the sources (name, text) the module was read from: a
    /// checker with Terraform's rules only. The files' syntax trees are empty
    /// (`ModuleFile::body`); everything else, diagnostics included, is as it
    /// was read.
    pub fn from_snapshot(
        bytes: &[u8],
        sources: &[(&str, &'static str)],
    ) -> Result<Checker<'static>, SnapshotError> {
        let head = header();
        let rest = bytes
            .strip_prefix(head.as_slice())
            .ok_or_else(|| SnapshotError("unknown header".into()))?;
        let stored = Stored::try_from_slice(rest).map_err(|e| SnapshotError(e.to_string()))?;
        let mut module = stored.module;
        if stored.lengths.len() != module.files.len() {
            return Err(SnapshotError("damaged file table".into()));
        }
        for (f, &len) in module.files.iter_mut().zip(&stored.lengths) {
            let text = sources
                .iter()
                .find(|(n, _)| *n == f.name)
                .map(|(_, t)| *t)
                .filter(|t| t.len() == len)
                .ok_or_else(|| {
                    SnapshotError(format!(
                        "{} is not among the sources it was read from",
                        f.name
                    ))
                })?;
            f.text = std::borrow::Cow::Borrowed(text);
        }
        translate_ahead(stored.regexes);
        let checker = Checker::new(module);
        // A fresh OnceLock is empty, so this set cannot fail.
        let _ = checker.default_verdicts.set(stored.verdicts);
        Ok(checker)
    }
}

/// The literal first argument of every `regex` and `regexall` call in the
/// module's rules and locals.
fn regex_patterns(m: &Module) -> Vec<String> {
    let rules = m.variables.iter().flat_map(|v| &v.validations);
    let rules = rules.chain(m.checks.iter().flat_map(|c| &c.preconditions));
    let exprs = rules.flat_map(|r| [&*r.condition, &*r.error_message]);
    let exprs = exprs.chain(m.locals.values().map(|l| &*l.expr));
    let mut out: Vec<String> = Vec::new();
    for e in exprs {
        e.walk(&mut |e: &Expr| {
            if let ExprKind::Call { name, args, .. } = &e.kind {
                let bare = name.strip_prefix("core::").unwrap_or(name);
                if let (true, Some(ExprKind::Literal(Value::String(p)))) = (
                    bare == "regex" || bare == "regexall",
                    args.first().map(|a| &a.kind),
                ) {
                    if !out.contains(p) {
                        out.push(p.clone());
                    }
                }
            }
        });
    }
    out
}

fn header() -> Vec<u8> {
    let mut h = MAGIC.to_vec();
    h.extend_from_slice(VERSION.as_bytes());
    h.push(b'\n');
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ECS module's sources, read from the repository (the engine embeds
    /// none): a large real module to store and read back.
    fn ecs_sources() -> &'static [(&'static str, &'static str)] {
        static SOURCES: std::sync::OnceLock<Vec<(&str, &str)>> = std::sync::OnceLock::new();
        SOURCES.get_or_init(|| {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../terraform/modules/ecs");
            let mut names: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "tf"))
                .collect();
            names.sort();
            names
                .iter()
                .map(|p| {
                    let name = p.file_name().unwrap().to_string_lossy().into_owned();
                    let text = std::fs::read_to_string(p).unwrap();
                    (&*name.leak(), &*text.leak())
                })
                .collect()
        })
    }

    fn ecs() -> Checker<'static> {
        Checker::new(Module::from_sources(ecs_sources()))
    }

    /// Everything but the syntax trees, as Debug text: a snapshot must give back
    /// exactly the module that was read.
    fn without_bodies(m: &Module) -> String {
        let mut m = m.clone();
        for f in &mut m.files {
            f.body = Default::default();
        }
        format!("{m:?}")
    }

    #[test]
    fn the_ecs_module_comes_back_unchanged() {
        let c = ecs();
        let back = Checker::from_snapshot(&c.to_snapshot(), ecs_sources()).unwrap();
        assert_eq!(without_bodies(back.module()), without_bodies(c.module()));
        let verdicts = |c: &Checker<'_>| format!("{:?}", c.default_verdicts());
        assert_eq!(verdicts(&back), verdicts(&ecs()));
    }

    #[test]
    fn a_module_with_errors_keeps_them() {
        let sources = [("a.tf", "variable \"x\" { type = nonsense }")];
        let c = Checker::new(Module::from_sources(&sources));
        assert!(!c.module().diagnostics.is_empty());
        let back = Checker::from_snapshot(&c.to_snapshot(), &sources).unwrap();
        assert_eq!(back.module().diagnostics, c.module().diagnostics);
    }

    #[test]
    fn other_bytes_are_refused() {
        let sources = ecs_sources();
        assert!(Checker::from_snapshot(b"", sources).is_err());
        assert!(Checker::from_snapshot(b"variable \"x\" {}", sources).is_err());
        let mut bytes = ecs().to_snapshot();
        bytes.truncate(bytes.len() / 2);
        let e = Checker::from_snapshot(&bytes, sources).unwrap_err();
        assert!(e.to_string().starts_with("not a module snapshot"), "{e}");
        let mut other = header();
        other[MAGIC.len()] ^= 1;
        assert!(Checker::from_snapshot(&other, sources).is_err());
    }

    #[test]
    fn the_rules_regex_patterns_travel_translated() {
        let patterns = regex_patterns(ecs().module());
        assert!(patterns.len() >= 10, "{patterns:?}");
        assert!(patterns.iter().any(|p| p.contains("\\p{L}")));
        for p in &patterns {
            let ahead = translate(p).unwrap();
            let now = crate::eval::functions::regex::syntax::translate_now(p).unwrap();
            assert_eq!((ahead.pattern, ahead.names), (now.pattern, now.names));
        }
    }

    #[test]
    fn other_sources_are_refused() {
        let bytes = ecs().to_snapshot();
        let e =
            Checker::from_snapshot(&bytes, &[("variables.tf", "variable \"x\" {}")]).unwrap_err();
        assert!(e.to_string().contains("is not among the sources"), "{e}");
    }
}
