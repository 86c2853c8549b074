//! In-process speed of the core: reading the embedded ECS module, and checking
//! the default example against it (the module read once and reused, as the CLI
//! and the npm package do). `cargo bench -p tfcheck-ecs`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use tfcheck_core::{Format, Limits};

const DEFAULT_EXAMPLE: &str = include_str!("../../../terraform/examples/default/terraform.tfvars");
const HA_EXAMPLE: &str =
    include_str!("../../../terraform/examples/high-availability/terraform.tfvars");

fn bench(c: &mut Criterion) {
    c.bench_function("read the embedded module", |b| {
        b.iter(|| black_box(tfcheck_ecs::module()))
    });
    let checker = tfcheck_ecs::checker();
    let limits = Limits::default();
    c.bench_function("check the default example", |b| {
        b.iter(|| {
            black_box(checker.check(
                "terraform.tfvars",
                black_box(DEFAULT_EXAMPLE),
                Format::Hcl,
                &limits,
            ))
        })
    });
    c.bench_function("check the high-availability example", |b| {
        b.iter(|| {
            black_box(checker.check(
                "terraform.tfvars",
                black_box(HA_EXAMPLE),
                Format::Hcl,
                &limits,
            ))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
