//! Bodies: attributes (`name = value`) and blocks (`type "label" { ... }`).

use super::{Parser, SyntaxError};
use crate::small::LookupMap;
use crate::syntax::ast::{Attribute, Block, Body, Span};

/// The attributes of a body seen so far, to find a repeated one. Most bodies
/// have a handful, which a scan finds fastest; past that, an index by name keeps
/// a file of many attributes from being quadratic.
#[derive(Default)]
struct SeenNames {
    index: LookupMap<String, usize>,
}

/// How many attributes a body may have before they are indexed by name.
const SCAN_LIMIT: usize = 16;

impl SeenNames {
    /// The position of the attribute named `name` in `attrs`, if any.
    fn find(&self, attrs: &[Attribute], name: &str) -> Option<usize> {
        if attrs.len() <= SCAN_LIMIT {
            attrs.iter().position(|a| a.name == name)
        } else {
            self.index.get(name).copied()
        }
    }

    /// Records `name`, about to be pushed onto `attrs`.
    fn add(&mut self, attrs: &[Attribute], name: &str) {
        if attrs.len() == SCAN_LIMIT {
            // From here on the index is used: fill it with the attributes so far.
            for (i, a) in attrs.iter().enumerate() {
                self.index.insert(a.name.clone(), i);
            }
        }
        if attrs.len() >= SCAN_LIMIT {
            self.index.insert(name.to_string(), attrs.len());
        }
    }
}

impl Parser<'_> {
    pub(super) fn file_body(&mut self) -> Result<Body, SyntaxError> {
        // A byte order mark is not part of the configuration.
        self.eat("\u{feff}");
        self.body(None)
    }

    /// Parses attributes and blocks until the end of the text, or until the `}`
    /// closing the block that opened at `open`.
    fn body(&mut self, open: Option<Span>) -> Result<Body, SyntaxError> {
        let mut body = Body::default();
        let mut names = SeenNames::default();
        loop {
            self.skip_all();
            if self.at_end() {
                if let Some(open) = open {
                    return Err(self.error(
                        "Unclosed configuration block",
                        "There is no closing brace for this block before the end of the file. \
                         This may be caused by incorrect brace nesting elsewhere in this file.",
                        open,
                    ));
                }
                return Ok(body);
            }
            if open.is_some() && self.peek() == Some(b'}') {
                return Ok(body);
            }
            self.item(&mut body, &mut names, open.is_none())?;
        }
    }

    /// `top`: an item of the file's own body, whose arguments are a tfvars
    /// file's variables.
    fn item(
        &mut self,
        body: &mut Body,
        names: &mut SeenNames,
        top: bool,
    ) -> Result<(), SyntaxError> {
        let Some((name, name_span)) = self.ident() else {
            return Err(self.error_here(
                "Argument or block definition required",
                "An argument or block definition is required here.",
            ));
        };
        self.with_newlines(false, |p| p.skip_trivia());
        if self.peek() == Some(b'=') && self.peek_at(1) != Some(b'=') {
            self.pos += 1;
            self.with_newlines(false, |p| p.skip_trivia());
            if top {
                self.argument = Some(name.clone());
            }
            let value = self.with_newlines(false, |p| p.expr())?;
            if let Some(prev) = names
                .find(&body.attributes, &name)
                .map(|i| &body.attributes[i])
            {
                let at = self.describe(prev.name_span);
                return Err(self.error(
                    "Attribute redefined",
                    format!(
                        "The argument {name:?} was already set at {at}. Each argument may be set only once."
                    ),
                    name_span,
                ));
            }
            if top {
                self.argument = None;
            }
            let span = name_span.to(value.span);
            names.add(&body.attributes, &name);
            body.attributes.push(Attribute {
                name,
                name_span,
                value: std::sync::Arc::new(value),
                span,
            });
            return self.end_of_item(
                "Missing newline after argument",
                "An argument definition must end with a newline.",
            );
        }
        let block = self.block(name, name_span)?;
        body.blocks.push(block);
        self.end_of_item(
            "Missing newline after block definition",
            "A block definition must end with a newline.",
        )
    }

    fn end_of_item(&mut self, summary: &str, detail: &str) -> Result<(), SyntaxError> {
        if self.eat_newline() {
            return Ok(());
        }
        // A block's closing brace may follow directly: `variable "x" { default = 1 }`.
        if self.peek() == Some(b'}') {
            return Ok(());
        }
        Err(self.error_here(summary, detail))
    }

    fn block(&mut self, kind: String, kind_span: Span) -> Result<Block, SyntaxError> {
        let mut labels = Vec::new();
        loop {
            self.with_newlines(false, |p| p.skip_trivia());
            match self.peek() {
                Some(b'{') => break,
                Some(b'"') => {
                    let start = self.pos;
                    let label = self.quoted_label()?;
                    labels.push((label, Span::new(start, self.pos)));
                }
                _ => match self.ident() {
                    Some(l) => labels.push(l),
                    None => {
                        return Err(self.error_here(
                            "Invalid argument definition",
                            "An equals sign (\"=\") must follow an argument name.",
                        ))
                    }
                },
            }
        }
        let decl_span = Span::new(
            kind_span.start,
            labels.last().map_or(kind_span.end, |(_, s)| s.end),
        );
        let open = Span::new(self.pos, self.pos + 1);
        self.pos += 1;
        self.enter()?;
        let body = self.body(Some(open))?;
        self.leave();
        self.pos += 1; // the closing brace, which body() stopped at
        Ok(Block {
            kind,
            labels,
            body,
            span: Span::new(kind_span.start, self.pos),
            decl_span,
        })
    }

    /// A block label in quotes: a plain string, no interpolation.
    fn quoted_label(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        let parts = self.quoted_template()?;
        match super::template::single_literal(&parts) {
            Some(s) => Ok(s),
            None => Err(self.error(
                "Invalid block label",
                "Template sequences are not allowed in block labels.",
                Span::new(start, self.pos),
            )),
        }
    }
}
