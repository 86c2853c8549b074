//! Embeds the ECS module's `.tf` files, so the product reads the module's own
//! sources instead of keeping a second copy of its inputs.
//!
//! A WebAssembly build (the npm package, the web page) embeds only the files that
//! declare inputs or input rules (`variable` blocks, `terraform_data`
//! preconditions): its faces check and describe inputs and never lint resources,
//! and every kilobyte of the `.wasm` counts. Its copies have their full-line
//! `#` comments blanked (see [`blank_comments`]).
use std::{env, fs, path::Path};

fn declares_inputs_or_rules(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("variable \"") || l.starts_with("resource \"terraform_data\"")
    })
}

/// The text with each full-line `#` comment replaced by as many spaces as it has
/// bytes (0.8 KB less gzipped): byte offsets, lines and so every reported
/// location stay the CLI's, and the reader ignores comments but for the banners
/// that name the web form's areas (module/groups.rs), which are kept, as are the
/// lines of heredocs (string content, though the module has none today).
fn blank_comments(text: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let is_rule = |l: &str| {
        let l = l.trim_end();
        l.len() >= 8 && l.bytes().all(|b| b == b'#')
    };
    let mut heredoc: Option<String> = None;
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if let Some(end) = &heredoc {
            if trimmed == end {
                heredoc = None;
            }
            out.push_str(line);
            continue;
        }
        if let Some(at) = line.find("<<") {
            let id: String = line[at + 2..]
                .trim_start_matches('-')
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !id.is_empty() {
                heredoc = Some(id);
            }
        }
        let banner_title =
            i > 0 && lines.get(i + 1).is_some_and(|n| is_rule(n)) && is_rule(lines[i - 1]);
        if trimmed.starts_with('#') && !is_rule(line) && !banner_title {
            let body = line.trim_end_matches(['\n', '\r']);
            out.push_str(&" ".repeat(body.len()));
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

fn main() {
    // Read at run time, not compiled in with env!: cargo may reuse this script's
    // binary for a checkout at another path (same target dir, same relative
    // layout), and a baked-in path would embed that other checkout's module, or
    // an empty one once it is gone.
    let manifest_dir = env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest_dir).join("../../terraform/modules/ecs");
    println!("cargo:rerun-if-changed={}", dir.display());
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "tf"));
    files.sort();
    let out_dir = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    let mut out = String::from("&[\n");
    for p in &files {
        println!("cargo:rerun-if-changed={}", p.display());
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let mut path = p.clone();
        if wasm {
            let text = fs::read_to_string(p).unwrap_or_default();
            if !declares_inputs_or_rules(&text) {
                continue;
            }
            path = out_dir.join(name);
            fs::write(&path, blank_comments(&text)).expect("OUT_DIR is writable");
        }
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("]\n");
    fs::write(out_dir.join("embedded_module.rs"), out).expect("OUT_DIR is writable");
}
