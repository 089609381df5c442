//! The live pymalloc map (`:arena`, `:pool N`, `:block ADDR`): each arena
//! with its pools, a pool's blocks with what is in each, the order the
//! next allocations will take the free blocks in, and what keeps an arena
//! from being released.
//!
//! A block holds an object (its address is the object's id minus the
//! pre-header), the separate part of one (a list's item array, a dict's
//! key table), or an object kept on a type free list for reuse; `owners`
//! finds which by scanning the heap. Pools are numbered across arenas:
//! pool `N` is pool `N % 64` of arena `N / 64`, as the addresses go.
//!
//! Only reads the heap and the allocator: no allocation, no count or free
//! list changes.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::label::label;
use crate::heap::obmalloc::{index2size, ArenaView, PoolState, PoolView, MAX_POOLS_IN_ARENA, POOL_OVERHEAD, POOL_SIZE};
use crate::heap::object::{Obj, ObjRef};
use crate::runtime::Interp;

/// Width of a pool's fill bar.
const BAR: usize = 16;
/// More arenas than this: one line each, without their pools.
const ARENAS_IN_FULL: usize = 4;
/// Blocks listed by `:pool`, and pinning blocks named per arena.
const BLOCKS_MAX: usize = 64;
const PINS_MAX: usize = 3;

