//! The glass: a read-only layer over the heap and the interpreter that
//! explains what the engine does.
//!
//! ```text
//!   REPL commands (:why, :diff, ...)   glass module   glasspy --diff / --audit
//!                 \                        |                 /
//!                  v                       v                v
//!            inspect:  holders  why  diff  identity  size  trace  describe
//!                  |  reads (never writes)         ^ events (Heap::watch,
//!                  v                               |  runtime::Observer)
//!            runtime (Interp)  ------------------->+
//!            heap (slots, counts, pymalloc, gc)
//! ```
//!
//! The engine never imports this layer: it records what an observer asked
//! for (birth serials and frees; `heap/watch.rs`) and calls
//! the `runtime::Observer` trait between statements. Everything here reads:
//! no view allocates on the simulated heap or changes a count, an id, the
//! gc's counts or a free list, so a program prints the same with the glass
//! on as off (tests/inspect.rs checks that).
//!
//! | module     | what it is for |
//! |------------|----------------|
//! | `holders`  | every counted reference and who holds it; labels; the audit's recount |
//! | `why`      | `:why`: the holder table, its total, the path from a root |
//! | `diff`     | `:diff`: what one entry or statement did, object by object |
//! | `identity` | `:is` and `:consts`: why `is` is True or False; constant tables |
//! | `size`     | `:size`: getsizeof, the blocks behind it, deep and retained size |
//! | `trace`    | `:trace`: every change of one object's count, with its line |
//! | `resolve`  | finding the object a command names without running code |
//! | `describe` | short names and bounded reprs that run no Python code |
//! | `glass`    | the `glass` module: the same reports from a script |
//! | `gc_trace` | `:gc` and `--gc-trace`: the collector in slow motion, an observer of its passes |
//! | `arena`    | `:arena`, `:pool`, `:block`: the live pymalloc map |
//! | `label`    | object labels for the collector's view |

pub mod arena;
pub mod describe;
pub mod diff;
pub mod gc_trace;
pub mod glass;
pub mod holders;
pub mod identity;
pub mod label;
pub mod resolve;
pub mod size;
pub mod trace;
pub mod why;

/// `GLASSPY_REPORTS=stderr`: reports go to stderr, so that stdout holds
/// the program's own output alone.
pub fn reports_to_stderr() -> bool {
    std::env::var("GLASSPY_REPORTS").map(|v| v == "stderr").unwrap_or(false)
}

/// Writes a report where reports go (stdout, in order with the program's
/// output, unless `GLASSPY_REPORTS=stderr`).
pub fn emit(it: &mut crate::runtime::Interp, text: &str) {
    if reports_to_stderr() {
        let _ = std::io::Write::flush(&mut it.out);
        crate::err_print!("{}", text);
    } else {
        let _ = it.write_out(text);
    }
}
