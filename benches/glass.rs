//! How fast the glass answers on a big heap: `:why` of one object among
//! 1,000,000, and `:diff` after an entry that allocates 100,000 objects.
//! The bound is 0.5 s for each.
//!
//!     cargo bench --bench glass

use std::time::Instant;

use glasspy::inspect;
use glasspy::repl::run_entry;
use glasspy::runtime::Interp;

fn main() {
    let mut it = Interp::new();
    inspect::diff::install(&mut it);
    let t = Instant::now();
    run_entry(&mut it, "big = [i * 3 for i in range(1000000)]\n");
    run_entry(&mut it, "x = big[500000]\n");
    println!("built a heap of {} objects in {:.2} s", it.heap.live, t.elapsed().as_secs_f64());

    let target = inspect::resolve::lookup(&it, "x").unwrap().unwrap();
    let t = Instant::now();
    let report = inspect::why::report(&it, target, 0, None, false, "x");
    let why = t.elapsed().as_secs_f64();
    assert!(report.contains("2 holders = refcount 2"), "{}", report);
    println!(":why x                      {:.3} s", why);

    let t = Instant::now();
    run_entry(&mut it, "more = [i * 7 for i in range(100000)]\n");
    let entry = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let shown = inspect::diff::glass(&mut it).and_then(|g| g.last.clone()).unwrap_or_default();
    let take = t.elapsed().as_secs_f64();
    assert!(shown.contains("+99,"), "{}", shown.lines().last().unwrap_or(""));
    println!("entry allocating 100,000    {:.3} s (its diff computed at the end of the entry, snapshot before it)", entry);
    println!(":diff (printing it)         {:.3} s", take);

    // The snapshot and the comparison alone, on the same heap.
    let t = Instant::now();
    inspect::diff::with_glass(&mut it, |g, it| g.begin(it));
    let snap = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let r = inspect::diff::with_glass(&mut it, |g, it| g.finish(it, "nothing"));
    let cmp = t.elapsed().as_secs_f64();
    assert!(r.starts_with("nothing: 0 born"));
    println!("snapshot of {} objects   {:.3} s; comparison {:.3} s", it.heap.live, snap, cmp);
}
