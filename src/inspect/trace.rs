//! `:trace EXPR`: from now on, every change of one object's count, with
//! the statement that made it.
//!
//! The heap logs each change of the traced slot's count (`Heap::traced`,
//! one compare per incref and decref); when a statement ends, the glass
//! prints the changes it made, with its line and source text.

use super::describe::{peek, type_label};
use super::diff::Glass;
use crate::heap::*;
use crate::runtime::Interp;

pub struct Traced {
    pub slot: u32,
    pub desc: String,
}

/// Starts tracing `target` (stops tracing anything else).
pub fn start(glass: &mut Glass, it: &mut Interp, target: ObjRef) -> String {
    let desc = format!("{} {} {:#x}", type_label(it, target), peek(it, target, 20), it.heap.id(target));
    it.heap.traced = target.0;
    if let Some(w) = &mut it.heap.watch {
        w.take_trace();
    }
    let msg = format!("tracing {} (refcount {}); :trace off stops\n", desc, it.heap.rc(target));
    glass.trace = Some(Traced { slot: target.0, desc });
    msg
}

pub fn stop(glass: &mut Glass, it: &mut Interp) -> String {
    it.heap.traced = u32::MAX;
    match glass.trace.take() {
        Some(t) => format!("stopped tracing {}\n", t.desc),
        None => "nothing is traced\n".into(),
    }
}

/// Prints the changes logged since the last statement ended.
pub fn flush(glass: &mut Glass, it: &mut Interp, line: u32) {
    let Some(t) = &glass.trace else { return };
    let changes = match &mut it.heap.watch {
        Some(w) if !w.trace_log.is_empty() => w.take_trace(),
        _ => Vec::new(),
    };
    let mut out = String::new();
    if !changes.is_empty() {
        let (place, src) = match it.frames.last() {
            Some(f) => {
                let name = super::describe::code_label(&f.code);
                let place = if name == "<module>" { format!("line {}", line) } else { format!("line {} in {}()", line, name) };
                let src = f.code.source.lines().nth(line.saturating_sub(1) as usize).map(|s| s.trim().to_string()).unwrap_or_default();
                (place, src)
            }
            None => ("at the end of the entry".to_string(), "its code block is released".to_string()),
        };
        for c in &changes {
            out.push_str(&format!("[trace] {}: {} -> {}  {}: {}\n", t.desc, c.from, c.to, place, src));
        }
    }
    if it.heap.traced != t.slot {
        out.push_str(&format!("[trace] {} was freed; tracing stops\n", t.desc));
        glass.trace = None;
    }
    if !out.is_empty() {
        super::emit(it, &out);
    }
}
