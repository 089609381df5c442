//! The built-in types made on first use: `coroutine`, `frozenset`,
//! `complex`, `bytearray`, `memoryview`.
//!
//! A program that never names one of these types and never makes one of
//! its objects must see the start-up heap unchanged (the same ids, the
//! same `gc.get_objects()`), so their type objects are not made with the
//! others in `init_types`: each is made, once, by `ensure_type` just
//! before its first object (a literal `1j` in compiled code, a
//! `frozenset(...)` call) or the first time the program names it, when
//! its name also goes into the builtins dict. `Types::by_id` keeps its
//! index-by-`TypeId` layout with NULL for the ones not made yet.

use super::*;

/// The name of a type made on first use.
pub fn type_name(t: TypeId) -> &'static str {
    match t {
        TypeId::Coroutine => "coroutine",
        TypeId::FrozenSet => "frozenset",
        TypeId::Complex => "complex",
        TypeId::ByteArray => "bytearray",
        TypeId::MemoryView => "memoryview",
        TypeId::GetSetDescriptor => "getset_descriptor",
        TypeId::MappingProxy => "mappingproxy",
        _ => "?",
    }
}

/// The lazy types a program can name as builtins.
const NAMED: &[TypeId] = &[TypeId::FrozenSet, TypeId::Complex, TypeId::ByteArray, TypeId::MemoryView];

impl Interp {
    /// The type object of `t`, made now if this is its first use.
    pub fn ensure_type(&mut self, t: TypeId) -> ObjRef {
        let i = t as usize;
        if let Some(&c) = self.types.by_id.get(i) {
            if !c.is_null() {
                return c;
            }
        }
        let object = self.type_obj(TypeId::Object);
        self.incref(object);
        let name = type_name(t);
        let n = self.heap.intern(name);
        let c = self.runtime_obj(Obj::Class(Box::new(ClassObj {
            builtin: Some(t),
            ..ClassObj::new(n, name, Some(object))
        })));
        if self.types.by_id.len() <= i {
            self.types.by_id.resize(i + 1, ObjRef::NULL);
        }
        self.types.by_id[i] = c;
        c
    }

    /// The types whose first objects the compiler made (complex constants).
    pub fn ensure_pending_types(&mut self) {
        while let Some(t) = self.heap.pending_types.pop() {
            self.ensure_type(t);
        }
    }

    /// A lazy type named for the first time as a builtin (a new reference,
    /// also stored in the builtins dict), or None.
    pub fn lazy_type_builtin(&mut self, name: ObjRef) -> Option<ObjRef> {
        let n = self.heap.as_str(name)?;
        let &t = NAMED.iter().find(|&&t| type_name(t) == n)?;
        let c = self.ensure_type(t);
        let b = self.builtins;
        let key = self.heap.intern(type_name(t));
        let _ = self.dict_set(b, key, c);
        self.decref(key);
        self.incref(c);
        Some(c)
    }
}
