//! The cycle collector, end to end: one program per kind of container in a
//! cycle (list, dict, tuple, instance, class, function/closure/cell, bound
//! method, frame kept by a traceback, set, weakref with callback) and the
//! collector's observable behaviour (finalizer order, resurrection, weakref
//! callbacks, DEBUG_SAVEALL, DEBUG_STATS, generation counts, traversal
//! order). The expected outputs are CPython 3.11's (checked with the
//! conformance prelude for `gc_collect`/`getrefcount`).
//!
//! Every program runs three times: plainly, under `--audit` (every reference
//! count rechecked after each statement), and under `--audit` with
//! `GLASSPY_GC_STRESS=1` (a shadow full collection before every tracked
//! allocation), and must print the same thing each time.

use std::path::PathBuf;
use std::process::Command;

fn script(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("glasspy-gc-cycles-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{}.py", name));
    std::fs::write(&path, src).unwrap();
    path
}

/// Runs `src` as a file; returns (stdout, stderr).
fn run(name: &str, src: &str, audit: bool, stress: bool) -> (String, String) {
    let path = script(name, src);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_glasspy"));
    if audit {
        cmd.arg("--audit");
    }
    cmd.arg(&path);
    cmd.env_remove("GLASSPY_GC_STRESS");
    if stress {
        cmd.env("GLASSPY_GC_STRESS", "1");
    }
    let out = cmd.output().expect("run glasspy");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{} (audit={}, stress={}) exited with {:?}; stderr:\n{}", name, audit, stress, out.status, stderr);
    (stdout, stderr)
}

/// The program prints exactly `expected`, with nothing on stderr, in all three modes.
fn check(name: &str, src: &str, expected: &str) {
    for (audit, stress) in [(false, false), (true, false), (true, true)] {
        let (out, err) = run(name, src, audit, stress);
        assert_eq!(out, expected, "{}: stdout (audit={}, stress={})", name, audit, stress);
        assert_eq!(err, "", "{}: stderr (audit={}, stress={})", name, audit, stress);
    }
}

/// A list containing itself; two lists pointing at each other.
#[test]
fn cycle_list() {
    check(
        "cycle_list",
        r#"import gc
gc.collect()
a = []
a.append(a)
print(a)
del a
print(gc.collect())
b = [1]; c = [b]; b.append(c)
del b, c
print(gc.collect())
"#,
        r#"[[...]]
1
2
"#,
    );
}

/// A dict starts untracked, is tracked once it holds a container; dict cycles.
#[test]
fn cycle_dict() {
    check(
        "cycle_dict",
        r#"import gc
gc.collect()
d = {}
print(gc.is_tracked(d))
d['self'] = d
print(gc.is_tracked(d), d)
del d
print(gc.collect())
e = {1: 'one'}
f = {'e': e}
e[2] = f
del e, f
print(gc.collect())
"#,
        r#"False
True {'self': {...}}
1
2
"#,
    );
}

/// A tuple in a cycle through a list; a collection untracks a tuple of atoms.
#[test]
fn cycle_tuple() {
    check(
        "cycle_tuple",
        r#"import gc
gc.collect()
l = []
t = (l, 1)
l.append(t)
del l, t
print(gc.collect())
n = 5
atoms = (n, 'x' + str(n))
print(gc.is_tracked(atoms))
gc.collect()
print(gc.is_tracked(atoms))
"#,
        r#"2
True
False
"#,
    );
}

/// Two instances with __del__ pointing at each other; an instance pointing at itself.
#[test]
fn cycle_instance() {
    check(
        "cycle_instance",
        r#"import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = Node('a'); b = Node('b')
a.peer = b; b.peer = a
del a, b
print('collect', gc.collect())
s = Node('self')
s.me = s
del s
print('collect', gc.collect())
"#,
        r#"del a
del b
collect 2
del self
collect 1
"#,
    );
}

/// A class referring to itself keeps an instance with __del__ alive until collected.
#[test]
fn cycle_class() {
    check(
        "cycle_class",
        r#"import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
class A:
    pass
A.me = A
A.node = Node('held by class')
del A
print(gc.collect() > 0)
"#,
        r#"del held by class
True
"#,
    );
}

