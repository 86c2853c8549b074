use tfcheck_core::{Format, Limits};
fn main() {
    let what = std::env::args().nth(1).unwrap_or_default();
    let checker = tfcheck_ecs::checker();
    let text = include_str!("../../../terraform/examples/default/terraform.tfvars");
    let n: u32 = std::env::var("N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);
    let t = std::time::Instant::now();
    for _ in 0..n {
        if what == "module" {
            std::hint::black_box(tfcheck_ecs::module());
        } else {
            std::hint::black_box(checker.check("x.tfvars", text, Format::Hcl, &Limits::default()));
        }
    }
    eprintln!("{what}: {:?}", t.elapsed() / n);
}
