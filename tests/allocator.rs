//! The allocator behind every object: pymalloc's reuse rules as seen through
//! `Obmalloc` directly and through `id()` in Python programs, determinism,
//! and the `sys._debugmallocstats()` report.

use std::process::Command;

use glasspy::heap::obmalloc::{index2size, Obmalloc, ARENA_SIZE, POOL_OVERHEAD, POOL_SIZE};

/// Runs `glasspy -c src`; returns (stdout, stderr).
fn run(src: &str) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_glasspy"))
        .arg("-c")
        .arg(src)
        .env("PYTHONHASHSEED", "0")
        .output()
        .expect("run glasspy");
    assert!(out.status.success(), "glasspy failed: {}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn stdout(src: &str) -> String {
    run(src).0
}

// ----- the allocator itself ----------------------------------------------------

#[test]
fn lifo_reuse_within_a_size_class() {
    let mut m = Obmalloc::new();
    let a = m.malloc(40); // class 2 (48 bytes)
    let b = m.malloc(48);
    let c = m.malloc(33);
    assert_eq!((b - a, c - b), (48, 48), "fresh blocks are carved in ascending order");
    m.free(a);
    m.free(c);
    m.free(b);
    // last freed, first reused
    assert_eq!(m.malloc(48), b);
    assert_eq!(m.malloc(48), c);
    assert_eq!(m.malloc(48), a);
    // then carving goes on where it stopped
    assert_eq!(m.malloc(48), c + 48);
    m.check_invariants().unwrap();
}

#[test]
fn a_freed_block_is_not_reused_by_another_size_class() {
    let mut m = Obmalloc::new();
    let keep = m.malloc(32); // keeps the class-1 pool in use
    let x = m.malloc(32);
    m.free(x);
    let y = m.malloc(64);
    assert_ne!(y, x, "a 64-byte request must not take a 32-byte block");
    assert_ne!(m.locate(y).unwrap().1, m.locate(x).unwrap().1, "another class lives in another pool");
    assert_eq!(m.malloc(32), x, "the 32-byte class still has its block");
    let _ = keep;
    m.check_invariants().unwrap();
}

#[test]
fn first_block_of_a_pool_follows_the_header() {
    let mut m = Obmalloc::new();
    let a = m.malloc(16);
    assert_eq!(a % POOL_SIZE as u64, POOL_OVERHEAD as u64);
    let b = m.malloc(17); // class 1: its own pool, the next one in the arena
    assert_eq!(b - a, POOL_SIZE as u64);
    assert_eq!(index2size(1), 32);
}

#[test]
fn an_emptied_pool_goes_back_to_its_arena_and_serves_any_class() {
    let mut m = Obmalloc::new();
    let keep = m.malloc(16);
    let x = m.malloc(160);
    m.free(x); // its pool is now empty: back to the arena's free pools
    let y = m.malloc(208);
    assert_eq!(y, x, "the most recently emptied pool is reused first, by any class");
    let z = m.malloc(160);
    assert_eq!(z - x, POOL_SIZE as u64);
    let _ = keep;
    m.check_invariants().unwrap();
}

// ----- id() and reuse in programs ----------------------------------------------

#[test]
fn id_of_two_temporaries_is_equal() {
    let out = stdout(
        "class A:\n    pass\nprint(id([]) == id([]), id(A()) == id(A()), id({}) == id({}), id((1, [])) == id((1, [])))\n",
    );
    assert_eq!(out, "True True True True\n");
}

#[test]
fn list_deletion_frees_items_last_to_first() {
    // Items die last to first, so the first item's block is on top of the
    // free list and the next allocations of that size get the items' blocks
    // back in list order.
    let out = stdout(
        "class A:\n    pass\n\
         l = [A(), A(), A()]\n\
         ids = [id(x) for x in l]\n\
         del l\n\
         a = A()\nb = A()\nc = A()\n\
         print(id(a) == ids[0], id(b) == ids[1], id(c) == ids[2])\n\
         n = 10\n\
         l = ['x' * n, 'y' * n, 'z' * n]\n\
         ids = [id(x) for x in l]\n\
         l.clear()\n\
         p = 'p' * n\nq = 'q' * n\n\
         print(id(p) == ids[0], id(q) == ids[1])\n",
    );
    assert_eq!(out, "True True True\nTrue True\n");
}

#[test]
fn lifo_reuse_and_no_cross_class_reuse_in_programs() {
    let out = stdout(
        "n = 10\n\
         x = 'abc' * n\ny = 'def' * n\n\
         ix, iy = id(x), id(y)\n\
         del x\ndel y\n\
         t = (n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n)\n\
         z1 = 'ghi' * n\nz2 = 'jkl' * n\n\
         print(id(t) != iy and id(t) != ix, id(z1) == iy, id(z2) == ix)\n",
    );
    assert_eq!(out, "True True True\n");
}

#[test]
fn same_script_twice_gives_the_same_ids() {
    let src = "class A:\n    pass\n\
               xs = [A() for i in range(50)]\n\
               d = {str(i): [i] * i for i in range(40)}\n\
               del xs[::3]\n\
               print(id(A()), id([]), id(d), id(d['7']), id(3.5 * len(d)), id('s' * len(d)))\n\
               print(id(xs[5]), id(xs[-1]), id((len(d), len(xs))))\n";
    let a = stdout(src);
    let b = stdout(src);
    assert_eq!(a, b);
    // ids look like addresses: 16-aligned, in the arena range
    for tok in a.split_whitespace() {
        let v: u64 = tok.parse().unwrap();
        assert_eq!(v % 16, 0, "{v:#x}");
        assert!(v >= 0x5555_0000_0000, "{v:#x}");
    }
}

