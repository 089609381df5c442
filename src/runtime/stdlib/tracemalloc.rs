//! `_tracemalloc`, the native half of `tracemalloc` (its Python half is
//! `tracemalloc.py`): turning the allocator's tracer on and off
//! (`heap/trace.rs`), telling it where the program is, and handing its
//! record to Python as CPython's `_tracemalloc` does: a trace is
//! `(domain, size, traceback, total_nframe)`, a traceback a tuple of
//! `(filename, lineno)` frames, the most recent first.
//!
//! The interpreter tells the tracer the running frames only when they
//! change (a frame entered or left: `trace_frames`) and the innermost
//! frame's line at each statement (`set_line` in eval.rs); with tracing off
//! each of those is one test of `heap.mem.trace`.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::heap::trace::{Tracer, MAX_NFRAME};
use crate::heap::*;
use crate::runtime::builtins::{BuiltinFn, Kw};
use crate::runtime::{ExcKind, Interp, R};

pub static FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("start", tm_start),
    ("stop", tm_stop),
    ("is_tracing", tm_is_tracing),
    ("clear_traces", tm_clear_traces),
    ("get_traceback_limit", tm_get_traceback_limit),
    ("get_traced_memory", tm_get_traced_memory),
    ("reset_peak", tm_reset_peak),
    ("get_tracemalloc_memory", tm_get_tracemalloc_memory),
    ("_get_traces", tm_get_traces),
    ("_get_object_traceback", tm_get_object_traceback),
    ("_getline", tm_getline),
];

pub fn fill(_: &mut Interp, _: ObjRef) {}

/// The traceback limit of the last `start()` (1 before any), which
/// `get_traceback_limit()` still answers after `stop()`.
static LIMIT: AtomicUsize = AtomicUsize::new(1);

impl Interp {
    /// The running frames changed: the tracer charges what is allocated
    /// from now on to the new innermost frames.
    #[cold]
    pub fn trace_frames(&mut self) {
        let depth = self.frames.len();
        if let Some(t) = self.heap.mem.trace.as_deref_mut() {
            t.set_frames(self.frames.iter().rev().map(|f| (f.code.filename.clone(), f.line)), depth);
        }
    }
}

fn args_at_most(it: &mut Interp, name: &str, args: &[ObjRef], kw: Kw, most: usize) -> R<()> {
    if !kw.is_empty() {
        return Err(it.type_error(format!("{}() takes no keyword arguments", name)));
    }
    if args.len() > most {
        let msg = match most {
            0 => format!("{}() takes no arguments ({} given)", name, args.len()),
            _ => format!("{}() takes at most {} argument{} ({} given)", name, most, if most == 1 { "" } else { "s" }, args.len()),
        };
        return Err(it.type_error(msg));
    }
    Ok(())
}

fn tm_start(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    args_at_most(it, "start", args, kw, 1)?;
    let nframe = match args.first() {
        None => 1,
        Some(&a) => match it.heap.get(a) {
            Obj::Int(i) => *i,
            Obj::Bool(b) => *b as i64,
            Obj::BigInt(_) => return Err(it.new_exception(ExcKind::OverflowError, Some("Python int too large to convert to C int"))),
            _ => {
                let msg = format!("'{}' object cannot be interpreted as an integer", it.type_name(a));
                return Err(it.type_error(msg));
            }
        },
    };
    if nframe < 1 || nframe as usize > MAX_NFRAME {
        let msg = format!("the number of frames must be in range [1; {}]", MAX_NFRAME);
        return Err(it.new_exception(ExcKind::ValueError, Some(&msg)));
    }
    // Already tracing: CPython leaves the limit as it was.
    if it.heap.mem.trace.is_none() {
        LIMIT.store(nframe as usize, Ordering::Relaxed);
        it.heap.mem.trace = Some(Box::new(Tracer::new(nframe as usize)));
        it.trace_frames();
    }
    Ok(it.heap.none())
}

fn tm_stop(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    args_at_most(it, "stop", args, kw, 0)?;
    it.heap.mem.trace = None;
    Ok(it.heap.none())
}

fn tm_is_tracing(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    args_at_most(it, "is_tracing", args, kw, 0)?;
    let on = it.heap.mem.trace.is_some();
    Ok(it.heap.bool(on))
}

fn tm_clear_traces(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    args_at_most(it, "clear_traces", args, kw, 0)?;
    if let Some(t) = it.heap.mem.trace.as_deref_mut() {
        t.clear();
    }
    Ok(it.heap.none())
}

fn tm_get_traceback_limit(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    args_at_most(it, "get_traceback_limit", args, kw, 0)?;
    Ok(it.heap.int(LIMIT.load(Ordering::Relaxed) as i64))
}