/// A recursive inner function (function, closure tuple, cell); a closure stored in the list it closes over.
#[test]
fn cycle_closure() {
    check(
        "cycle_closure",
        r#"import gc
gc.collect()
def outer():
    def inner(n):
        if n == 0:
            return 'done'
        return inner(n - 1)
    return inner
f = outer()
print(f(3))
del f
print(gc.collect())
def maker():
    box = []
    def get():
        return box
    box.append(get)
    return get
g = maker()
print(len(g()))
del g
print(gc.collect())
"#,
        r#"done
3
1
4
"#,
    );
}

/// An instance holding its own bound method.
#[test]
fn cycle_bound_method() {
    check(
        "cycle_bound_method",
        r#"import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
    def hello(self):
        return 'hello ' + self.name
n = Node('n')
n.cb = n.hello
print(n.cb())
del n
print(gc.collect())
"#,
        r#"hello n
del n
2
"#,
    );
}

/// A frame kept by a traceback: exception -> traceback -> frame -> local -> exception.
#[test]
fn cycle_frame() {
    check(
        "cycle_frame",
        r#"import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def fail():
    local = Node('local')
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
err = fail()
print(type(err).__name__)
print(gc.collect())
def keep():
    local = Node('kept')
    try:
        raise ValueError('v')
    except ValueError as e:
        caught = e
    return caught
k = keep()
print(gc.collect())
del k
print(gc.collect())
del err
print(gc.collect())
"#,
        r#"ZeroDivisionError
0
0
del kept
4
del local
0
"#,
    );
}

/// A set holding an instance that refers back to the set.
#[test]
fn cycle_set() {
    check(
        "cycle_set",
        r#"import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
s = set()
n = Node('in set')
n.owner = s
s.add(n)
del s, n
print(gc.collect())
print(gc.is_tracked(set()))
"#,
        r#"del in set
2
True
"#,
    );
}

/// Weakref callbacks on collection; no callback when the weakref is garbage itself.
#[test]
fn cycle_weakref() {
    check(
        "cycle_weakref",
        r#"import gc, weakref
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def cb(w):
    print('callback', w is wr, w())
a = Node('a')
a.me = a
wr = weakref.ref(a, cb)
print(wr() is a, weakref.getweakrefcount(a), gc.is_tracked(wr))
del a
print(gc.collect())
print(wr())
b = Node('b')
b.w = weakref.ref(b, cb)
b.me = b
del b
print(gc.collect())
"#,
        r#"True 1 True
callback True None
del a
1
None
del b
2
"#,
    );
}

/// Callbacks newest first, on refcount death and on collection; a weakref freed by its own callback counts.
#[test]
fn weakref_order() {
    check(
        "weakref_order",
        r#"import gc, weakref
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def mk(tag):
    def cb(w):
        print('cb', tag)
    return cb
a = Node('refcount')
w1 = weakref.ref(a, mk('w1'))
w2 = weakref.ref(a, mk('w2'))
del a
b = Node('cycle')
b.me = b
w3 = weakref.ref(b, mk('w3'))
w4 = weakref.ref(b, mk('w4'))
del b
print(gc.collect())
holder = []
def drop(w):
    print('drop')
    holder.clear()
c = Node('c')
c.me = c
holder.append(weakref.ref(c, drop))
del c
print(gc.collect())
"#,
        r#"del refcount
cb w2
cb w1
cb w4
cb w3
del cycle
1
drop
del c
2
"#,
    );
}

/// Finalizers run in generation-list order: older generations first.
#[test]
fn finalizer_order() {
    check(
        "finalizer_order",
        r#"import gc
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = D('a'); b = D('b'); c = D('c')
a.n = b; b.n = c; c.n = a
x = D('x'); y = D('y'); x.y = y; y.x = x
gc.collect(0)
del a, b, c, x, y
print(gc.collect())
"#,
        r#"del a
del b
del c
del x
del y
5
"#,
    );
}

/// PEP 442: a resurrecting finalizer frees nothing and never runs again.
#[test]
fn finalizer_resurrect() {
    check(
        "finalizer_resurrect",
        r#"import gc
gc.collect()
saved = []
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
        saved.append(self)
a = R(1); b = R(2)
a.b = b; b.a = a
del a, b
print(gc.collect())
print(len(saved), saved[0].b.n)
saved.clear()
print(gc.collect())
class S:
    def __del__(self):
        print('breaks its own cycle')
        self.me = None
s = S(); s.me = s
del s
print(gc.collect())
"#,
        r#"del 1
del 2
0
2 2
2
breaks its own cycle
0
"#,
    );
}

