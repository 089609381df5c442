//! `:diff`: what one entry (or, with `glasspy --diff FILE`, one top-level
//! statement) did to the heap, object by object.
//!
//! Before a block runs, the glass takes a snapshot: every live object's
//! birth serial, count and referents. Afterwards it compares: objects whose
//! serial is newer than the snapshot were *born*; objects of the snapshot
//! that are gone were *freed* (the heap's watch log says what freed them:
//! their count reaching zero in a statement, the release of another object,
//! or the collector); objects alive at both times whose count moved show
//! the holders they gained and lost. Ids and slots are reused, so objects
//! are matched by serial, never by id; a block reused from an object freed
//! earlier is named as such. Big changes are summarised by type.

use std::collections::{HashMap, HashSet};

use super::describe::{peek, type_label};
use super::holders::{self, label, Context, Holder};
use super::size::block_line;
use crate::heap::watch::{FreeCause, Freed};
use crate::heap::*;
use crate::runtime::{Interp, Observer};

/// How many objects of one kind a report lists one by one.
const DETAIL: usize = 12;

/// The heap before a block ran.
pub struct Snapshot {
    /// Serial of the first object born after the snapshot.
    mark: u64,
    serial: Vec<u64>,
    rc: Vec<u32>,
    /// Referents of every slot: `children[offsets[i]..offsets[i+1]]`.
    offsets: Vec<u32>,
    children: Vec<u32>,
    /// `__main__`'s globals by entry index: (name, value's slot).
    globals: Vec<(String, u32)>,
}

impl Snapshot {
    pub fn take(it: &Interp) -> Snapshot {
        let w = it.heap.watch.as_ref().expect("the glass watches the heap");
        let n = it.heap.slots.len();
        let mut serial = Vec::with_capacity(n);
        let mut rc = Vec::with_capacity(n);
        let mut offsets = Vec::with_capacity(n + 1);
        let mut children = Vec::new();
        for (i, s) in it.heap.slots.iter().enumerate() {
            offsets.push(children.len() as u32);
            if matches!(s.obj, Obj::Free) {
                serial.push(u64::MAX);
                rc.push(0);
                continue;
            }
            serial.push(w.serials.get(i).copied().unwrap_or(0));
            rc.push(s.rc);
            s.obj.for_each_ref(|c| {
                if !c.is_null() {
                    children.push(c.0)
                }
            });
        }
        offsets.push(children.len() as u32);
        let globals = match it.heap.get(it.globals) {
            Obj::Dict(d) => d.entries.iter().map(|e| if e.key.is_null() { (String::new(), u32::MAX) } else { (it.heap.as_str(e.key).unwrap_or("?").to_string(), e.value.0) }).collect(),
            _ => Vec::new(),
        };
        Snapshot { mark: w.next_serial, serial, rc, offsets, children, globals }
    }

    fn alive_before(&self, it: &Interp, r: ObjRef) -> bool {
        let i = r.idx();
        i < self.serial.len() && self.serial[i] != u64::MAX && it.heap.watch.as_ref().map(|w| w.serial(r)) == Some(self.serial[i])
    }
}

/// What the glass remembers across entries.
#[derive(Default)]
pub struct Glass {
    /// Entries (code blocks) run so far.
    pub entry: u32,
    /// `:diff on`: print the diff after every entry.
    pub diff_on: bool,
    /// `glasspy --diff FILE`: a diff after every top-level statement.
    pub per_statement: bool,
    snapshot: Option<Snapshot>,
    /// The report of the last entry, for `:diff`.
    pub last: Option<String>,
    /// Blocks freed so far: address -> (type, entry).
    freed_blocks: HashMap<u64, (String, u32)>,
    /// The constant table of the last entry, described (`:consts`).
    pub last_consts: Vec<String>,
    /// First serial born in each entry (to say which entry made an object).
    entry_marks: Vec<(u64, u32)>,
    /// `:trace`: the traced object's serial and description.
    pub trace: Option<super::trace::Traced>,
}

impl Glass {
    /// The entry an object with this serial was born in (0: before watching).
    pub fn entry_of(&self, serial: u64) -> u32 {
        match self.entry_marks.iter().rev().find(|(s, _)| *s <= serial) {
            Some(&(_, e)) if serial > 0 => e,
            _ => 0,
        }
    }

