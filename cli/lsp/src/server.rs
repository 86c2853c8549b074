//! The server: the protocol's life cycle (initialize, shutdown, exit), the
//! document notifications, and the requests, each answered from the engine.
//! A request that fails inside is answered with an internal error and the
//! server goes on; one file's trouble never stops the others.

use crate::actions;
use crate::completion;
use crate::diagnostics;
use crate::documents::{self, Documents};
use crate::engine::Limits;
use crate::lines::LineIndex;
use crate::modules::Resolver;
use crate::navigate;
use crate::transport::{self, Incoming};
use lsp_server::{Message, Notification, Request, RequestId, Response};
use lsp_types as lsp;
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use serde_json::{json, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Uninitialized,
    Running,
    ShutDown,
    /// `exit` arrived: the process ends with this code (0 after `shutdown`, else 1).
    Exited(i32),
}

pub struct Server {
    pub phase: Phase,
    limits: Limits,
    docs: Documents,
    resolver: Resolver,
    snippets: bool,
    watch_dynamic: bool,
    next_id: i32,
}

/// The error codes the server answers with.
const SERVER_NOT_INITIALIZED: i32 = -32002;
const INVALID_REQUEST: i32 = -32600;
const METHOD_NOT_FOUND: i32 = -32601;
const INVALID_PARAMS: i32 = -32602;
const INTERNAL_ERROR: i32 = -32603;

fn error(id: RequestId, code: i32, message: impl Into<String>) -> Value {
    transport::to_json(&Message::Response(Response::new_err(
        id,
        code,
        message.into(),
    )))
}

fn notification(method: &str, params: impl serde::Serialize) -> Value {
    transport::to_json(&Message::Notification(Notification::new(
        method.into(),
        params,
    )))
}

impl Server {
    pub fn new(limits: Limits) -> Server {
        Server {
            phase: Phase::Uninitialized,
            resolver: Resolver::new(limits.clone()),
            limits,
            docs: Documents::default(),
            snippets: false,
            watch_dynamic: false,
            next_id: 0,
        }
    }

    /// The largest message body read: a document at the size limit, escaped.
    pub fn max_body(&self) -> usize {
        self.limits
            .max_bytes
            .saturating_mul(6)
            .saturating_add(1 << 20)
    }

    /// Handles one message; returns what to send.
    pub fn handle(&mut self, msg: Incoming) -> Vec<Value> {
        let msg = match msg {
            Incoming::Invalid(e) => return vec![e],
            Incoming::Message(m) => m,
        };
        match msg {
            Message::Request(r) => {
                let id = r.id.clone();
                let method = r.method.clone();
                match catch_unwind(AssertUnwindSafe(|| self.request(r))) {
                    Ok(out) => out,
                    Err(_) => vec![error(
                        id,
                        INTERNAL_ERROR,
                        format!("internal error in {method}; please report this with the file"),
                    )],
                }
            }
            Message::Notification(n) => {
                let method = n.method.clone();
                match catch_unwind(AssertUnwindSafe(|| self.notification(n))) {
                    Ok(out) => out,
                    Err(_) => vec![notification(
                        lsp::notification::LogMessage::METHOD,
                        lsp::LogMessageParams {
                            typ: lsp::MessageType::ERROR,
                            message: format!(
                                "internal error in {method}; please report this with the file"
                            ),
                        },
                    )],
                }
            }
            // Answers to the server's own requests (registering the watcher).
            Message::Response(_) => Vec::new(),
        }
    }

    fn request(&mut self, r: Request) -> Vec<Value> {
        match (self.phase, r.method.as_str()) {
            (Phase::Uninitialized, lsp::request::Initialize::METHOD) => {
                let params: lsp::InitializeParams = match serde_json::from_value(r.params) {
                    Ok(p) => p,
                    Err(e) => return vec![error(r.id, INVALID_PARAMS, e.to_string())],
                };
                self.client_capabilities(&params.capabilities);
                self.phase = Phase::Running;
                let result = lsp::InitializeResult {
                    capabilities: capabilities(),
                    server_info: Some(lsp::ServerInfo {
                        name: "sockerless-tfcheck".into(),
                        version: Some(env!("CARGO_PKG_VERSION").into()),
                    }),
                };
                vec![transport::to_json(&Message::Response(Response::new_ok(
                    r.id, result,
                )))]
            }
            (Phase::Uninitialized, _) => {
                vec![error(
                    r.id,
                    SERVER_NOT_INITIALIZED,
                    "the server is not initialized",
                )]
            }
            (Phase::Running, lsp::request::Initialize::METHOD) => {
                vec![error(
                    r.id,
                    INVALID_REQUEST,
                    "the server is already initialized",
                )]
            }
            (Phase::Running, lsp::request::Shutdown::METHOD) => {
                self.phase = Phase::ShutDown;
                vec![transport::to_json(&Message::Response(Response::new_ok(
                    r.id,
                    (),
                )))]
            }
            (Phase::Running, _) => {
                let id = r.id.clone();
                match self.feature(&r.method, r.params) {
                    Ok(Some(v)) => vec![transport::to_json(&Message::Response(Response::new_ok(
                        id, v,
                    )))],
                    Ok(None) => vec![error(
                        id,
                        METHOD_NOT_FOUND,
                        format!("unknown method {}", r.method),
                    )],
                    Err(e) => vec![error(id, INVALID_PARAMS, e)],
                }
            }
            (_, _) => vec![error(r.id, INVALID_REQUEST, "the server is shut down")],
        }
    }

