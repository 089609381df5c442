//! The collector in slow motion (`:gc [GEN]`, `glasspy --gc-trace FILE`):
//! a `GcObserver` that writes, pass by pass, what a collection does to the
//! objects it examines.
//!
//! The passes 1–4 (update_refs, subtract_refs, move_unreachable, untracking)
//! run without freeing anything or running Python code, so their events are
//! only recorded; when the garbage is known (`unreachable_found`) they are
//! written out together, each object with its gc_refs, the internal
//! references that took them down, and who rescued it. From there on,
//! Python code can run (weakref callbacks, `__del__`), so each event is
//! written as it happens, in order with the program's own output.
//!
//! More than `DETAIL_MAX` examined objects (a big heap, an automatic
//! collection of 700 young objects) are summarised: counts per type and
//! per outcome, with details for the unreachable ones only. The objects
//! the interpreter itself owns (types, builtins, module dicts) are always
//! folded into one count.
//!
//! Only reads: labels are made without running Python code (label.rs);
//! nothing is allocated on the heap and no count changes, so the
//! collection is exactly the one that would have run unwatched.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write;

use super::label::{label, reference_name};
use crate::heap::gc::LIST_UNREACHABLE;
use crate::heap::object::{Obj, ObjRef};
use crate::heap::{F_RUNTIME, F_STATIC};
use crate::runtime::gc_observer::GcObserver;
use crate::runtime::Interp;

/// Above this many examined objects (not counting the interpreter's), the
/// first passes are summarised.
pub const DETAIL_MAX: usize = 50;
/// Internal references named per object; the rest are counted.
const TAKERS_MAX: usize = 4;
/// Lines per pass after the garbage is known; the rest are counted.
const LINES_MAX: usize = 20;

/// Where the report goes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// In order with the program's stdout (the `:gc` command).
    Stdout,
    /// To stderr, the program's stdout flushed first (`--gc-trace`).
    Stderr,
}

/// What the first passes did to one examined object.
struct Rec {
    r: ObjRef,
    /// gc_refs as update_refs set it.
    refs: u32,
    /// How many internal references subtract_refs took off.
    taken: u32,
    /// The first few containers those references are in.
    takers: Vec<ObjRef>,
    /// The reachable container that rescued it (NULL: none).
    rescued_by: ObjRef,
    reachable: bool,
    interpreter: bool,
}

/// The sections after the garbage is known, in order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Section {
    None,
    Weakrefs,
    Finalizers,
    Resurrection,
    Delete,
}

pub struct GcTrace {
    target: Target,
    text: String,
    recs: Vec<Rec>,
    index: HashMap<u32, usize>,
    untracked: Vec<ObjRef>,
    /// The garbage as it was found: slot -> id (to tell, at the end, which
    /// of it was freed even if a slot was reused).
    garbage: HashMap<u32, u64>,
    /// The labels of the first LINES_MAX of it, in the collector's order.
    garbage_labels: Vec<(ObjRef, String)>,
    live_before: usize,
    section: Section,
    /// Lines written in the current section.
    lines: usize,
}

impl GcTrace {
    pub fn new(target: Target) -> GcTrace {
        GcTrace {
            target,
            text: String::new(),
            recs: Vec::new(),
            index: HashMap::new(),
            untracked: Vec::new(),
            garbage: HashMap::new(),
            garbage_labels: Vec::new(),
            live_before: 0,
            section: Section::None,
            lines: 0,
        }
    }

    fn rec(&mut self, r: ObjRef) -> Option<&mut Rec> {
        let i = *self.index.get(&r.0)?;
        Some(&mut self.recs[i])
    }

    /// Moves on to `s`, writing the headers of it and of any section
    /// skipped on the way (with what their emptiness means).
    fn enter(&mut self, s: Section) {
        while self.section < s {
            if self.section > Section::None && self.lines == 0 {
                let none = match self.section {
                    Section::Weakrefs => "  no weakref points at the garbage",
                    Section::Finalizers => "  no __del__ to run",
                    Section::Resurrection => "  nothing came back to life",
                    _ => "",
                };
                self.text.push_str(none);
                self.text.push('\n');
            }
            self.section = match self.section {
                Section::None => Section::Weakrefs,
                Section::Weakrefs => Section::Finalizers,
                Section::Finalizers => Section::Resurrection,
                _ => Section::Delete,
            };
            self.lines = 0;
            self.text.push_str(match self.section {
                Section::Weakrefs => "handle_weakrefs: weakrefs to the garbage are cleared, their callbacks run\n",
                Section::Finalizers => "finalize_garbage: __del__ runs, once per object (PEP 442)\n",
                Section::Resurrection => "handle_resurrected_objects: the garbage is checked again after the finalizers\n",
                _ => "delete_garbage: tp_clear breaks each cycle; reference counting frees the rest\n",
            });
        }
    }