/// DEBUG_SAVEALL keeps the garbage in gc.garbage.
#[test]
fn gc_saveall() {
    check(
        "gc_saveall",
        r#"import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = [1]
l.append(l)
d = {}
d['d'] = d
del l, d
print(gc.collect())
print(len(gc.garbage), gc.garbage[0][0], type(gc.garbage[1]).__name__)
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
"#,
        r#"2
2 1 dict
2
"#,
    );
}

/// Automatic collections: generation counts as CPython's, thresholds (700, 10, 10).
#[test]
fn gc_counts() {
    check(
        "gc_counts",
        r#"import gc
gc.collect()
out = []
keep = []
for i in range(5000):
    keep.append([i])
    if i % 499 == 0:
        out.append(gc.get_count())
print(out)
gc.collect(0)
c = gc.get_count()
print(c)
gc.collect(1)
c = gc.get_count()
print(c)
gc.disable()
for i in range(1000):
    keep.append([i])
c = gc.get_count()
print(c, gc.isenabled())
gc.enable()
print(gc.get_threshold())
"#,
        r#"[(3, 0, 0), (503, 0, 0), (302, 1, 0), (101, 2, 0), (601, 2, 0), (400, 3, 0), (199, 4, 0), (699, 4, 0), (498, 5, 0), (297, 6, 0), (96, 7, 0)]
(0, 8, 0)
(0, 0, 1)
(1001, 0, 1) False
(700, 10, 10)
"#,
    );
}

/// tp_traverse order: lists and tuples last item first; str-keyed dicts visit values only.
#[test]
fn gc_referents() {
    check(
        "gc_referents",
        r#"import gc
gc.collect()
a = [1, 'two', [3]]
print(gc.get_referents(a))
t = (a, 4)
print(gc.get_referents(t) == [4, a])
d = {'k': a}
print(len(gc.get_referents(d)), gc.get_referents(d)[0] is a)
print(len(gc.get_referrers(a)))
"#,
        r#"[[3], 'two', 1]
True
1 True
3
"#,
    );
}

/// DEBUG_STATS prints CPython's lines on stderr (times as 0.0000s; the
/// generation-2 size is glasspy's own runtime, so only its prefix is checked).
/// Stress-mode shadow collections print nothing.
#[test]
fn gc_debug_stats() {
    let src = r#"import gc
gc.collect()
gc.set_debug(gc.DEBUG_STATS)
a = []
a.append(a)
del a
n = gc.collect(0)
gc.set_debug(0)
print(n)
"#;
    for (audit, stress) in [(false, false), (true, false), (true, true)] {
        let (out, err) = run("gc_debug_stats", src, audit, stress);
        assert_eq!(out, "1\n");
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 4, "stderr: {}", err);
        assert_eq!(lines[0], "gc: collecting generation 0...");
        assert!(lines[1].starts_with("gc: objects in each generation: 1 0 "), "{}", lines[1]);
        assert_eq!(lines[2], "gc: objects in permanent generation: 0");
        assert_eq!(lines[3], "gc: done, 1 unreachable, 0 uncollectable, 0.0000s elapsed");
    }
}

/// An exception in a weakref callback is reported as CPython's
/// PyErr_WriteUnraisable(callback) and the collection goes on.
#[test]
fn weakref_callback_error() {
    let src = r#"import gc, weakref
gc.collect()
class A:
    pass
def bad(w):
    1 / 0
a = A()
a.me = a
w = weakref.ref(a, bad)
del a
print(gc.collect())
"#;
    for (audit, stress) in [(false, false), (true, false), (true, true)] {
        let (out, err) = run("weakref_callback_error", src, audit, stress);
        assert_eq!(out, r#"1
"#);
        assert!(err.starts_with("Exception ignored in: <function bad at 0x"), "{}", err);
        assert!(err.trim_end().ends_with("ZeroDivisionError: division by zero"), "{}", err);
    }
}