fn tm_get_traced_memory(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    args_at_most(it, "get_traced_memory", args, kw, 0)?;
    let (now, peak) = it.heap.mem.trace.as_deref().map_or((0, 0), |t| (t.traced, t.peak));
    let items = vec![it.heap.int(now as i64), it.heap.int(peak as i64)];
    Ok(it.new_tuple(items))
}

fn tm_reset_peak(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    args_at_most(it, "reset_peak", args, kw, 0)?;
    if let Some(t) = it.heap.mem.trace.as_deref_mut() {
        t.peak = t.traced;
    }
    Ok(it.heap.none())
}

fn tm_get_tracemalloc_memory(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    args_at_most(it, "get_tracemalloc_memory", args, kw, 0)?;
    let n = it.heap.mem.trace.as_deref().map_or(0, |t| t.own_memory());
    Ok(it.heap.int(n as i64))
}

/// The tuple of `(filename, lineno)` frames of traceback `tb` of the
/// tracer, made once per traceback of one answer (`made` caches them, and
/// the filename strings in `names`).
fn traceback_tuple(it: &mut Interp, tb: u32, made: &mut Vec<ObjRef>, names: &mut Vec<ObjRef>) -> ObjRef {
    if made[tb as usize].is_null() {
        let Some(t) = it.heap.mem.trace.as_deref() else { unreachable!() };
        let frames: Vec<(u32, u32, std::rc::Rc<str>)> = t.tracebacks[tb as usize].0.iter().map(|&(f, l)| (f, l, t.filenames[f as usize].clone())).collect();
        let mut items = Vec::with_capacity(frames.len());
        for (f, line, name) in frames {
            let f = f as usize;
            if names.len() <= f {
                names.resize(f + 1, ObjRef::NULL);
            }
            if names[f].is_null() {
                names[f] = it.heap.str(&name);
            }
            it.incref(names[f]);
            let pair = vec![names[f], it.heap.int(line as i64)];
            items.push(it.new_tuple(pair));
        }
        made[tb as usize] = it.new_tuple(items);
    }
    it.incref(made[tb as usize]);
    made[tb as usize]
}

fn release_all(it: &mut Interp, v: Vec<ObjRef>) {
    for r in v {
        if !r.is_null() {
            it.decref(r);
        }
    }
}

fn tm_get_traces(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    args_at_most(it, "_get_traces", args, kw, 0)?;
    // The record is copied first: what this call allocates is not in it.
    let (traces, ntb, depths) = match it.heap.mem.trace.as_deref() {
        Some(t) => (t.all_traces(), t.tracebacks.len(), t.tracebacks.iter().map(|(_, d)| *d).collect::<Vec<u32>>()),
        None => return Ok(it.new_list(Vec::new())),
    };
    let mut made = vec![ObjRef::NULL; ntb];
    let mut names = Vec::new();
    let mut items = Vec::with_capacity(traces.len());
    for (_, size, tb) in traces {
        let frames = traceback_tuple(it, tb, &mut made, &mut names);
        let t = vec![it.heap.int(0), it.heap.int(size as i64), frames, it.heap.int(depths[tb as usize] as i64)];
        items.push(it.new_tuple(t));
    }
    release_all(it, made);
    release_all(it, names);
    Ok(it.new_list(items))
}

fn tm_get_object_traceback(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    args_at_most(it, "_get_object_traceback", args, kw, 1)?;
    let Some(&obj) = args.first() else {
        return Err(it.type_error("_get_object_traceback() takes exactly one argument (0 given)".into()));
    };
    let addr = it.heap.slots[obj.idx()].addr();
    let Some(t) = it.heap.mem.trace.as_deref() else { return Ok(it.heap.none()) };
    let ntb = t.tracebacks.len();
    let Some((_, tb)) = t.trace_of(addr) else { return Ok(it.heap.none()) };
    let mut made = vec![ObjRef::NULL; ntb];
    let mut names = Vec::new();
    let r = traceback_tuple(it, tb, &mut made, &mut names);
    release_all(it, made);
    release_all(it, names);
    Ok(r)
}

/// `_getline(filename, lineno)`: the line of a source file, stripped
/// (`Traceback.format` shows it; CPython reads it through `linecache`); ''
/// when there is no such file or line.
fn tm_getline(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let (name, line) = match args {
        [f, l] => match (it.heap.as_str(*f), it.heap.get(*l)) {
            (Some(f), Obj::Int(l)) => (f.to_string(), *l),
            _ => return Err(it.type_error("_getline() takes a filename and a line number".into())),
        },
        _ => return Err(it.type_error("_getline() takes a filename and a line number".into())),
    };
    let text = std::fs::read_to_string(&name).ok().and_then(|s| if line >= 1 { s.lines().nth(line as usize - 1).map(|l| l.trim().to_string()) } else { None });
    Ok(it.heap.str(&text.unwrap_or_default()))
}
