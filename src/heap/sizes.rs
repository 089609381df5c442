//! Object sizes as CPython 3.11 lays them out on 64-bit Linux.
//!
//! `block_request` is what an object asks the allocator for: its pre-header
//! (16 bytes of `PyGC_Head` for GC types, 32 for instances of Python classes,
//! which also carry the managed-dict pointers) plus its basic size.
//! `getsizeof` is `sys.getsizeof`: `__sizeof__` plus the GC header.

use num_bigint::BigInt;

use super::object::*;
use super::Heap;

/// sizeof(PyGC_Head)
pub const GC_HEAD: usize = 16;

/// Bytes before the object's address inside its block.
pub fn preheader(obj: &Obj) -> usize {
    match obj {
        Obj::Instance(i) if i.exc.is_none() => 32,
        o if o.is_gc_type() => GC_HEAD,
        _ => 0,
    }
}

/// Number of 30-bit digits of an int's magnitude (at least 1, as _PyLong_New allocates).
pub fn int_digits_i64(v: i64) -> usize {
    let mut m = v.unsigned_abs();
    let mut n = 0;
    while m != 0 {
        m >>= 30;
        n += 1;
    }
    n
}

pub fn int_digits_big(v: &BigInt) -> usize {
    (v.bits() as usize + 29) / 30
}

/// Bytes of a str's compact representation (PyASCIIObject or PyCompactUnicodeObject plus data).
pub fn str_size(s: &PyStr) -> usize {
    if s.is_ascii() {
        return 48 + s.nchars as usize + 1;
    }
    let max = s.s.chars().map(|c| c as u32).max().unwrap_or(0);
    let kind = if max < 256 {
        1
    } else if max < 65536 {
        2
    } else {
        4
    };
    72 + (s.nchars as usize + 1) * kind
}

/// `__sizeof__` of the object itself (without the GC header).
pub fn basic_size(obj: &Obj) -> usize {
    match obj {
        Obj::Free => 0,
        Obj::None | Obj::Ellipsis | Obj::NotImplemented => 16,
        Obj::Bool(_) => 28,
        Obj::Int(v) => 24 + 4 * int_digits_i64(*v).max(1),
        Obj::BigInt(v) => 24 + 4 * int_digits_big(v).max(1),
        Obj::Float(_) => 24,
        Obj::Str(s) => str_size(s),
        Obj::Bytes(b) => 33 + b.len(),
        Obj::List(_) => 40,
        Obj::Tuple(t) => 24 + 8 * t.len(),
        Obj::Dict(_) => 48,
        Obj::Set(_) => 200,
        Obj::Class(_) => 888,
        Obj::Instance(i) => {
            if i.exc.is_some() {
                72
            } else {
                24
            }
        }
        Obj::Function(_) => 136,
        Obj::BuiltinFunction { .. } => 56,
        Obj::Method { .. } => 48,
        Obj::Cell(_) => 24,
        Obj::Code(c) => 192 + 2 * c.consts.len() * 8,
        Obj::Module(_) => 56,
        Obj::Range { .. } => 48,
        Obj::Slice(_) => 40,
        Obj::Iter(_) => 32,
        Obj::DictView { .. } => 24,
        Obj::WeakRef(_) => 64,
        Obj::Frame(_) => 72,
        Obj::Property { .. } => 56,
        Obj::StaticMethod(_) | Obj::ClassMethod(_) => 32,
        Obj::Super { .. } => 40,
    }
}

/// What the object's own block asks the allocator for, and its pre-header.
pub fn block_request(obj: &Obj) -> (usize, usize) {
    let pre = preheader(obj);
    let base = match obj {
        // _PyLong_New always allocates at least one digit.
        Obj::Int(0) => 28,
        // A managed-dict instance's pre-header already holds what
        // __sizeof__ counts for it.
        Obj::Instance(i) if i.exc.is_none() => 24,
        o => basic_size(o),
    };
    (pre + base, pre)
}

/// sys.getsizeof
pub fn getsizeof(heap: &Heap, r: ObjRef) -> usize {
    let obj = heap.get(r);
    let gc = if obj.is_gc_type() { GC_HEAD } else { 0 };
    let extra = match obj {
        Obj::List(l) => 8 * l.allocated,
        Obj::Dict(d) => d.keys_size(),
        Obj::Set(d) => {
            // set tables: 8 inline slots, then 16-byte entries for bigger tables
            let n = if d.log2_size == 0 { 0 } else { 1usize << (d.log2_size + 1) };
            if n > 8 {
                16 * n
            } else {
                0
            }
        }
        Obj::Instance(i) if i.exc.is_none() => 16,
        _ => 0,
    };
    basic_size(obj) + gc + extra
}