    /// One line of the current section, or a count once there were LINES_MAX.
    fn line(&mut self, s: String) {
        self.lines += 1;
        if self.lines <= LINES_MAX {
            self.text.push_str("  ");
            self.text.push_str(&s);
            self.text.push('\n');
        }
    }

    fn end_section(&mut self) {
        if self.lines > LINES_MAX {
            let _ = writeln!(self.text, "  ... and {} more", self.lines - LINES_MAX);
        }
    }

    /// The first passes, written once the garbage is known.
    fn write_first_passes(&mut self, it: &Interp, old: usize) {
        self.fold_interpreter_holdings();
        let interpreter = self.recs.iter().filter(|r| r.interpreter).count();
        let shown: Vec<usize> = (0..self.recs.len()).filter(|&i| !self.recs[i].interpreter).collect();
        let detail = shown.len() <= DETAIL_MAX;
        let folded = if interpreter > 0 { format!(" (+{} interpreter objects: types, builtins, module dicts; always reachable)", interpreter) } else { String::new() };
        let t = &mut self.text;
        let _ = writeln!(t, "examined: {} object{}{}", shown.len(), if shown.len() == 1 { "" } else { "s" }, folded);
        if !detail {
            let mut by: HashMap<String, usize> = HashMap::new();
            for &i in &shown {
                *by.entry(it.type_name(self.recs[i].r)).or_default() += 1;
            }
            let mut rows: Vec<(String, usize)> = by.into_iter().collect();
            rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let rows: Vec<String> = rows.iter().map(|(k, n)| format!("{} {}", n, k)).collect();
            let _ = writeln!(t, "  by type: {}", rows.join(", "));
            let outside = shown.iter().filter(|&&i| self.recs[i].refs > self.recs[i].taken).count();
            let rescued = shown.iter().filter(|&&i| self.recs[i].reachable && self.recs[i].refs <= self.recs[i].taken).count();
            let lost = shown.iter().filter(|&&i| !self.recs[i].reachable).count();
            let _ = writeln!(t, "  referenced from outside: {}; reachable from those: {}; unreachable: {}", outside, rescued, lost);
            let _ = writeln!(t, "  (more than {} objects: the passes are shown for the unreachable ones only)", DETAIL_MAX);
        }
        let listed: Vec<usize> = shown.iter().copied().filter(|&i| detail || !self.recs[i].reachable).collect();
        if listed.is_empty() {
            let _ = writeln!(t, "update_refs, subtract_refs, move_unreachable: nothing to show");
        } else {
            let _ = writeln!(t, "update_refs: gc_refs = the reference count");
            for &i in listed.iter().take(LINES_MAX) {
                let rc = &self.recs[i];
                let _ = writeln!(t, "  {}: gc_refs {}", label(it, rc.r), rc.refs);
            }
            let _ = writeln!(t, "subtract_refs: minus one for each reference from another examined object");
            for &i in listed.iter().take(LINES_MAX) {
                let rc = &self.recs[i];
                let left = rc.refs.saturating_sub(rc.taken);
                let _ = write!(t, "  {}: {} - {} = {}", label(it, rc.r), rc.refs, rc.taken, left);
                if rc.taken > 0 {
                    let _ = write!(t, "  ({})", takers(it, rc));
                }
                t.push('\n');
            }
            let _ = writeln!(t, "move_unreachable: gc_refs > 0 is a reference from outside: reachable, with all it reaches");
            for &i in listed.iter().take(LINES_MAX) {
                let rc = &self.recs[i];
                let fate = if !rc.reachable {
                    "UNREACHABLE".to_string()
                } else if rc.refs > rc.taken {
                    format!("reachable (referenced from outside {} time{})", rc.refs - rc.taken, if rc.refs - rc.taken == 1 { "" } else { "s" })
                } else if !rc.rescued_by.is_null() {
                    format!("reachable, rescued by {}", via(it, rc.rescued_by, rc.r, 0))
                } else {
                    "reachable".to_string()
                };
                let _ = writeln!(t, "  {}: {}", label(it, rc.r), fate);
            }
            if listed.len() > LINES_MAX {
                let _ = writeln!(t, "  ... and {} more in each pass", listed.len() - LINES_MAX);
            }
        }
        if !self.untracked.is_empty() {
            let _ = writeln!(t, "untrack_tuples, untrack_dicts: {} untracked (they hold nothing the collector tracks)", self.untracked.len());
            if detail {
                let mut theirs = 0;
                for &r in &self.untracked {
                    if self.index.get(&r.0).is_some_and(|&i| !self.recs[i].interpreter) {
                        let _ = writeln!(t, "  {}", label(it, r));
                    } else {
                        theirs += 1;
                    }
                }
                if theirs > 0 {
                    let _ = writeln!(t, "  (+{} of the interpreter's)", theirs);
                }
            }
        }
        let survivors = self.recs.iter().filter(|r| r.reachable).count() - self.untracked.len();
        let _ = writeln!(t, "survivors: {} objects go to generation {}", survivors, old);
        // The garbage, in the collector's order.
        let found = it.heap.gc_generation(LIST_UNREACHABLE as usize);
        self.garbage = found.iter().map(|&r| (r.0, it.heap.id(r))).collect();
        self.garbage_labels = found.iter().take(LINES_MAX).map(|&r| (r, label(it, r))).collect();
        if self.garbage.is_empty() {
            let _ = writeln!(t, "nothing is unreachable: nothing to clear");
        } else {
            let _ = writeln!(t, "garbage: {} unreachable object{}", self.garbage.len(), if self.garbage.len() == 1 { "" } else { "s" });
        }
    }
}

