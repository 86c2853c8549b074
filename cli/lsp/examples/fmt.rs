//! The language server's formatting of `.tfvars` files, on files: for
//! tests/lsp/fmt.sh, which compares it with the real `terraform fmt`.
//! For each FILE prints its formatted text to FILE.out, or nothing when the
//! server offers no formatting for it; prints "FILE: formatted|unchanged|none".

fn main() {
    let limits = tfcheck_lsp::Limits::default();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
        let verdict = match tfcheck_lsp::format_tfvars(&text, &limits) {
            Some(Some(out)) => {
                std::fs::write(format!("{path}.out"), out).expect("writable");
                "formatted"
            }
            Some(None) => {
                std::fs::write(format!("{path}.out"), &text).expect("writable");
                "unchanged"
            }
            None => "none",
        };
        println!("{path}: {verdict}");
    }
}
