//! `:size EXPR`: `sys.getsizeof`, the allocator blocks really behind the
//! object, and its deep and retained sizes.

use std::collections::{HashMap, HashSet};

use super::describe::{peek, short, type_label};
use crate::heap::obmalloc::{index2size, ARENA_BASE, POOL_SIZE};
use crate::heap::sizes::{block_request, getsizeof};
use crate::heap::*;
use crate::runtime::Interp;

/// Where a block lives: its pool, arena and size class, or the system
/// allocator for big (and static) blocks.
pub fn block_line(it: &Interp, addr: u64, request: usize) -> String {
    match it.heap.mem.locate(addr) {
        Some((arena, _pool, szidx)) => {
            let class = index2size(szidx);
            let pool = addr & !(POOL_SIZE as u64 - 1);
            let waste = class.saturating_sub(request);
            format!("block {:#x}: size class {} ({} requested, {} lost to rounding), pool {:#x}, arena {}", addr, class, request, waste, pool, arena)
        }
        None if addr >= ARENA_BASE => format!("block {:#x}", addr),
        None if addr >= crate::heap::obmalloc::SYSTEM_BASE => format!("block {:#x}: {} bytes from the system allocator (over 512 bytes)", addr, request),
        None => format!("static object at {:#x} (part of the interpreter image, never freed)", addr),
    }
}

/// The separate allocations an object owns besides its own block.
fn extra_blocks(it: &Interp, r: ObjRef) -> Vec<String> {
    let mut v = Vec::new();
    match it.heap.get(r) {
        Obj::List(l) if l.allocated > 0 => {
            v.push(format!("item array: {} slots x 8 = {} bytes, {}", l.allocated, 8 * l.allocated, block_line(it, l.items_addr, 8 * l.allocated)));
        }
        Obj::Dict(d) if d.keys_addr != 0 => {
            v.push(format!("key table: {} bytes, {}", d.keys_size(), block_line(it, d.keys_addr, d.keys_size())));
        }
        Obj::Set(d) if d.keys_addr != 0 => {
            v.push(format!("hash table: {} bytes, {}", d.set_table_size(), block_line(it, d.keys_addr, d.set_table_size())));
        }
        _ => {}
    }
    v
}

/// Everything reachable from `r`: the set and its getsizeof total.
fn reach(it: &Interp, r: ObjRef) -> (Vec<ObjRef>, usize) {
    let mut seen = HashSet::new();
    let mut order = Vec::new();
    let mut work = vec![r];
    seen.insert(r.0);
    let mut total = 0;
    while let Some(x) = work.pop() {
        order.push(x);
        total += getsizeof(&it.heap, x);
        it.heap.get_raw(x).for_each_ref_role(|c, role| {
            // Classes, modules, code, a function's globals and the
            // runtime's own objects are not part of a value.
            let skip = matches!(role, Role::Globals | Role::Class) || matches!(it.heap.get(c), Obj::Class(_) | Obj::Module(_) | Obj::Code(_)) || (it.heap.flags(c) & F_RUNTIME != 0 && matches!(it.heap.get(c), Obj::Dict(_) | Obj::BuiltinFunction { .. }));
            if !c.is_null() && !skip && seen.insert(c.0) {
                work.push(c);
            }
        });
    }
    (order, total)
}

pub fn report(it: &Interp, target: ObjRef, own: u32) -> String {
    let mut out = String::new();
    let addr = it.heap.slots[target.idx()].addr();
    let (request, pre) = block_request(&it.heap, it.heap.get_raw(target));
    out.push_str(&format!("{} {}  id {:#x}\n", type_label(it, target), peek(it, target, 40), it.heap.id(target)));
    out.push_str(&format!("  sys.getsizeof: {} bytes\n", getsizeof(&it.heap, target)));
    out.push_str(&format!("  its own block: {} bytes requested ({} of pre-header before the id)\n", request, pre));
    out.push_str(&format!("    {}\n", block_line(it, addr, request)));
    for e in extra_blocks(it, target) {
        out.push_str(&format!("  {}\n", e));
    }
    let (reached, deep) = reach(it, target);
    // Shared: reached objects that someone outside the reached set holds too.
    let inside: HashSet<u32> = reached.iter().map(|r| r.0).collect();
    let mut from_inside: HashMap<u32, u32> = HashMap::new();
    for &x in &reached {
        it.heap.get_raw(x).for_each_ref(|c| {
            if inside.contains(&c.0) {
                *from_inside.entry(c.0).or_default() += 1;
            }
        });
    }
    let outside = |x: ObjRef| -> u32 {
        let own_here = if x == target { own } else { 0 };
        it.heap.rc(x) - own_here - from_inside.get(&x.0).copied().unwrap_or(0)
    };
    let shared: Vec<ObjRef> = reached.iter().copied().filter(|&x| x != target && outside(x) > 0).collect();
    out.push_str(&format!("  deep size: {} bytes in {} objects (each counted once)\n", deep, reached.len()));
    if !shared.is_empty() {
        let names: Vec<String> = shared.iter().take(8).map(|&x| format!("{} {}", short(it, x), peek(it, x, 12))).collect();
        out.push_str(&format!("    {} of them also held from outside: {}{}\n", shared.len(), names.join(", "), if shared.len() > 8 { ", ..." } else { "" }));
    }
    // Retained: what would die if the target's outside holders let go —
    // everything reached except what shared objects keep alive.
    let mut kept: HashSet<u32> = HashSet::new();
    let mut work: Vec<ObjRef> = shared.clone();
    for &s in &shared {
        kept.insert(s.0);
    }
    while let Some(x) = work.pop() {
        it.heap.get_raw(x).for_each_ref(|c| {
            if inside.contains(&c.0) && c != target && kept.insert(c.0) {
                work.push(c);
            }
        });
    }
    let retained: Vec<ObjRef> = reached.iter().copied().filter(|x| !kept.contains(&x.0)).collect();
    let rsize: usize = retained.iter().map(|&x| getsizeof(&it.heap, x)).sum();
    let n = outside(target);
    out.push_str(&format!(
        "  retained size: {} bytes in {} object{} (what its {} outside holder{} keep{} alive)\n",
        rsize,
        retained.len(),
        if retained.len() == 1 { "" } else { "s" },
        n,
        if n == 1 { "" } else { "s" },
        if n == 1 { "s" } else { "" }
    ));
    out
}
