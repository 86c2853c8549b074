//! The open documents: their text as the client has it, kept up to date from
//! full or incremental changes.

use crate::lines::LineIndex;
use lsp_types::{TextDocumentContentChangeEvent, Url};
use std::collections::HashMap;

pub struct Document {
    pub text: String,
    pub version: i32,
}

#[derive(Default)]
pub struct Documents {
    docs: HashMap<Url, Document>,
}

/// Whether the server checks a document: a `.tfvars` or `.tfvars.json` file.
pub fn is_tfvars(uri: &Url) -> bool {
    let p = uri.path();
    p.ends_with(".tfvars") || p.ends_with(".tfvars.json")
}

impl Documents {
    pub fn open(&mut self, uri: Url, text: String, version: i32) {
        self.docs.insert(uri, Document { text, version });
    }

    pub fn close(&mut self, uri: &Url) {
        self.docs.remove(uri);
    }

    pub fn get(&self, uri: &Url) -> Option<&Document> {
        self.docs.get(uri)
    }

    pub fn uris(&self) -> Vec<Url> {
        let mut v: Vec<Url> = self.docs.keys().cloned().collect();
        v.sort();
        v
    }

    /// Applies changes in order. A change to a document that is not open is
    /// ignored (the client will open it again).
    pub fn change(
        &mut self,
        uri: &Url,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
    ) {
        let Some(doc) = self.docs.get_mut(uri) else {
            return;
        };
        for c in changes {
            apply(&mut doc.text, c);
        }
        doc.version = version;
    }
}

/// One change: the whole text, or a range replaced.
pub fn apply(text: &mut String, c: TextDocumentContentChangeEvent) {
    match c.range {
        None => *text = c.text,
        Some(r) => {
            let ix = LineIndex::new(text);
            let start = ix.offset(r.start);
            let end = ix.offset(r.end).max(start);
            text.replace_range(start..end, &c.text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    fn edit(l0: u32, c0: u32, l1: u32, c1: u32, t: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l0, c0), Position::new(l1, c1))),
            range_length: None,
            text: t.into(),
        }
    }

    #[test]
    fn applies_incremental_edits_in_utf16() {
        let mut t = String::from("name = \"𝄞a\"\nx = 1\n");
        apply(&mut t, edit(0, 10, 0, 11, "b"));
        assert_eq!(t, "name = \"𝄞b\"\nx = 1\n");
        apply(&mut t, edit(1, 4, 1, 5, "22"));
        assert_eq!(t, "name = \"𝄞b\"\nx = 22\n");
        // A reversed range inserts at its start rather than failing.
        apply(&mut t, edit(1, 3, 1, 1, "y"));
        assert_eq!(t, "name = \"𝄞b\"\nx =y 22\n");
    }

    #[test]
    fn tells_tfvars_files() {
        assert!(is_tfvars(&Url::parse("file:///a/prod.tfvars").unwrap()));
        assert!(is_tfvars(
            &Url::parse("file:///a/prod.tfvars.json").unwrap()
        ));
        assert!(!is_tfvars(&Url::parse("file:///a/main.tf").unwrap()));
    }
}