    fn client_capabilities(&mut self, c: &lsp::ClientCapabilities) {
        self.snippets = c
            .text_document
            .as_ref()
            .and_then(|t| t.completion.as_ref())
            .and_then(|c| c.completion_item.as_ref())
            .and_then(|i| i.snippet_support)
            .unwrap_or(false);
        self.watch_dynamic = c
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
    }

    /// A request of a running server: `Ok(None)` for an unknown method.
    fn feature(&mut self, method: &str, params: Value) -> Result<Option<Value>, String> {
        use lsp::request::*;
        fn p<T: serde::de::DeserializeOwned>(v: Value) -> Result<T, String> {
            serde_json::from_value(v).map_err(|e| format!("invalid params: {e}"))
        }
        let v = match method {
            HoverRequest::METHOD => {
                let a: lsp::HoverParams = p(params)?;
                json!(
                    self.at(&a.text_document_position_params, |s, m, text, f, off| {
                        navigate::hover(m, text, f, &s.limits, off)
                    })
                )
            }
            GotoDefinition::METHOD => {
                let a: lsp::GotoDefinitionParams = p(params)?;
                json!(
                    self.at(&a.text_document_position_params, |s, m, text, f, off| {
                        navigate::definition(m, text, f, &s.limits, off)
                            .map(lsp::GotoDefinitionResponse::Scalar)
                    })
                )
            }
            Completion::METHOD => {
                let a: lsp::CompletionParams = p(params)?;
                let snippets = self.snippets;
                json!(self.at(&a.text_document_position, |s, m, text, f, off| {
                    Some(lsp::CompletionResponse::Array(completion::complete(
                        &completion::Request {
                            module: m,
                            text,
                            format: f,
                            limits: &s.limits,
                            offset: off,
                            snippets,
                        },
                    )))
                }))
            }
            DocumentSymbolRequest::METHOD => {
                let a: lsp::DocumentSymbolParams = p(params)?;
                let pos =
                    lsp::TextDocumentPositionParams::new(a.text_document, lsp::Position::default());
                json!(self.at(&pos, |s, m, text, f, _| {
                    Some(lsp::DocumentSymbolResponse::Nested(navigate::symbols(
                        m, text, f, &s.limits,
                    )))
                }))
            }
            CodeActionRequest::METHOD => {
                let a: lsp::CodeActionParams = p(params)?;
                let uri = a.text_document.uri.clone();
                let pos = lsp::TextDocumentPositionParams::new(a.text_document, a.range.start);
                json!(self.at(&pos, |s, m, text, f, start| {
                    let end = LineIndex::new(text).offset(a.range.end).max(start);
                    Some(actions::actions(&actions::Request {
                        module: m,
                        uri: &uri,
                        text,
                        format: f,
                        limits: &s.limits,
                        range: (start, end),
                    }))
                }))
            }
            Formatting::METHOD => {
                let a: lsp::DocumentFormattingParams = p(params)?;
                let pos =
                    lsp::TextDocumentPositionParams::new(a.text_document, lsp::Position::default());
                json!(self.at(&pos, |s, _, text, f, _| {
                    if f != crate::engine::Format::Hcl {
                        return None;
                    }
                    let edit = crate::format::document(text, &s.limits)?;
                    let ix = LineIndex::new(text);
                    Some(
                        edit.map(|new| lsp::TextEdit::new(ix.range(0, text.len()), new))
                            .into_iter()
                            .collect::<Vec<_>>(),
                    )
                }))
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// Runs `f` on an open tfvars document at a position; `None` (a null
    /// result) for a document that is not open or not a tfvars file.
    fn at<T>(
        &mut self,
        pos: &lsp::TextDocumentPositionParams,
        f: impl FnOnce(
            &Server,
            &crate::engine::LoadedModule,
            &str,
            crate::engine::Format,
            usize,
        ) -> Option<T>,
    ) -> Option<T> {
        let uri = &pos.text_document.uri;
        self.docs.get(uri)?;
        let resolved = self.resolver.resolve(uri);
        let doc = self.docs.get(uri)?;
        let offset = LineIndex::new(&doc.text).offset(pos.position);
        f(
            self,
            &resolved.module,
            &doc.text,
            diagnostics::format_of(uri),
            offset,
        )
    }

    fn notification(&mut self, n: Notification) -> Vec<Value> {
        use lsp::notification::*;
        if n.method == Exit::METHOD {
            self.phase = Phase::Exited(if self.phase == Phase::ShutDown { 0 } else { 1 });
            return Vec::new();
        }
        if self.phase != Phase::Running {
            return Vec::new();
        }
        match n.method.as_str() {
            Initialized::METHOD => self.register_watcher(),
            DidOpenTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<lsp::DidOpenTextDocumentParams>(n.params)
                else {
                    return Vec::new();
                };
                let d = p.text_document;
                if !documents::is_tfvars(&d.uri) {
                    return Vec::new();
                }
                self.docs.open(d.uri.clone(), d.text, d.version);
                vec![self.publish(&d.uri)]
            }
            DidChangeTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<lsp::DidChangeTextDocumentParams>(n.params)
                else {
                    return Vec::new();
                };
                let uri = p.text_document.uri;
                if self.docs.get(&uri).is_none() {
                    return Vec::new();
                }
                self.docs
                    .change(&uri, p.text_document.version, p.content_changes);
                vec![self.publish(&uri)]
            }
            DidCloseTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<lsp::DidCloseTextDocumentParams>(n.params)
                else {
                    return Vec::new();
                };
                let uri = p.text_document.uri;
                if self.docs.get(&uri).is_none() {
                    return Vec::new();
                }
                self.docs.close(&uri);
                vec![notification(
                    PublishDiagnostics::METHOD,
                    lsp::PublishDiagnosticsParams::new(uri, Vec::new(), None),
                )]
            }
            DidChangeWatchedFiles::METHOD => {
                self.resolver.reload();
                self.docs.uris().iter().map(|u| self.publish(u)).collect()
            }
            _ => Vec::new(),
        }
    }

