//! What an expression refers to in the module: its managed resources, and the
//! locals those resources are named with, followed through `local.*` values.

use std::collections::BTreeSet;
use tfcheck_core::syntax::{Block, Expr};
use tfcheck_core::Module;

/// Every `resource` block of the module, with the index of its file.
pub fn resources(m: &Module) -> Vec<(usize, &Block)> {
    m.files
        .iter()
        .enumerate()
        .flat_map(|(i, f)| f.body.blocks("resource").map(move |b| (i, b)))
        .collect()
}

/// The module's view of "its own": managed resources (`TYPE.NAME`), and the
/// locals that name them (`name = local.log_group_name`), so an ARN built from
/// such a name is the module's resource too.
pub struct Owned<'m> {
    m: &'m Module,
    resources: BTreeSet<(String, String)>,
    name_locals: BTreeSet<String>,
}

impl<'m> Owned<'m> {
    pub fn new(m: &'m Module) -> Owned<'m> {
        let mut own = BTreeSet::new();
        let mut name_locals = BTreeSet::new();
        for (_, b) in resources(m) {
            if let (Some(t), Some(n)) = (b.label(0), b.label(1)) {
                own.insert((t.to_string(), n.to_string()));
            }
            for a in &b.body.attributes {
                if a.name == "name" || a.name == "name_prefix" || a.name.ends_with("_name") {
                    for (root, attr, _) in a.value.references() {
                        if let ("local", Some(l)) = (root, attr) {
                            name_locals.insert(l.to_string());
                        }
                    }
                }
            }
        }
        Owned {
            m,
            resources: own,
            name_locals,
        }
    }

    /// Whether `e` refers to one of the module's resources, directly or through
    /// locals.
    pub fn refers_to_own(&self, e: &Expr) -> bool {
        let mut seen = BTreeSet::new();
        self.walk(e, &mut seen)
    }

    fn walk(&self, e: &Expr, seen: &mut BTreeSet<String>) -> bool {
        for (root, attr, _) in e.references() {
            let Some(attr) = attr else { continue };
            if self
                .resources
                .contains(&(root.to_string(), attr.to_string()))
            {
                return true;
            }
            if root == "local" {
                if self.name_locals.contains(attr) {
                    return true;
                }
                if seen.insert(attr.to_string()) {
                    if let Some(l) = self.m.locals.get(attr) {
                        if self.walk(&l.expr, seen) {
                            return true;
                        }
                    }
                }
            }
        }
        false
    }
}