    /// A new entry (code block) begins: number it and take the snapshot.
    pub fn begin(&mut self, it: &Interp) {
        self.entry += 1;
        let mark = it.heap.watch.as_ref().map(|w| w.next_serial).unwrap_or(0);
        self.entry_marks.push((mark, self.entry));
        self.snapshot_now(it);
    }

    /// A new snapshot within the same entry (a `--diff` statement, a
    /// `glass.diff()` call).
    pub fn snapshot_now(&mut self, it: &Interp) {
        self.snapshot = Some(Snapshot::take(it));
    }

    /// Compares the heap with the snapshot; the report.
    pub fn finish(&mut self, it: &mut Interp, title: &str) -> String {
        let freed = match &mut it.heap.watch {
            Some(w) => w.take_freed(),
            None => Vec::new(),
        };
        let Some(snap) = self.snapshot.take() else { return String::new() };
        let report = compare(it, &snap, &freed, self, title);
        for f in &freed {
            self.freed_blocks.insert(f.block, (f.type_name.clone(), self.entry));
        }
        report
    }
}

impl Observer for Glass {
    fn block_start(&mut self, it: &mut Interp) {
        if let Some(w) = &mut it.heap.watch {
            w.take_freed();
        }
        self.begin(it);
    }

    fn block_end(&mut self, it: &mut Interp, code: ObjRef) {
        self.last_consts = super::identity::describe_consts(it, code);
    }

    fn frame(&mut self, it: &mut Interp, code: &crate::compile::code::Code, entering: bool) {
        if self.trace.is_some() {
            let name = super::describe::code_label(code);
            let place = if entering { super::trace::Place::Call(&name) } else { super::trace::Place::Return(&name) };
            super::trace::sample(self, it, place);
        }
    }