    fn publish(&mut self, uri: &lsp::Url) -> Value {
        let resolved = self.resolver.resolve(uri);
        let (diags, version) = match self.docs.get(uri) {
            Some(doc) => {
                let name = uri.to_file_path().map_or_else(
                    |_| uri.path().to_string(),
                    |p| p.to_string_lossy().into_owned(),
                );
                let d = catch_unwind(AssertUnwindSafe(|| {
                    diagnostics::for_document(&name, &doc.text, &resolved, &self.limits)
                }))
                .unwrap_or_else(|_| {
                    vec![lsp::Diagnostic {
                        range: lsp::Range::default(),
                        severity: Some(lsp::DiagnosticSeverity::ERROR),
                        source: Some(diagnostics::SOURCE.into()),
                        message: "internal error: the check of this file stopped; please report this with the file".into(),
                        ..Default::default()
                    }]
                });
                (d, Some(doc.version))
            }
            None => (Vec::new(), None),
        };
        notification(
            lsp::notification::PublishDiagnostics::METHOD,
            lsp::PublishDiagnosticsParams::new(uri.clone(), diags, version),
        )
    }

    /// Asks to be told when a module's files or a project file change.
    fn register_watcher(&mut self) -> Vec<Value> {
        if !self.watch_dynamic {
            return Vec::new();
        }
        let watchers = ["**/*.tf", "**/.tfcheck.toml"]
            .iter()
            .map(|g| lsp::FileSystemWatcher {
                glob_pattern: lsp::GlobPattern::String((*g).into()),
                kind: None,
            })
            .collect();
        let reg = lsp::Registration {
            id: "tfcheck-watch".into(),
            method: lsp::notification::DidChangeWatchedFiles::METHOD.into(),
            register_options: serde_json::to_value(lsp::DidChangeWatchedFilesRegistrationOptions {
                watchers,
            })
            .ok(),
        };
        self.next_id += 1;
        let req = Request::new(
            RequestId::from(format!("tfcheck-{}", self.next_id)),
            lsp::request::RegisterCapability::METHOD.into(),
            lsp::RegistrationParams {
                registrations: vec![reg],
            },
        );
        vec![transport::to_json(&Message::Request(req))]
    }
}

fn capabilities() -> lsp::ServerCapabilities {
    lsp::ServerCapabilities {
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Options(
            lsp::TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(lsp::TextDocumentSyncKind::INCREMENTAL),
                ..Default::default()
            },
        )),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        completion_provider: Some(lsp::CompletionOptions {
            trigger_characters: Some(vec!["\"".into(), "=".into()]),
            ..Default::default()
        }),
        definition_provider: Some(lsp::OneOf::Left(true)),
        document_symbol_provider: Some(lsp::OneOf::Left(true)),
        document_formatting_provider: Some(lsp::OneOf::Left(true)),
        code_action_provider: Some(lsp::CodeActionProviderCapability::Options(
            lsp::CodeActionOptions {
                code_action_kinds: Some(vec![
                    lsp::CodeActionKind::QUICKFIX,
                    lsp::CodeActionKind::REFACTOR_REWRITE,
                ]),
                ..Default::default()
            },
        )),
        ..Default::default()
    }
}