/// What a block holds.
#[derive(Clone, Copy)]
enum Owner {
    Object(ObjRef),
    Items(ObjRef),
    Keys(ObjRef),
    FreeList(&'static str),
}

/// Every allocated block the heap can name, by block address.
fn owners(it: &Interp) -> HashMap<u64, Owner> {
    let h = &it.heap;
    let mut m = HashMap::new();
    for r in h.live_objects() {
        m.insert(h.slots[r.idx()].addr(), Owner::Object(r));
        match h.get(r) {
            Obj::List(l) if l.items_addr != 0 => {
                m.insert(l.items_addr, Owner::Items(r));
            }
            Obj::Dict(d) | Obj::Set(d) if d.keys_addr != 0 => {
                m.insert(d.keys_addr, Owner::Keys(r));
            }
            _ => {}
        }
    }
    let fl = &h.freelists;
    for (addrs, name) in [(&fl.floats, "float"), (&fl.lists, "list"), (&fl.dicts, "dict")] {
        for &a in addrs {
            m.insert(a, Owner::FreeList(name));
        }
    }
    for t in &fl.tuples {
        for &a in t {
            m.insert(a, Owner::FreeList("tuple"));
        }
    }
    m
}

fn describe(it: &Interp, o: Option<&Owner>) -> String {
    match o {
        Some(Owner::Object(r)) => format!("{} (refcount {})", label(it, *r), it.heap.rc(*r)),
        Some(Owner::Items(r)) => format!("item array of list {:#x}", it.heap.id(*r)),
        Some(Owner::Keys(r)) => format!("key table of {} {:#x}", it.type_name(*r), it.heap.id(*r)),
        Some(Owner::FreeList(t)) => format!("a dead {} kept on the {} free list for reuse", t, t),
        None => "an internal buffer".to_string(),
    }
}

fn bar(count: usize, capacity: usize) -> String {
    let filled = if capacity == 0 { 0 } else { (count * BAR).div_ceil(capacity) };
    format!("[{}{}]", "#".repeat(filled), ".".repeat(BAR - filled))
}

fn class_text(p: &PoolView) -> String {
    match p.szidx {
        Some(c) => format!("class {:2} ({:3}-byte blocks)", c, index2size(c)),
        None => "never used".to_string(),
    }
}

/// `class 1 ( 32-byte blocks) [#...] 3/510 used`
fn pool_fill(p: &PoolView) -> String {
    let state = match p.state {
        PoolState::Empty => "empty, back in its arena for any class",
        PoolState::Full => "full",
        PoolState::Used if p.next_for_class => "used, next for its size",
        PoolState::Used => "used",
    };
    format!("{} {} {:3}/{:<3} {}", class_text(p), bar(p.count, p.capacity), p.count, p.capacity, state)
}

/// `:arena [N]`: every arena (or arena N), its pools and what pins it.
pub fn arena_report(it: &Interp, args: &str) -> Result<String, String> {
    let only = match args.trim() {
        "" => None,
        a => Some(a.parse::<usize>().map_err(|_| "usage: :arena [N] (an arena number)".to_string())?),
    };
    let map: Vec<ArenaView> = it.heap.mem.arena_map().into_iter().filter(|a| only.is_none_or(|n| a.slot == n)).collect();
    if map.is_empty() {
        return Err(format!("arena {} is not allocated (see :arena)", only.unwrap_or(0)));
    }
    let mut t = String::new();
    let (total, reclaimed, _, current) = it.heap.mem.arena_counts();
    let _ = writeln!(t, "{} arena{} of 1 MiB ({} allocated so far, {} released); 64 pools of 16 KiB each", current, if current == 1 { "" } else { "s" }, total, reclaimed);
    let full = map.len() <= ARENAS_IN_FULL;
    let owners = if full { Some(owners(it)) } else { None };
    for a in &map {
        arena_lines(it, a, owners.as_ref(), &mut t);
    }
    if !full {
        let _ = writeln!(t, "(more than {} arenas: :arena N shows the pools of arena N)", ARENAS_IN_FULL);
    }
    let sys = it.heap.mem.system_blocks();
    let _ = writeln!(t, "system malloc (requests of 0 or over 512 bytes): {} block{}", sys, if sys == 1 { "" } else { "s" });
    Ok(t)
}

fn arena_lines(it: &Interp, a: &ArenaView, owners: Option<&HashMap<u64, Owner>>, t: &mut String) {
    let used = a.ntotalpools - a.nfreepools;
    let blocks: usize = a.pools.iter().map(|p| p.count).sum();
    let _ = writeln!(t, "arena {} at {:#x}: {} of {} pools in use, {} never carved; {} live blocks", a.slot, a.address, used, a.ntotalpools, a.ntotalpools - a.ncarved, blocks);
    let Some(owners) = owners else { return };
    for p in &a.pools {
        let _ = writeln!(t, "  pool {:4} {}", p.arena * MAX_POOLS_IN_ARENA + p.index, pool_fill(p));
    }
    if blocks == 0 {
        if a.last_usable {
            let _ = writeln!(t, "  every pool is empty, but it is the last usable arena: kept, so a loop that fills and empties one arena does not map and unmap it each time");
        }
        return;
    }
    let mut pins = Vec::new();
    for p in &a.pools {
        for b in it.heap.mem.pool_allocated(p.arena, p.index) {
            if pins.len() == PINS_MAX {
                break;
            }
            pins.push(format!("{:#x} {}", b, describe(it, owners.get(&b))));
        }
    }
    let _ = writeln!(t, "  not released: {} live block{} pin it (an arena goes back only when every pool is empty), e.g.", blocks, if blocks == 1 { "" } else { "s" });
    for p in pins {
        let _ = writeln!(t, "    {}", p);
    }
}

fn parse_pool(args: &str) -> Result<usize, String> {
    args.trim().parse::<usize>().map_err(|_| "usage: :pool N (a pool number from :arena)".to_string())
}

/// `:pool N`: its blocks, what each holds, and the free blocks in the order
/// the next allocations take them.
pub fn pool_report(it: &Interp, args: &str) -> Result<String, String> {
    let n = parse_pool(args)?;
    let (ai, pi) = (n / MAX_POOLS_IN_ARENA, n % MAX_POOLS_IN_ARENA);
    let mem = &it.heap.mem;
    let p = mem.pool_view(ai, pi).ok_or_else(|| format!("pool {} is not in use (see :arena)", n))?;
    let mut t = String::new();
    let _ = writeln!(t, "pool {} at {:#x} in arena {}: {}", n, p.address, ai, pool_fill(&p));
    let Some(c) = p.szidx else {
        let _ = writeln!(t, "carved but never used: the first allocation that needs a new pool takes it");
        return Ok(t);
    };
    if p.count == 0 {
        let _ = writeln!(t, "no block in use: the pool waits on its arena's free pools, for any size class");
        return Ok(t);
    }
    let size = index2size(c);
    let _ = writeln!(t, "{} blocks of {} bytes after a {}-byte header ({} bytes left over at the end)", p.capacity, size, POOL_OVERHEAD, (POOL_SIZE - POOL_OVERHEAD) % size);
    let owners = owners(it);
    let used = mem.pool_allocated(ai, pi);
    let _ = writeln!(t, "blocks in use ({}):", used.len());
    for &b in used.iter().take(BLOCKS_MAX) {
        let _ = writeln!(t, "  {:#x} {}", b, describe(it, owners.get(&b)));
    }
    if used.len() > BLOCKS_MAX {
        let _ = writeln!(t, "  ... and {} more", used.len() - BLOCKS_MAX);
    }
    let (free, first, virgin) = mem.pool_next_blocks(ai, pi);
    let _ = writeln!(t, "the next allocations of {} bytes from this pool take, in order:", size);
    if free.is_empty() {
        let _ = writeln!(t, "  (no free block)");
    } else {
        let shown: Vec<String> = free.iter().take(BLOCKS_MAX).map(|a| format!("{:#x}", a)).collect();
        let more = if free.len() > BLOCKS_MAX { format!(" ... and {} more", free.len() - BLOCKS_MAX) } else { String::new() };
        let _ = writeln!(t, "  the free list, last freed first: {}{}", shown.join(", "), more);
    }
    if virgin > 0 {
        let _ = writeln!(t, "  then {} never-used block{} from {:#x} up, in address order", virgin, if virgin == 1 { "" } else { "s" }, first);
    }
    Ok(t)
}

fn parse_addr(args: &str) -> Result<u64, String> {
    let s = args.trim();
    let v = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(h) => u64::from_str_radix(h, 16),
        None => s.parse::<u64>(),
    };
    v.map_err(|_| "usage: :block ADDR (an id, or any address, in hex like 0x7f0000000030 or decimal)".to_string())
}