// ----- statistics ----------------------------------------------------------------

/// Value of a `printone` line.
fn value_of(line: &str) -> usize {
    line.rsplit('=').next().unwrap().trim().replace(',', "").parse().unwrap()
}

const STATS_PROGRAM: &str = "import sys\n\
class Node:\n    def __init__(self, v):\n        self.v = v\n\
nodes = [Node(i * 1.5) for i in range(300)]\n\
words = ['w' * (i % 40) for i in range(200)]\n\
del nodes[100:]\n\
sys._debugmallocstats()\n";

const STATS_EXPECTED: &str = include_str!("allocator_stats.txt");

#[test]
fn debugmallocstats_of_a_small_program_is_pinned() {
    let (_, err) = run(STATS_PROGRAM);
    if std::env::var_os("GLASSPY_BLESS").is_some() {
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/allocator_stats.txt"), &err).unwrap();
        return;
    }
    assert_eq!(err, STATS_EXPECTED, "rerun with GLASSPY_BLESS=1 if the heap's startup changed on purpose");
}

#[test]
fn debugmallocstats_figures_add_up() {
    let (_, err) = run(STATS_PROGRAM);
    let lines: Vec<&str> = err.lines().collect();
    // the size-class table
    let start = lines.iter().position(|l| l.starts_with("-----")).unwrap() + 1;
    let mut allocated = 0;
    let mut available = 0;
    let mut headers = 0;
    let mut quantization = 0;
    let mut blocks = 0;
    for l in lines[start..].iter().take_while(|l| !l.is_empty()) {
        let f: Vec<usize> = l.split_whitespace().map(|x| x.parse().unwrap()).collect();
        let (class, size, pools, used, avail) = (f[0], f[1], f[2], f[3], f[4]);
        assert_eq!(size, index2size(class));
        assert_eq!(used + avail, pools * ((POOL_SIZE - POOL_OVERHEAD) / size), "class {class}");
        allocated += used * size;
        available += avail * size;
        headers += pools * POOL_OVERHEAD;
        quantization += pools * ((POOL_SIZE - POOL_OVERHEAD) % size);
        blocks += used;
    }
    let find = |prefix: &str| value_of(lines.iter().find(|l| l.starts_with(prefix)).unwrap());
    assert_eq!(find("# bytes in allocated blocks"), allocated);
    assert_eq!(find("# bytes in available blocks"), available);
    assert_eq!(find("# bytes lost to pool headers"), headers);
    assert_eq!(find("# bytes lost to quantization"), quantization);
    let narenas = find("# arenas allocated current");
    let arena_line = lines.iter().find(|l| l.contains("bytes/arena")).unwrap();
    assert_eq!(value_of(arena_line), narenas * ARENA_SIZE);
    let unused = value_of(lines.iter().find(|l| l.contains("unused pools")).unwrap());
    let alignment = find("# bytes lost to arena alignment");
    let sum = allocated + available + unused + headers + quantization + alignment;
    assert_eq!(sum, narenas * ARENA_SIZE);
    let total = value_of(lines.iter().find(|l| l.starts_with("Total")).unwrap());
    assert_eq!(total, sum);
    // free-list lines close the report, dicts first, tuples last
    let fl: Vec<&&str> = lines.iter().filter(|l| l.contains(" free ")).collect();
    assert!(fl[0].contains("PyDictObjects * 48 bytes"));
    assert!(fl[1].contains("PyFloatObjects * 24 bytes"));
    assert!(fl[2].contains("PyListObjects * 40 bytes"));
    assert!(fl[3].contains("1-sized PyTupleObjects * 32 bytes"));
    assert!(fl[22].contains("20-sized PyTupleObjects * 184 bytes"));
    assert!(blocks > 300);
}

#[test]
fn getallocatedblocks_counts_pool_and_system_blocks() {
    let out = stdout(
        "import sys\n\
         a = sys.getallocatedblocks()\n\
         n = 10\n\
         xs = ['s' * n for i in range(100)]\n\
         b = sys.getallocatedblocks()\n\
         big = 'b' * (n * 100)\n\
         c = sys.getallocatedblocks()\n\
         del xs\n\
         d = sys.getallocatedblocks()\n\
         print(b - a >= 101, c - b, b - d >= 95)\n",
    );
    // the 1,000-char str is one (system) block, and the int bound to b
    assert_eq!(out, "True 2 True\n");
}

// ----- sys.getsizeof ---------------------------------------------------------------

/// Scripts under tests/allocator_sizes print sys.getsizeof of many values of
/// every type glasspy has; the .out files are CPython 3.11's output.
#[test]
fn getsizeof_matches_cpython() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/allocator_sizes");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(names.len() >= 8);
    let mut failures = Vec::new();
    for name in names {
        let py = format!("{dir}/{name}");
        let expected = std::fs::read_to_string(py.replace(".py", ".out")).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_glasspy")).arg(&py).current_dir(dir).output().unwrap();
        let got = String::from_utf8_lossy(&out.stdout);
        if got != expected {
            let first = got.lines().zip(expected.lines()).position(|(a, b)| a != b);
            failures.push(format!("{name}: first difference at line {:?}", first.map(|i| i + 1)));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
