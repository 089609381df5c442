//! dict: `Obj::Dict`, a `Dict` (`heap/dict.rs`: insertion-ordered entries,
//! hash index and CPython's key-table sizes).
//!
//! * holds: each entry's key and value (`Role::Key(i)`, `Role::Value(i)`,
//!   by entry index);
//! * release order (dict_dealloc): each entry's key then value, in
//!   insertion order; then the keys table, then the object (onto the dict
//!   free list when there is room);
//! * traverse (dict_traverse): a table of str keys only visits the values
//!   (str cannot lead to a cycle); a general one each value, then its key;
//!   clear (PyDict_Clear): each key then value, then the old keys table (the
//!   heap resyncs the table's size);
//! * size: PyDictObject, 48 bytes; `getsizeof` adds the keys table
//!   (`Dict::keys_size`);
//! * finalizer: none.
//!
//! A dict is a GC type but is born untracked: the heap tracks it when a
//! value that may be tracked goes in (`_PyObject_GC_MAY_BE_TRACKED`).

use super::{Release, TypeSlots};
use crate::heap::{Dict, Heap, ObjRef, Role};

impl TypeSlots for Dict {
    #[inline]
    fn type_name(&self) -> &'static str {
        "dict"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        for (i, e) in self.entries.iter().enumerate() {
            if e.key.is_null() {
                continue;
            }
            f(e.key, Role::Key(i as u32));
            if !e.value.is_null() {
                f(e.value, Role::Value(i as u32));
            }
        }
    }
    #[inline]
    fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        for e in self.iter() {
            if !e.value.is_null() {
                f(e.value);
                if !self.unicode {
                    f(e.key);
                }
            }
        }
    }
    #[inline]
    fn traverse_steps(&self) -> usize {
        self.entries.len()
    }
    /// Entry `k`: its value, then (general tables) its key.
    #[inline]
    fn traverse_step(&self, k: usize) -> [ObjRef; 2] {
        let e = &self.entries[k];
        if e.key.is_null() || e.value.is_null() {
            return [ObjRef::NULL; 2];
        }
        [e.value, if self.unicode { ObjRef::NULL } else { e.key }]
    }
    #[inline]
    fn take_refs(&mut self, out: &mut Vec<ObjRef>) {
        for e in self.iter() {
            out.push(e.key);
            if !e.value.is_null() {
                out.push(e.value);
            }
        }
        self.take_all();
    }
    #[inline]
    fn clear(&mut self, out: &mut Vec<ObjRef>) {
        for e in self.take_all() {
            if !e.key.is_null() {
                out.push(e.key);
                if !e.value.is_null() {
                    out.push(e.value);
                }
            }
        }
    }
    #[inline]
    fn clear_into(&mut self, cx: &mut Release) {
        TypeSlots::clear(self, &mut cx.refs);
        cx.sync_keys = true;
    }
    #[inline]
    fn basic_size(&self) -> usize {
        48
    }
    #[inline]
    fn getsizeof(&self, heap: &Heap, _r: ObjRef) -> usize {
        self.basic_size_in(heap) + self.gc_head_in(heap) + self.keys_size()
    }
}
