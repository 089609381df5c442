//! Allocation + free of small blocks through glasspy's simulated pymalloc
//! (`Obmalloc`) versus Rust's system allocator.
//!
//! Three patterns, each over the same request sizes (16..=512 bytes, the
//! sizes objects ask for):
//! * `pairs`: malloc immediately followed by free (free-list hit every time);
//! * `batch`: 1,000 mallocs, then the 1,000 frees in reverse order
//!   (list deallocation);
//! * `churn`: a working set of 4,096 live blocks, each step frees one pseudo
//!   randomly chosen block and allocates a new one of another size.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use glasspy::heap::obmalloc::Obmalloc;

const SIZES: [usize; 8] = [16, 24, 32, 48, 56, 64, 120, 232];

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn layout(n: usize) -> Layout {
    Layout::from_size_align(n, 16).unwrap()
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("alloc");
    g.throughput(Throughput::Elements(1000));

    g.bench_function(BenchmarkId::new("pairs", "obmalloc"), |b| {
        let mut m = Obmalloc::new();
        b.iter(|| {
            for i in 0..1000 {
                let a = m.malloc(black_box(SIZES[i & 7]));
                m.free(black_box(a));
            }
        })
    });
    g.bench_function(BenchmarkId::new("pairs", "system"), |b| {
        b.iter(|| {
            for i in 0..1000 {
                let l = layout(black_box(SIZES[i & 7]));
                unsafe {
                    let p = System.alloc(l);
                    System.dealloc(black_box(p), l);
                }
            }
        })
    });

    g.bench_function(BenchmarkId::new("batch", "obmalloc"), |b| {
        let mut m = Obmalloc::new();
        let mut v = Vec::with_capacity(1000);
        b.iter(|| {
            for i in 0..1000 {
                v.push(m.malloc(black_box(SIZES[i & 7])));
            }
            while let Some(a) = v.pop() {
                m.free(a);
            }
        })
    });
    g.bench_function(BenchmarkId::new("batch", "system"), |b| {
        let mut v = Vec::with_capacity(1000);
        b.iter(|| {
            for i in 0..1000 {
                let l = layout(black_box(SIZES[i & 7]));
                v.push((unsafe { System.alloc(l) }, l));
            }
            while let Some((p, l)) = v.pop() {
                unsafe { System.dealloc(p, l) };
            }
        })
    });

    g.bench_function(BenchmarkId::new("churn", "obmalloc"), |b| {
        let mut m = Obmalloc::new();
        let mut rng = Lcg(1);
        let mut live: Vec<u64> = (0..4096).map(|i| m.malloc(SIZES[i & 7])).collect();
        b.iter(|| {
            for _ in 0..1000 {
                let r = rng.next() as usize;
                let k = r % live.len();
                m.free(live[k]);
                live[k] = m.malloc(SIZES[(r >> 12) & 7]);
            }
        })
    });
    g.bench_function(BenchmarkId::new("churn", "system"), |b| {
        let mut rng = Lcg(1);
        let mut live: Vec<(*mut u8, Layout)> = (0..4096)
            .map(|i| {
                let l = layout(SIZES[i & 7]);
                (unsafe { System.alloc(l) }, l)
            })
            .collect();
        b.iter(|| {
            for _ in 0..1000 {
                let r = rng.next() as usize;
                let k = r % live.len();
                let (p, l) = live[k];
                unsafe { System.dealloc(p, l) };
                let nl = layout(SIZES[(r >> 12) & 7]);
                live[k] = (unsafe { System.alloc(nl) }, nl);
            }
        });
        for (p, l) in live {
            unsafe { System.dealloc(p, l) };
        }
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
