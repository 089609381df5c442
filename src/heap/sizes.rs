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

/// Does CPython's object carry a `PyGC_Head`? Mostly `Obj::is_gc_type`,
/// except that range iterators are plain objects and weakrefs are GC objects
/// in CPython (glasspy's tracking decisions are `is_gc_type`'s business; this
/// is only about layout).
pub fn has_gc_head(obj: &Obj) -> bool {
    match obj {
        Obj::Iter(it) if matches!(**it, IterState::Range { .. }) => false,
        Obj::WeakRef(_) => true,
        o => o.is_gc_type(),
    }
}

/// The class of an instance is a built-in type (`object`, `Exception`, ...),
/// not a class statement's.
fn instance_of_builtin(heap: &Heap, i: &Instance) -> bool {
    !heap.is_live(i.class) || is_builtin_class(heap, i.class)
}

/// The `__slots__` layout of an instance's class, if it has one (no dict).
fn slot_layout<'a>(heap: &'a Heap, i: &Instance) -> Option<&'a SlotLayout> {
    match heap.get(i.class) {
        Obj::Class(c) if heap.is_live(i.class) => c.slots.as_deref(),
        _ => None,
    }
}

/// A built-in type or exception class (CPython: a static type).
pub fn is_builtin_class(heap: &Heap, c: ObjRef) -> bool {
    match heap.get(c) {
        Obj::Class(cls) => cls.builtin.is_some() || heap.flags(c) & super::F_RUNTIME != 0,
        _ => false,
    }
}

/// Bytes before the object's address inside its block.
pub fn preheader(heap: &Heap, obj: &Obj) -> usize {
    match obj {
        Obj::Instance(i) if i.exc.is_none() => {
            if instance_of_builtin(heap, i) {
                0 // object(): a bare PyObject, not even a GC object
            } else if slot_layout(heap, i).is_some() {
                GC_HEAD // no managed dict before the GC head
            } else {
                32
            }
        }
        Obj::Sub(s) => s.preheader(),
        o if has_gc_head(o) => GC_HEAD,
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
        return 48 + s.nchars() as usize + 1;
    }
    let max = s.s().chars().map(|c| c as u32).max().unwrap_or(0);
    let kind = if max < 256 {
        1
    } else if max < 65536 {
        2
    } else {
        4
    };
    72 + (s.nchars() as usize + 1) * kind
}

/// `__sizeof__` of the object itself (without the GC header), as far as
/// the object alone tells.  `basic_size_in` refines the cases that depend on
/// another object (an instance's class, a set iterator's set).
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
        // PySetObject, with its 8-entry smalltable inline
        Obj::Set(_) => 200,
        // sizeof(PyTypeObject) for a static type, sizeof(PyHeapTypeObject) for a class statement's
        Obj::Class(c) => {
            if c.builtin.is_some() {
                408
            } else {
                904
            }
        }
        Obj::Instance(i) => {
            if i.exc.is_some() {
                72
            } else {
                24
            }
        }
        Obj::Function(_) => 136,
        // PyCFunctionObject
        Obj::BuiltinFunction { .. } => 56,
        Obj::Method { .. } => 48,
        Obj::Cell(_) => 24,
        Obj::Code(c) => 192 + 2 * c.consts.len() * 8,
        Obj::Module(_) => 56,
        Obj::Range(_) => 48,
        Obj::Slice(_) => 40,
        Obj::Iter(it) => match &**it {
            // listiterobject, tupleiterobject, unicodeiterobject
            IterState::Seq { .. } => 32,
            // rangeiterobject (not a GC object)
            IterState::Range { .. } => 48,
            // dictiterobject (a set's iterator is refined in basic_size_in)
            IterState::DictKeys { .. } => 56,
            // enumobject (3.11 has the cached `one`)
            IterState::Enumerate { .. } => 56,
            // zipobject
            IterState::Zip { .. } => 48,
            // map, filter, reversed, seqiter objects
            // mapobject, filterobject: the function and the iterator(s)
            IterState::Map { .. } | IterState::Filter { .. } => 32,
            IterState::Values { .. } => 32,
        },
        Obj::DictView { .. } => 24,
        Obj::WeakRef(_) => 64,
        Obj::Frame(_) => 72,
        // propertyobject: get, set, del, doc, name, getter_doc
        Obj::Property { .. } => 64,
        Obj::StaticMethod(_) | Obj::ClassMethod(_) => 32,
        Obj::Super { .. } => 40,
        Obj::Generator(g) => g.basic_size(),
        Obj::Traceback(_) => 40,
        Obj::Sub(s) => s.basic_size(),
    }
}

