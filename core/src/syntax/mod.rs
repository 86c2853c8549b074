//! HCL native syntax: the syntax tree and its parser.
pub mod ast;
mod ident;
mod parser;

pub use ast::*;
pub use ident::is_identifier;
pub use parser::{parse_body, parse_body_naming, parse_expr, SyntaxError, DEFAULT_MAX_DEPTH};