/// `:block ADDR`: the block an address is in, and what it holds or when it
/// will be handed out.
pub fn block_report(it: &Interp, args: &str) -> Result<String, String> {
    let addr = parse_addr(args)?;
    let mem = &it.heap.mem;
    let owners = owners(it);
    let mut t = String::new();
    let Some((ai, pi, c)) = mem.locate(addr) else {
        // A system malloc block, by its user address (ids point past a pre-header).
        let hit = owners.iter().filter(|(&b, _)| mem.is_system_block(b) && b <= addr && addr < b + mem.block_size(b).max(16) as u64).map(|(&b, o)| (b, *o)).min_by_key(|&(b, _)| b);
        return match hit {
            Some((b, o)) => {
                let _ = writeln!(t, "{:#x}: system malloc block {:#x} of {} bytes (over 512 bytes: not from a pool)", addr, b, mem.block_size(b));
                let _ = writeln!(t, "  holds {}", describe(it, Some(&o)));
                Ok(t)
            }
            None => Err(format!("{:#x} is not in a pool in use or a live system block (see :arena)", addr)),
        };
    };
    let p = mem.pool_view(ai, pi).ok_or("no such pool")?;
    let size = index2size(c) as u64;
    let off = addr - p.address;
    let n = ai * MAX_POOLS_IN_ARENA + pi;
    if off < POOL_OVERHEAD as u64 {
        let _ = writeln!(t, "{:#x}: inside the header of pool {} (its first {} bytes)", addr, n, POOL_OVERHEAD);
        return Ok(t);
    }
    let index = (off - POOL_OVERHEAD as u64) / size;
    let block = p.address + POOL_OVERHEAD as u64 + index * size;
    if block + size > p.address + POOL_SIZE as u64 {
        let _ = writeln!(t, "{:#x}: in the unused tail of pool {} (lost to quantization)", addr, n);
        return Ok(t);
    }
    let _ = writeln!(t, "{:#x}: block {} of pool {} (arena {}), {} bytes at {:#x}", addr, index, n, ai, size, block);
    if mem.is_pool_block(block) {
        let _ = writeln!(t, "  in use: {}", describe(it, owners.get(&block)));
        if let Some(Owner::Object(r)) = owners.get(&block) {
            let pre = it.heap.id(*r) - block;
            if pre > 0 {
                let _ = writeln!(t, "  id() is the block address + {} bytes of pre-header", pre);
            }
        }
        return Ok(t);
    }
    let (free, first, virgin) = mem.pool_next_blocks(ai, pi);
    if let Some(k) = free.iter().position(|&b| b == block) {
        let _ = writeln!(t, "  free: number {} on the pool's free list; the {} allocation of {} bytes from this pool takes it", k + 1, ordinal(k + 1), size);
    } else if virgin > 0 && block >= first {
        let k = free.len() + ((block - first) / size) as usize + 1;
        let _ = writeln!(t, "  never used yet; the {} allocation of {} bytes from this pool takes it", ordinal(k), size);
    } else {
        let _ = writeln!(t, "  free (the pool is empty: it waits on its arena for any size class)");
    }
    Ok(t)
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, x) if x != 11 => "st",
        (2, x) if x != 12 => "nd",
        (3, x) if x != 13 => "rd",
        _ => "th",
    };
    format!("{}{}", n, suffix)
}