impl GcTrace {
    /// An object held only by the interpreter's own objects (a builtin in
    /// the sys module's dict, sys.argv) is one of them too.
    fn fold_interpreter_holdings(&mut self) {
        for _ in 0..8 {
            let mut changed = false;
            for i in 0..self.recs.len() {
                let rc = &self.recs[i];
                if rc.interpreter || !rc.reachable || rc.taken < rc.refs || rc.taken as usize > rc.takers.len() {
                    continue;
                }
                if rc.takers.iter().all(|t| self.index.get(&t.0).is_some_and(|&j| self.recs[j].interpreter)) {
                    self.recs[i].interpreter = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }
}

/// `TYPE 0xID`, for the object a reference is in.
fn short_label(it: &Interp, r: ObjRef) -> String {
    format!("{} {:#x}", it.type_name(r), it.heap.id(r))
}

/// The `nth` reference from `from` to `to`, in words: `global 'x'`,
/// `item [0] of itself`, `attribute .other of A 0x…`.
fn via(it: &Interp, from: ObjRef, to: ObjRef, nth: usize) -> String {
    let how = reference_name(it, from, to, nth).unwrap_or_else(|| "a reference".into());
    if from == it.globals {
        if let Some(name) = how.strip_prefix("value of ") {
            return format!("global {}", name);
        }
    }
    let whose = if from == to { "itself".to_string() } else { short_label(it, from) };
    format!("{} of {}", how, whose)
}

/// The internal references subtract_refs took from `rc`, named.
fn takers(it: &Interp, rc: &Rec) -> String {
    let mut parts = Vec::new();
    for (k, &from) in rc.takers.iter().enumerate() {
        let nth = rc.takers[..k].iter().filter(|&&f| f == from).count();
        parts.push(via(it, from, rc.r, nth));
    }
    if rc.taken as usize > rc.takers.len() {
        parts.push(format!("{} more", rc.taken as usize - rc.takers.len()));
    }
    parts.join(", ")
}

impl GcObserver for GcTrace {
    fn start(&mut self, it: &Interp, gen: usize) {
        self.recs.clear();
        self.index.clear();
        self.untracked.clear();
        self.garbage.clear();
        self.garbage_labels.clear();
        self.section = Section::None;
        self.lines = 0;
        self.live_before = it.heap.live;
        let lens: Vec<String> = (0..3).map(|i| it.heap.gc_len(i).to_string()).collect();
        let _ = writeln!(self.text, "gc: collecting generation {} (objects in each generation: {})", gen, lens.join(" "));
    }

    fn update_refs(&mut self, it: &Interp, r: ObjRef, gc_refs: u32) {
        // The program's globals are flagged as the runtime's, but they are the learner's.
        let interpreter = r != it.globals
            && (it.heap.flags(r) & (F_RUNTIME | F_STATIC) != 0
                || r == it.gc_garbage
                || r == it.gc_callbacks
                || matches!(it.heap.get(r), Obj::Module(_) | Obj::BuiltinFunction { .. }));
        self.index.insert(r.0, self.recs.len());
        self.recs.push(Rec { r, refs: gc_refs, taken: 0, takers: Vec::new(), rescued_by: ObjRef::NULL, reachable: false, interpreter });
    }

    fn subtract_ref(&mut self, _: &Interp, from: ObjRef, to: ObjRef) {
        if let Some(rc) = self.rec(to) {
            rc.taken += 1;
            if rc.takers.len() < TAKERS_MAX {
                rc.takers.push(from);
            }
        }
    }

    fn reachable(&mut self, _: &Interp, r: ObjRef) {
        if let Some(rc) = self.rec(r) {
            rc.reachable = true;
        }
    }

    fn rescued(&mut self, _: &Interp, r: ObjRef, by: ObjRef) {
        if let Some(rc) = self.rec(r) {
            if rc.rescued_by.is_null() {
                rc.rescued_by = by;
            }
        }
    }

    fn untracked(&mut self, _: &Interp, r: ObjRef) {
        self.untracked.push(r);
    }

    fn unreachable_found(&mut self, it: &Interp, old: usize) {
        self.write_first_passes(it, old);
        self.recs.clear();
        self.index.clear();
        if !self.garbage.is_empty() {
            self.enter(Section::Weakrefs);
        }
    }

    fn weakref_cleared(&mut self, it: &Interp, w: ObjRef) {
        self.enter(Section::Weakrefs);
        let to = match it.heap.get(w) {
            Obj::WeakRef(wo) if !wo.target.is_null() => short_label(it, wo.target),
            _ => "?".into(),
        };
        let garbage = if self.garbage.contains_key(&w.0) { " (itself garbage)" } else { "" };
        self.line(format!("weakref {:#x} to {} cleared{}", it.heap.id(w), to, garbage));
    }

    fn weakref_callback(&mut self, it: &Interp, w: ObjRef) {
        self.enter(Section::Weakrefs);
        let cb = match it.heap.get(w) {
            Obj::WeakRef(wo) => label(it, wo.callback),
            _ => "?".into(),
        };
        self.line(format!("callback of weakref {:#x} runs: {}", it.heap.id(w), cb));
    }

    fn finalizer(&mut self, it: &Interp, r: ObjRef) {
        self.end_section();
        self.enter(Section::Finalizers);
        self.line(format!("{}: __del__ runs", label(it, r)));
    }

    fn resurrection_check(&mut self, _: &Interp) {
        self.end_section();
        if !self.garbage.is_empty() {
            self.enter(Section::Resurrection);
        }
    }

    fn resurrected(&mut self, it: &Interp, r: ObjRef) {
        self.line(format!("{}: reachable again, survives (its __del__ will not run again)", label(it, r)));
    }

    fn clear(&mut self, it: &Interp, r: ObjRef) {
        if self.section < Section::Delete {
            self.end_section();
        }
        self.enter(Section::Delete);
        self.line(format!("tp_clear {}", label(it, r)));
    }

    fn done(&mut self, it: &Interp, _gen: usize, unreachable: usize) {
        self.end_section();
        if !self.garbage.is_empty() {
            self.enter(Section::Delete);
            if self.lines == 0 {
                self.text.push_str("  nothing left to clear\n");
            }
            let gone = |r: ObjRef, id: u64| !it.heap.is_live(r) || it.heap.id(r) != id;
            let freed = self.garbage.iter().filter(|&(&r, &id)| gone(ObjRef(r), id)).count();
            let _ = writeln!(self.text, "freed: {} of the {} unreachable", freed, self.garbage.len());
            let mut listed = 0;
            for (r, l) in &self.garbage_labels {
                if gone(*r, self.garbage[&r.0]) {
                    let _ = writeln!(self.text, "  {}", l);
                    listed += 1;
                }
            }
            if freed > listed {
                let _ = writeln!(self.text, "  ... and {} more", freed - listed);
            }
            let _ = writeln!(self.text, "live objects: {} before, {} after", self.live_before, it.heap.live);
        }
        let counts: Vec<String> = it.heap.gc.gens.iter().map(|g| g.count.to_string()).collect();
        let _ = writeln!(self.text, "gc: done, {} unreachable, 0 uncollectable; gc.get_count() = ({})", unreachable, counts.join(", "));
        self.garbage.clear();
        self.garbage_labels.clear();
    }

    fn flush(&mut self, out: &mut dyn Write) {
        if self.text.is_empty() {
            return;
        }
        match self.target {
            Target::Stdout => {
                let _ = out.write_all(self.text.as_bytes());
            }
            Target::Stderr => {
                let _ = out.flush();
                crate::err_print!("{}", self.text);
            }
        }
        self.text.clear();
    }
}