/// `basic_size` with what other objects tell: `object()` is a bare 16-byte
/// PyObject; an instance of a class statement deriving from an exception
/// adds `__weakref__` to BaseException's 72 bytes; a set's iterator is a
/// setiterobject.
pub fn basic_size_in(heap: &Heap, obj: &Obj) -> usize {
    match obj {
        Obj::Instance(i) if instance_of_builtin(heap, i) && i.exc.is_none() => 16,
        Obj::Instance(i) if i.exc.is_none() => slot_layout(heap, i).map_or_else(|| basic_size(obj), SlotLayout::basic_size),
        Obj::Instance(i) if i.exc.is_some() && !instance_of_builtin(heap, i) => 80,
        Obj::Iter(it) => match &**it {
            IterState::DictKeys { dict, .. } if heap.is_live(*dict) && matches!(heap.get(*dict), Obj::Set(_)) => 48,
            _ => basic_size(obj),
        },
        o => basic_size(o),
    }
}

/// What the object's own block asks the allocator for, and its pre-header.
pub fn block_request(heap: &Heap, obj: &Obj) -> (usize, usize) {
    let pre = preheader(heap, obj);
    let base = match obj {
        // _PyLong_New always allocates at least one digit.
        Obj::Int(0) => 28,
        // A managed-dict instance's pre-header already holds what
        // __sizeof__ counts for it.
        Obj::Instance(i) if i.exc.is_none() && pre == 32 => 24,
        Obj::Generator(g) => g.block_size(),
        o => basic_size_in(heap, o),
    };
    (pre + base, pre)
}

/// Bytes of a set's table when it is not the inline smalltable (16-byte
/// setentry per slot).
pub fn set_table_bytes(d: &super::Dict) -> usize {
    d.set_table_size()
}

/// `_PyDict_NewKeysForClass`: the shared-keys table a class statement's
/// class keeps for its instances (64 slots, 42 unicode entries).
pub const CACHED_KEYS_SIZE: usize = 32 + 64 + 42 * 16;

/// sys.getsizeof
pub fn getsizeof(heap: &Heap, r: ObjRef) -> usize {
    let obj = heap.get_raw(r);
    let gc = match obj {
        Obj::Sub(s) => s.preheader(),
        Obj::Instance(i) if i.exc.is_none() && instance_of_builtin(heap, i) => 0,
        o if has_gc_head(o) => GC_HEAD,
        _ => 0,
    };
    let payload = match obj {
        Obj::Sub(s) => &s.value,
        o => o,
    };
    let extra = match payload {
        Obj::List(l) => 8 * l.allocated,
        Obj::Dict(d) => d.keys_size(),
        Obj::Set(d) => set_table_bytes(d),
        Obj::Instance(i) if i.exc.is_none() && !instance_of_builtin(heap, i) && slot_layout(heap, i).is_none() => 16,
        // Instances of a class with __slots__ and no __dict__ share no keys.
        Obj::Class(c) if !is_builtin_class(heap, r) && !c.is_exception && c.slots.is_none() => CACHED_KEYS_SIZE,
        _ => 0,
    };
    let basic = match obj {
        Obj::Class(_) if is_builtin_class(heap, r) => 408,
        o => basic_size_in(heap, o),
    };
    basic + gc + extra
}