    fn statement(&mut self, it: &mut Interp, line: u32) {
        super::trace::sample(self, it, super::trace::Place::Statement(line));
        if self.per_statement && it.frames.len() == 1 {
            let title = format!("line {}", line);
            let report = self.finish(it, &title);
            // Reports go to stderr: stdout stays exactly the program's.
            let _ = std::io::Write::flush(&mut it.out);
            crate::err_print!("{}", report);
            self.snapshot_now(it);
        }
    }

    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// The glass installed on an interpreter, if any.
pub fn glass(it: &mut Interp) -> Option<&mut Glass> {
    it.observer.as_mut()?.as_any().downcast_mut::<Glass>()
}

/// Runs `f` with the glass (installing it first) and the interpreter: the
/// glass is taken out of `it.observer` meanwhile, and always put back.
pub fn with_glass<T>(it: &mut Interp, f: impl FnOnce(&mut Glass, &mut Interp) -> T) -> T {
    install(it);
    let mut o = it.observer.take().expect("installed");
    // What the glass keeps is not charged to the program's memory budget.
    let r = match o.as_any().downcast_mut::<Glass>() {
        Some(g) => it.uncharged(|it| f(g, it)),
        None => unreachable!("install() puts a Glass there"),
    };
    it.observer = Some(o);
    r
}

/// After a REPL entry has run (and its code block is released): keep its
/// diff for `:diff`, print it when `:diff on`, print pending trace lines.
pub fn after_entry(it: &mut Interp) {
    if glass(it).is_none() {
        return;
    }
    with_glass(it, |g, it| {
        super::trace::sample(g, it, super::trace::Place::EndOfEntry);
        let title = format!("entry {}", g.entry);
        let report = g.finish(it, &title);
        if g.diff_on {
            super::emit(it, &report);
        }
        g.last = Some(report);
    });
    let _ = std::io::Write::flush(&mut it.out);
}

/// Installs the glass (idempotent): births get serials from now on.
pub fn install(it: &mut Interp) {
    if glass(it).is_none() {
        it.set_observer(Some(Box::new(Glass::default())));
    }
}

fn freed_cause(it: &Interp, f: &Freed, freed: &[Freed]) -> String {
    match f.cause {
        FreeCause::Collector => "freed by the cycle collector".into(),
        FreeCause::CountZero => {
            if f.line > 0 {
                format!("its count reached zero (line {})", f.line)
            } else {
                "its count reached zero".into()
            }
        }
        FreeCause::ReleasedBy { serial, .. } => match freed.iter().find(|p| p.serial == serial && serial != 0) {
            Some(p) => format!("released when {} {:#x} was freed", p.type_name, p.id),
            None => {
                let _ = it;
                "released by an object being freed".into()
            }
        },
    }
}

fn compare(it: &Interp, snap: &Snapshot, freed: &[Freed], glass: &Glass, title: &str) -> String {
    let w = it.heap.watch.as_ref().unwrap();
    let mut born: Vec<ObjRef> = Vec::new();
    let mut changed: Vec<(ObjRef, u32, u32)> = Vec::new();
    let mut interp_changed = 0usize;
    for (i, s) in it.heap.slots.iter().enumerate() {
        if matches!(s.obj, Obj::Free) {
            continue;
        }
        let r = ObjRef(i as u32);
        let serial = w.serials.get(i).copied().unwrap_or(0);
        if serial >= snap.mark {
            born.push(r);
        } else if snap.alive_before(it, r) && snap.rc[i] != s.rc {
            if is_glass_function(it, r) {
                // The glass's own functions, on the stack while called.
            } else if s.flags() & (F_RUNTIME | F_INTERNED) != 0 {
                interp_changed += 1;
            } else {
                changed.push((r, snap.rc[i], s.rc));
            }
        }
    }
    let old_freed: Vec<&Freed> = freed.iter().filter(|f| f.serial < snap.mark).collect();
    let temps: Vec<&Freed> = freed.iter().filter(|f| f.serial >= snap.mark).collect();
    let mut out = format!("{}: {} born, {} freed, {} count{} changed\n", title, born.len(), old_freed.len(), changed.len(), if changed.len() == 1 { "" } else { "s" });
    let cx = Context::new(it);
    // Holders of the born and changed objects, in one pass over the heap.
    let mut wanted: HashSet<u32> = born.iter().map(|r| r.0).take(DETAIL).collect();
    wanted.extend(changed.iter().take(DETAIL).map(|c| c.0 .0));
    let mut now: HashMap<u32, Vec<Holder>> = HashMap::new();
    holders::for_each_holder(it, |c, h| {
        if wanted.contains(&c.0) {
            now.entry(c.0).or_default().push(h);
        }
    });
    // born
    for &r in born.iter().take(DETAIL) {
        let addr = it.heap.slots[r.idx()].addr();
        out.push_str(&format!("  born   {} {} {:#x}  getsizeof {}\n", type_label(it, r), peek(it, r, 30), it.heap.id(r), crate::heap::sizes::getsizeof(&it.heap, r)));
        out.push_str(&format!("         {}\n", block_line(it, addr, crate::heap::sizes::block_request(&it.heap, it.heap.get_raw(r)).0)));
        if let Some((t, e)) = glass.freed_blocks.get(&addr) {
            out.push_str(&format!("         the same block as the {} freed in entry {}\n", t, e));
        } else if let Some(f) = freed.iter().find(|f| f.block == addr) {
            out.push_str(&format!("         the same block as the {} freed earlier in this entry\n", f.type_name));
        }
        let hs = now.get(&r.0).cloned().unwrap_or_default();
        let labels: Vec<String> = hs.iter().map(|h| label(it, &cx, r, h)).collect();
        out.push_str(&format!("         held by: {}\n", if labels.is_empty() { "nothing".into() } else { labels.join("; ") }));
    }
    summarise(&mut out, "born", born.iter().skip(DETAIL).map(|&r| type_label(it, r)));
    // freed
    for f in old_freed.iter().take(DETAIL) {
        out.push_str(&format!("  freed  {} {:#x}  {}\n", f.type_name, f.id, freed_cause(it, f, freed)));
    }
    summarise(&mut out, "freed", old_freed.iter().skip(DETAIL).map(|f| f.type_name.clone()));
    // count changes
    // Who held each listed object before: one pass over the snapshot.
    let listed: HashSet<u32> = changed.iter().take(DETAIL).map(|c| c.0 .0).collect();
    let mut held_before: HashMap<u32, HashMap<u32, u32>> = HashMap::new();
    if !listed.is_empty() {
        for (p, &ser) in snap.serial.iter().enumerate() {
            if ser == u64::MAX {
                continue;
            }
            for &c in &snap.children[snap.offsets[p] as usize..snap.offsets[p + 1] as usize] {
                if listed.contains(&c) {
                    *held_before.entry(c).or_default().entry(p as u32).or_default() += 1;
                }
            }
        }
    }
    for &(r, before, after) in changed.iter().take(DETAIL) {
        out.push_str(&format!("  count  {} {} {:#x}: {} -> {}\n", type_label(it, r), peek(it, r, 30), it.heap.id(r), before, after));
        let after_by: Vec<Holder> = now.get(&r.0).cloned().unwrap_or_default();
        let before_by = held_before.remove(&r.0).unwrap_or_default();
        // Globals of __main__ are compared name by name; other holders
        // by how many references each holder object has now and had.
        let g = it.globals;
        let mut now_by: HashMap<u32, Vec<Holder>> = HashMap::new();
        for h in &after_by {
            match h {
                Holder::Object { by, role: Role::Value(i) } if *by == g => {
                    let had = snap.globals.get(*i as usize).map(|(_, v)| *v == r.0).unwrap_or(false);
                    if !had {
                        out.push_str(&format!("         + {}\n", label(it, &cx, r, h)));
                    }
                }
                Holder::Object { by, .. } if snap.alive_before(it, *by) => now_by.entry(by.0).or_default().push(*h),
                Holder::Object { .. } => out.push_str(&format!("         + {}\n", label(it, &cx, r, h))),
                _ => {}
            }
        }
        if let Obj::Dict(d) = it.heap.get(g) {
            for (i, (name, v)) in snap.globals.iter().enumerate() {
                let still = d.entries.get(i).map(|e| e.value == r && !e.key.is_null()).unwrap_or(false);
                if *v == r.0 && !still {
                    out.push_str(&format!("         - global '{}' (__main__)\n", name));
                }
            }
        }
        let mut referrers: Vec<u32> = before_by.keys().chain(now_by.keys()).copied().filter(|&p| p != g.0).collect();
        referrers.sort();
        referrers.dedup();
        for p in referrers {
            let had = before_by.get(&p).copied().unwrap_or(0) as usize;
            let hs = now_by.get(&p).cloned().unwrap_or_default();
            if hs.len() > had {
                // The newest places (highest index) are the added ones.
                for h in &hs[..hs.len() - had] {
                    out.push_str(&format!("         + {}\n", label(it, &cx, r, h)));
                }
            } else if hs.len() < had {
                let by = ObjRef(p);
                let what = if snap.alive_before(it, by) { super::describe::short(it, by) } else { "an object that has since been freed".to_string() };
                let k = had - hs.len();
                out.push_str(&format!("         - {}{}\n", what, if k > 1 { format!(" (x{})", k) } else { String::new() }));
            }
        }
    }
    summarise(&mut out, "count changed", changed.iter().skip(DETAIL).map(|&(r, _, _)| type_label(it, r)));
    if interp_changed > 0 {
        out.push_str(&format!("  (+{} count changes on interpreter objects: interned names, singletons, small ints)\n", interp_changed));
    }
    if !temps.is_empty() {
        let mut by: Vec<(String, usize)> = Vec::new();
        for f in &temps {
            match by.iter_mut().find(|(t, _)| *t == f.type_name) {
                Some(e) => e.1 += 1,
                None => by.push((f.type_name.clone(), 1)),
            }
        }
        let list: Vec<String> = by.iter().map(|(t, n)| format!("{} {}", n, t)).collect();
        out.push_str(&format!("  temporaries: {} born and freed within it ({})\n", temps.len(), list.join(", ")));
    }
    out
}

fn is_glass_function(it: &Interp, r: ObjRef) -> bool {
    match it.heap.get(r) {
        Obj::BuiltinFunction { bound, .. } if !bound.is_null() => matches!(it.heap.get(*bound), Obj::Module(m) if it.heap.as_str(m.name) == Some("glass")),
        _ => false,
    }
}

/// `+100,000 int` lines for what was not listed one by one.
fn summarise(out: &mut String, what: &str, rest: impl Iterator<Item = String>) {
    let mut by: Vec<(String, usize)> = Vec::new();
    for t in rest {
        match by.iter_mut().find(|(x, _)| *x == t) {
            Some(e) => e.1 += 1,
            None => by.push((t, 1)),
        }
    }
    for (t, n) in by {
        out.push_str(&format!("  {} more: +{} {}\n", what, group(n), t));
    }
}

/// 100000 -> "100,000"
pub fn group(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
