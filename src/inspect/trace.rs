//! `:trace EXPR`: from now on, every change of one object's count, with
//! the statement, call or return that made it.
//!
//! The glass samples the traced object's count whenever a statement ends
//! and whenever a function is entered or returns (the observer's hooks),
//! and prints each net change: `2 -> 3  call keep(): its arguments`,
//! `3 -> 4  line 2 in keep(): holder.append(p)`, `4 -> 3  keep() returns`.
//! Increfs and decrefs cost nothing extra: the heap is only read. The
//! evaluator's transient references inside one statement (an operand held
//! while the next is evaluated) come and go between samples, so what is
//! printed is what each statement did.

use super::describe::{peek, type_label};
use super::diff::Glass;
use crate::heap::*;
use crate::runtime::Interp;

pub struct Traced {
    pub slot: u32,
    /// Birth serial (the slot is reused once the object dies).
    pub serial: u64,
    /// The count at the last sample.
    pub rc: u32,
    pub desc: String,
}

/// Starts tracing `target` (stops tracing anything else).
pub fn start(glass: &mut Glass, it: &mut Interp, target: ObjRef) -> String {
    let desc = format!("{} {} {:#x}", type_label(it, target), peek(it, target, 20), it.heap.id(target));
    let serial = it.heap.watch.as_ref().map(|w| w.serial(target)).unwrap_or(0);
    let rc = it.heap.rc(target);
    let msg = format!("tracing {} (refcount {}); :trace off stops\n", desc, rc);
    glass.trace = Some(Traced { slot: target.0, serial, rc, desc });
    msg
}

pub fn stop(glass: &mut Glass, _it: &mut Interp) -> String {
    match glass.trace.take() {
        Some(t) => format!("stopped tracing {}\n", t.desc),
        None => "nothing is traced\n".into(),
    }
}

/// Where a sample is taken, in words.
pub enum Place<'a> {
    Statement(u32),
    Call(&'a str),
    Return(&'a str),
    EndOfEntry,
}

/// Samples the count; prints a line if it moved (or the object died).
pub fn sample(glass: &mut Glass, it: &mut Interp, place: Place) {
    let Some(t) = &mut glass.trace else { return };
    let r = ObjRef(t.slot);
    let alive = it.heap.is_live(r) && it.heap.watch.as_ref().map(|w| w.serial(r)) == Some(t.serial);
    if !alive {
        let msg = format!("[trace] {}: {} -> 0, freed; tracing stops\n", t.desc, t.rc);
        glass.trace = None;
        super::emit(it, &msg);
        return;
    }
    let rc = it.heap.rc(r);
    if rc == t.rc {
        return;
    }
    let what = match place {
        Place::Statement(line) => match it.frames.last() {
            Some(f) => {
                let name = super::describe::code_label(&f.code);
                let src = f.code.source.lines().nth(line.saturating_sub(1) as usize).map(|s| s.trim().to_string()).unwrap_or_default();
                if name == "<module>" {
                    format!("line {}: {}", line, src)
                } else {
                    format!("line {} in {}(): {}", line, name, src)
                }
            }
            None => format!("line {}", line),
        },
        Place::Call(name) => format!("call {}(): its arguments", name),
        Place::Return(name) => format!("{}() returns", name),
        Place::EndOfEntry => "end of the entry (its code block is released)".to_string(),
    };
    let msg = format!("[trace] {}: {} -> {}  {}\n", t.desc, t.rc, rc, what);
    t.rc = rc;
    super::emit(it, &msg);
}
