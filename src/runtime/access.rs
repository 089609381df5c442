//! Attribute and item access, and the dict/list/set primitives the rest of
//! the runtime builds on. Every function here that stores a value takes a
//! *borrowed* reference and counts its own.

use super::ops::Num;
use super::pyfmt;
use super::*;
use crate::types::class::{mro_find, mro_list};

/// Key equality without running Python code: identity, then value equality
/// for str, numbers and tuples of those. (User `__eq__` on dict keys is not
/// consulted; instances compare by identity.)
pub fn key_eq(heap: &Heap, a: ObjRef, b: ObjRef) -> bool {
    if a == b {
        return true;
    }
    match (heap.get(a), heap.get(b)) {
        (Obj::Str(x), Obj::Str(y)) => (x.hash() == y.hash() || x.hash() == -1 || y.hash() == -1) && x.s() == y.s(),
        (Obj::Int(x), Obj::Int(y)) => x == y,
        (Obj::BigInt(x), Obj::BigInt(y)) => x == y,
        (Obj::Float(x), Obj::Float(y)) => x == y,
        (Obj::Int(x), Obj::Float(y)) | (Obj::Float(y), Obj::Int(x)) => (*x as f64) == *y && y.fract() == 0.0 && (*y as i64) == *x,
        (Obj::Bool(x), Obj::Int(y)) | (Obj::Int(y), Obj::Bool(x)) => (*x as i64) == *y,
        (Obj::Bool(x), Obj::Float(y)) | (Obj::Float(y), Obj::Bool(x)) => (*x as i64 as f64) == *y,
        (Obj::Tuple(x), Obj::Tuple(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(&p, &q)| key_eq(heap, p, q)),
        (Obj::Bytes(x), Obj::Bytes(y)) => **x == **y,
        // frozensets as keys: the same elements (found by their hashes)
        (Obj::Complex(_), _) | (_, Obj::Complex(_)) => crate::runtime::complex::complex_key_eq(heap, a, b),
        (Obj::Set(x), Obj::Set(y)) => x.len() == y.len() && x.iter().all(|e| y.find(e.hash, |k| key_eq(heap, k, e.key)).is_some()),
        _ => false,
    }
}

/// Attribute-name equality. Attribute names are interned (names in code,
/// and getattr/setattr intern theirs), so identity decides unless the name
/// looked up is not interned.
#[inline]
pub fn name_eq(heap: &Heap, k: ObjRef, name: ObjRef) -> bool {
    k == name || (heap.flags(name) & (F_INTERNED | F_RUNTIME) == 0 && key_eq(heap, k, name))
}

/// Could this object be (or become) tracked by the gc? (_PyObject_GC_MAY_BE_TRACKED)
pub fn may_be_tracked(heap: &Heap, r: ObjRef) -> bool {
    let o = heap.get_raw(r);
    if !o.is_gc_in(heap) {
        return false;
    }
    match o {
        Obj::Tuple(_) => heap.is_tracked(r),
        _ => true,
    }
}

impl Interp {
    pub fn str_eq(&self, a: ObjRef, b: ObjRef) -> bool {
        key_eq(&self.heap, a, b)
    }

    // ----- dicts ------------------------------------------------------------------

    /// Fast lookup of a str key (names): borrowed value.
    #[inline]
    pub fn dict_get_str(&self, d: ObjRef, key: ObjRef) -> Option<ObjRef> {
        self.dict_index_str(d, key).map(|i| self.dict_value_at(d, i))
    }

    #[inline]
    pub fn dict_version(&self, d: ObjRef) -> u64 {
        match self.heap.get(d) {
            Obj::Dict(dict) => dict.version,
            _ => 0,
        }
    }

    /// Entry index of a str key (names).
    #[inline]
    pub fn dict_index_str(&self, d: ObjRef, key: ObjRef) -> Option<usize> {
        let Obj::Dict(dict) = self.heap.get(d) else { return None };
        let hash = match self.heap.get(key) {
            Obj::Str(s) => {
                if s.hash() != -1 {
                    s.hash()
                } else {
                    pyfmt::str_hash(&s.s())
                }
            }
            _ => return None,
        };
        let heap = &self.heap;
        dict.find(hash, |k| k == key || key_eq(heap, k, key))
    }

    #[inline]
    pub fn dict_value_at(&self, d: ObjRef, i: usize) -> ObjRef {
        match self.heap.get(d) {
            Obj::Dict(dict) => dict.entries[i].value,
            _ => ObjRef::NULL,
        }
    }

    /// Index of `key`'s entry.
    pub fn dict_lookup(&mut self, d: ObjRef, key: ObjRef) -> R<Option<usize>> {
        let hash = self.hash(key)?;
        self.dict_find(d, key, hash)
    }

    /// The entry of `key` (with this hash): value equality without Python
    /// code first; then, for instances with `__eq__`, the entries of equal
    /// hash compared with `==` as CPython's lookdict does.
    fn dict_find(&mut self, d: ObjRef, key: ObjRef, hash: i64) -> R<Option<usize>> {
        let (Obj::Dict(dict) | Obj::Set(dict)) = self.heap.get(d) else { return Ok(None) };
        let heap = &self.heap;
        if let Some(i) = dict.find(hash, |k| key_eq(heap, k, key)) {
            return Ok(Some(i));
        }
        // Keys whose equality runs code: instances, and weakrefs (equal
        // when their referents are).
        if !matches!(heap.get(key), Obj::Instance(_) | Obj::WeakRef(_)) {
            return Ok(None);
        }
        let candidates: Vec<(usize, ObjRef)> = dict
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.key.is_null() && e.hash == hash && e.key != key)
            .map(|(i, e)| (i, e.key))
            .collect();
        for (i, k) in candidates {
            self.incref(k);
            self.stack.push(k);
            let r = self.eq(k, key);
            self.stack.pop();
            self.decref(k);
            if r? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// Borrowed value for `key`.
    pub fn dict_get(&mut self, d: ObjRef, key: ObjRef) -> R<Option<ObjRef>> {
        let i = self.dict_lookup(d, key)?;
        Ok(i.map(|i| match self.heap.get(d) {
            Obj::Dict(dict) => dict.entries[i].value,
            _ => ObjRef::NULL,
        }))
    }

    /// `d[key] = value` (both borrowed).
    pub fn dict_set(&mut self, d: ObjRef, key: ObjRef, value: ObjRef) -> R<()> {
        let hash = self.hash(key)?;
        if !matches!(self.heap.get(d), Obj::Dict(_)) {
            return Ok(());
        }
        let found = self.dict_find(d, key, hash)?;
        self.heap.incref(value);
        if !self.heap.is_tracked(d) && may_be_tracked(&self.heap, value) {
            self.heap.gc_track(d);
        }
        match found {
            Some(i) => {
                let old = match self.heap.get_mut(d) {
                    Obj::Dict(dict) => std::mem::replace(&mut dict.entries[i].value, value),
                    _ => unreachable!(),
                };
                self.decref(old);
            }
            None => {
                self.heap.incref(key);
                if !self.heap.is_tracked(d) && may_be_tracked(&self.heap, key) {
                    self.heap.gc_track(d);
                }
                let is_str = matches!(self.heap.get(key), Obj::Str(_));
                self.heap.dict_prepare_insert(d, is_str);
                if let Obj::Dict(dict) = self.heap.get_mut(d) {
                    dict.push(hash, key, value);
                }
            }
        }
        Ok(())
    }

    /// `del d[key]`: false if absent.
    pub fn dict_del(&mut self, d: ObjRef, key: ObjRef) -> R<bool> {
        let Some(i) = self.dict_lookup(d, key)? else { return Ok(false) };
        let (k, v) = match self.heap.get_mut(d) {
            Obj::Dict(dict) | Obj::Set(dict) => dict.remove_at(i),
            _ => unreachable!(),
        };
        self.decref(k);
        self.xdecref(v);
        Ok(true)
    }

    /// Removes and returns (owned) the value for key.
    pub fn dict_pop(&mut self, d: ObjRef, key: ObjRef) -> R<Option<ObjRef>> {
        let Some(i) = self.dict_lookup(d, key)? else { return Ok(None) };
        let (k, v) = match self.heap.get_mut(d) {
            Obj::Dict(dict) => dict.remove_at(i),
            _ => unreachable!(),
        };
        self.decref(k);
        Ok(Some(v))
    }

    pub fn dict_items(&self, d: ObjRef) -> Vec<(ObjRef, ObjRef)> {
        match self.heap.get(d) {
            Obj::Dict(dict) | Obj::Set(dict) => dict.iter().map(|e| (e.key, e.value)).collect(),
            _ => vec![],
        }
    }

    /// dict.update(m) for an instance with a `keys` method (a mapping
    /// written in Python): `d[k] = m[k]` for each of `m.keys()`, as
    /// PyDict_Merge does. None when `other` has no `keys`.
    fn update_from_keys(&mut self, d: ObjRef, other: ObjRef) -> Option<R<()>> {
        if !matches!(self.heap.get(other), Obj::Instance(_)) {
            return None;
        }
        let name = self.heap.intern("keys");
        let cls = self.type_of(other);
        let found = self.lookup_user_attr(cls, name).is_some();
        if !found {
            self.decref(name);
            return None;
        }
        let r = self.getattr(other, name);
        self.decref(name);
        let keys = match r.and_then(|m| {
            self.stack.push(m);
            let r = self.call(m, 0, &[]);
            let m = self.stack.pop().unwrap();
            self.decref(m);
            r
        }) {
            Ok(k) => k,
            Err(e) => return Some(Err(e)),
        };
        // The keys wait on the stack (counted) while __getitem__ runs.
        let base = self.stack.len();
        self.stack.push(keys);
        let r = (|| {
            let list = self.collect_items(keys)?;
            for &k in &list {
                self.stack.push(k);
            }
            for i in 0..list.len() {
                let k = self.stack[base + 1 + i];
                let v = self.getitem(other, k)?;
                let r = self.dict_set(d, k, v);
                self.decref(v);
                r?;
            }
            Ok(())
        })();
        self.unwind_to(base);
        Some(r)
    }

    /// dict.update(other): a dict or an iterable of pairs.
    pub fn dict_update(&mut self, d: ObjRef, other: ObjRef) -> R<()> {
        if let Obj::Dict(_) = self.heap.get(other) {
            // dict_merge: clone a clean table into an empty dict, or resize once
            if self.heap.dict_merge_prepare(d, other) {
                return Ok(());
            }
            let items = self.dict_items(other);
            for (k, v) in items {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if let Obj::MappingProxy(_) = self.heap.get(other) {
            for (k, v) in self.proxy_entries(other) {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if let Some(r) = self.update_from_keys(d, other) {
            return r;
        }
        let pairs = self.collect_items(other)?;
        let mut result = Ok(());
        for (n, &p) in pairs.iter().enumerate() {
            if result.is_err() {
                break;
            }
            let kv = match self.heap.get(p) {
                Obj::Tuple(t) if t.len() == 2 => Some((t[0], t[1])),
                Obj::List(l) if l.items.len() == 2 => Some((l.items[0], l.items[1])),
                _ => None,
            };
            result = match kv {
                Some((k, v)) => self.dict_set(d, k, v),
                None => {
                    let seq = matches!(self.heap.get(p), Obj::Tuple(_) | Obj::List(_) | Obj::Str(_) | Obj::Dict(_) | Obj::Set(_) | Obj::Bytes(_) | Obj::Range(_));
                    if seq {
                        let msg = format!("dictionary update sequence element #{} has length {}; 2 is required", n, self.len_of(p).unwrap_or(0));
                        Err(self.new_exception(ExcKind::ValueError, Some(&msg)))
                    } else {
                        let msg = format!("cannot convert dictionary update sequence element #{} to a sequence", n);
                        Err(self.type_error(msg))
                    }
                }
            };
        }
        for p in pairs {
            self.decref(p);
        }
        result
    }

    pub fn dict_copy(&mut self, d: ObjRef) -> R<ObjRef> {
        let shape = match self.heap.get(d) {
            Obj::Dict(dict) => {
                if dict.used > 0 && dict.used >= dict.entries.len() * 2 / 3 {
                    Some(dict.clone_shape())
                } else {
                    None
                }
            }
            _ => None,
        };
        match shape {
            Some(copy) => {
                for e in copy.iter() {
                    self.heap.incref(e.key);
                    self.heap.incref(e.value);
                }
                let tracked = self.heap.is_tracked(d);
                let n = self.alloc(Obj::Dict(Box::new(copy)));
                self.heap.dict_sync_keys(n);
                if tracked {
                    self.heap.gc_track(n);
                }
                Ok(n)
            }
            None => {
                let n = self.new_dict();
                if let Err(e) = self.dict_update(n, d) {
                    self.decref(n);
                    return Err(e);
                }
                Ok(n)
            }
        }
    }

    /// Empties a dict (values released in insertion order).
    pub fn dict_clear(&mut self, d: ObjRef) {
        let entries = match self.heap.get_mut(d) {
            Obj::Dict(dict) | Obj::Set(dict) => dict.take_all(),
            _ => return,
        };
        self.heap.dict_sync_keys(d);
        for e in entries {
            if !e.key.is_null() {
                self.decref(e.key);
                self.xdecref(e.value);
            }
        }
    }

    // ----- sets -------------------------------------------------------------------

    pub fn new_set_from(&mut self, items: Vec<ObjRef>) -> R<ObjRef> {
        let s = self.alloc(Obj::Set(Box::new(Dict::new())));
        let mark = self.hold(&items, "items of a set being built");
        self.hold_one(s, "set being built");
        let mut r = Ok(());
        for &i in &items {
            if r.is_ok() {
                r = self.set_add(s, i);
            }
        }
        self.unhold(mark);
        for i in items {
            self.decref(i);
        }
        match r {
            Ok(()) => Ok(s),
            Err(e) => {
                self.decref(s);
                Err(e)
            }
        }
    }

    /// set.add (borrowed item).
    pub fn set_add(&mut self, s: ObjRef, item: ObjRef) -> R<()> {
        let hash = self.hash(item)?;
        if !matches!(self.heap.get(s), Obj::Set(_)) {
            return Ok(());
        }
        let found = self.dict_find(s, item, hash)?.is_some();
        if !found {
            self.heap.incref(item);
            self.heap.dict_prepare_insert(s, false);
            if let Obj::Set(d) = self.heap.get_mut(s) {
                d.push(hash, item, ObjRef::NULL);
            }
        }
        Ok(())
    }

    // ----- lists --------------------------------------------------------------------

    /// list.append (consumes `v`).
    pub fn list_append(&mut self, l: ObjRef, v: ObjRef) {
        let (len, alloc) = match self.heap.get(l) {
            Obj::List(lo) => (lo.items.len(), lo.allocated),
            _ => return,
        };
        if len + 1 > alloc {
            self.heap.list_resize(l, len + 1);
        }
        if let Obj::List(lo) = self.heap.get_mut(l) {
            lo.items.push(v);
        }
    }

    /// list.extend / list += iterable
    pub fn list_extend(&mut self, l: ObjRef, it: ObjRef) -> R<()> {
        let items = self.collect_items(it)?;
        let len = match self.heap.get(l) {
            Obj::List(lo) => lo.items.len(),
            _ => 0,
        };
        if items.is_empty() {
            return Ok(());
        }
        let _ = len;
        // list_extend's capacity decisions (exact path for a list or tuple,
        // length-hint path for other iterables)
        self.heap.list_extend_alloc(l, it, items.len());
        if let Obj::List(lo) = self.heap.get_mut(l) {
            lo.items.extend(items);
        }
        Ok(())
    }

    // ----- attributes -------------------------------------------------------------

    /// Finds `name` on a class or along its MRO (borrowed).
    pub fn lookup_class_attr(&self, cls: ObjRef, name: ObjRef) -> Option<ObjRef> {
        mro_find(&self.heap, cls, |_, c| c.attrs.iter().find(|&&(k, _)| name_eq(&self.heap, k, name)).map(|&(_, v)| v))
    }

    /// Like lookup_class_attr, but only in classes defined by the program (not the runtime's).
    pub fn lookup_user_attr(&self, cls: ObjRef, name: ObjRef) -> Option<ObjRef> {
        mro_find(&self.heap, cls, |k, c| {
            if self.heap.flags(k) & F_RUNTIME != 0 {
                return None;
            }
            c.attrs.iter().find(|&&(n, _)| name_eq(&self.heap, n, name)).map(|&(_, v)| v)
        })
    }

    /// The class whose MRO a super object searches: the second argument
    /// itself when it is a subclass of the first, else its type.
    pub fn super_start(&self, class: ObjRef, obj: ObjRef) -> ObjRef {
        if matches!(self.heap.get(obj), Obj::Class(_)) && self.mro_contains(obj, class) {
            obj
        } else {
            self.type_of(obj)
        }
    }

    /// LOAD_METHOD: a Python function found on an instance's class (new reference),
    /// when the instance has no attribute of that name itself.
    pub fn method_lookup(&mut self, o: ObjRef, name: ObjRef) -> Option<ObjRef> {
        if let Some(cls) = self.sub_class(o) {
            return self.sub_method_lookup(o, cls, name);
        }
        let Obj::Instance(inst) = self.heap.get(o) else { return None };
        if inst.attrs.iter().any(|&(k, _)| name_eq(&self.heap, k, name)) || self.has_getattribute(inst.class) {
            return None;
        }
        let cls = inst.class;
        let f = self.lookup_class_attr(cls, name)?;
        if let Obj::Function(_) = self.heap.get(f) {
            self.heap.incref(f);
            return Some(f);
        }
        None
    }

    pub(crate) fn attr_error(&mut self, o: ObjRef, name: ObjRef) -> Exc {
        let n = self.heap.as_str(name).unwrap_or("?").to_string();
        let msg = match self.heap.get(o) {
            Obj::Class(_) => format!("type object '{}' has no attribute '{}'", self.class_name(o), n),
            Obj::Module(m) => format!("module '{}' has no attribute '{}'", self.heap.as_str(m.name).unwrap_or("?"), n),
            _ => format!("'{}' object has no attribute '{}'", self.type_name(o), n),
        };
        let e = self.new_exception(ExcKind::AttributeError, Some(&msg));
        self.attr_error_context(e, o, name)
    }

    /// Binds a class attribute to an instance (functions become bound methods).
    pub(crate) fn bind_attr(&mut self, v: ObjRef, inst: ObjRef, cls: ObjRef) -> R<ObjRef> {
        match self.heap.get(v) {
            Obj::Function(_) => {
                self.incref(v);
                self.incref(inst);
                Ok(self.alloc(Obj::Method { func: v, self_: inst }))
            }
            Obj::StaticMethod(f) => {
                let f = *f;
                self.incref(f);
                Ok(f)
            }
            Obj::ClassMethod(f) => {
                let f = *f;
                self.incref(f);
                self.incref(cls);
                Ok(self.alloc(Obj::Method { func: f, self_: cls }))
            }
            Obj::Property(p) => {
                let g = p.fget;
                if g.is_null() {
                    return Err(self.new_exception(ExcKind::AttributeError, Some("property has no getter")));
                }
                self.incref(inst);
                self.stack.push(inst);
                self.call(g, 1, &[])
            }
            _ => {
                if let Some(r) = self.descr_get_if_any(v, inst, cls) {
                    return r;
                }
                self.incref(v);
                Ok(v)
            }
        }
    }

    pub fn getattr(&mut self, o: ObjRef, name: ObjRef) -> R<ObjRef> {
        // Fast paths that need no name text: an instance attribute or class
        // attribute found by identity of the interned name, a module global.
        match self.heap.get(o) {
            Obj::Instance(inst) if self.has_getattribute(inst.class) => {
                let cls = inst.class;
                return self.getattr_hooked(o, cls, name);
            }
            Obj::Instance(inst) => {
                for &(k, v) in &inst.attrs {
                    if k == name {
                        self.heap.incref(v);
                        return Ok(v);
                    }
                }
            }
            Obj::Module(m) => {
                let d = m.dict;
                if self.sys_pending != 0 {
                    super::sys_objects::before_lookup(self, o, d, name)?;
                }
                if let Some(v) = self.dict_get_str(d, name) {
                    self.heap.incref(v);
                    return Ok(v);
                }
            }
            _ => {}
        }
        if let Some(cls) = self.sub_class(o).filter(|&c| self.has_getattribute(c)) {
            return self.getattr_hooked(o, cls, name);
        }
        self.getattr_generic(o, name, true)
    }

    /// PyObject_GenericGetAttr: data descriptors of the class, the object's
    /// own attributes, the class's, then (when `hook`) the class's
    /// `__getattr__`, which `object.__getattribute__` does not call.
    pub(crate) fn getattr_generic(&mut self, o: ObjRef, name: ObjRef, hook: bool) -> R<ObjRef> {
        // A data descriptor on the class comes before the instance's own attribute.
        if let Obj::Instance(inst) = self.heap.get(o) {
            let cls = inst.class;
            if let Some(v) = self.lookup_class_attr(cls, name).filter(|&v| self.is_user_data_descr(v)) {
                if let Some(r) = self.descr_get_if_any(v, o, cls) {
                    return r;
                }
            }
        }
        if let Some(cls) = self.sub_class(o) {
            return self.sub_getattr(o, cls, name, hook);
        }
        if let Obj::Super { class, obj } = self.heap.get(o) {
            // super(): look the name up after `class` in the MRO of the
            // instance's type (of the class itself for super(C, cls)).
            let (class, obj) = (*class, *obj);
            let start = self.super_start(class, obj);
            let rest = mro_list(&self.heap, start);
            let after = rest.iter().position(|&k| k == class).map_or(&rest[..0], |i| &rest[i + 1..]);
            if !after.is_empty() {
                let found = after.iter().find_map(|&k| match self.heap.get(k) {
                    Obj::Class(c) => c.attrs.iter().find(|&&(n, _)| name_eq(&self.heap, n, name)).map(|&(_, v)| v),
                    _ => None,
                });
                if let Some(v) = found {
                    let owner = if matches!(self.heap.get(obj), Obj::Class(_)) { obj } else { self.type_of(obj) };
                    return self.bind_attr(v, obj, owner);
                }
                // A method of a built-in base (list.append, int.__new__).
                let builtin = self.heap.as_str(name).and_then(|n| {
                    after.iter().find_map(|&k| match self.heap.get(k) {
                        Obj::Class(c) => c.builtin.and_then(|t| builtins::find_method_by_type(t, n).map(|id| (id, t))),
                        _ => None,
                    })
                });
                if let Some((id, t)) = builtin {
                    let n = self.heap.as_str(name).unwrap_or("");
                    let exc_init = n == "__init__" && t == TypeId::Object && matches!(self.heap.get(obj), Obj::Instance(i) if i.exc.is_some());
                    if n == "__new__" {
                        return Ok(self.alloc(Obj::BuiltinFunction { id, bound: ObjRef::NULL }));
                    }
                    let class_method = t == TypeId::Type || n == "__init_subclass__";
                    if !exc_init && (class_method || !matches!(self.heap.get(obj), Obj::Class(_))) {
                        self.incref(obj);
                        return Ok(self.alloc(Obj::BuiltinFunction { id, bound: obj }));
                    }
                }
                // object.__init__ and friends exist on every class.
                let n = self.heap.as_str(name).unwrap_or("");
                if n == "__init__" || n == "__del__" {
                    let is_exc = matches!(self.heap.get(obj), Obj::Instance(i) if i.exc.is_some());
                    if is_exc && n == "__init__" {
                        let id = builtins::exc_init_id();
                        self.incref(obj);
                        return Ok(self.alloc(Obj::BuiltinFunction { id, bound: obj }));
                    }
                    let id = builtins::object_noop_id();
                    return Ok(self.alloc(Obj::BuiltinFunction { id, bound: ObjRef::NULL }));
                }
            }
            let n = self.heap.as_str(name).unwrap_or("?").to_string();
            let msg = format!("'super' object has no attribute '{}'", n);
            return Err(self.new_exception(ExcKind::AttributeError, Some(&msg)));
        }
        let n = self.heap.as_str(name).unwrap_or("").to_string();
        if self.is_gen_payload(o) {
            if let Some(r) = self.gen_getattr(o, &n) {
                return r;
            }
        }
        if matches!(self.heap.get(o), Obj::Frame(_)) {
            if let Some(r) = self.frame_getattr(o, &n) {
                return r;
            }
        }
        if let Some(v) = self.code_getattr(o, &n) {
            return Ok(v);
        }
        match self.heap.get(o) {
            Obj::Instance(inst) => {
                for &(k, v) in &inst.attrs {
                    if name_eq(&self.heap, k, name) {
                        self.heap.incref(v);
                        return Ok(v);
                    }
                }
                let cls = inst.class;
                let exc = inst.exc.as_ref().map(|s| (s.args, s.context, s.cause));
                if let Some(v) = self.lookup_class_attr(cls, name).filter(|&v| !self.is_getset(v)) {
                    return self.bind_attr(v, o, cls);
                }
                match n.as_str() {
                    "__class__" => {
                        self.incref(cls);
                        return Ok(cls);
                    }
                    "__weakref__" if self.weakrefable(o) => return Ok(self.first_weakref(o)),
                    "__suppress_context__" if exc.is_some() => {
                        let sup = matches!(self.heap.get(o), Obj::Instance(i) if i.exc.as_ref().is_some_and(|s| s.suppress_context));
                        return Ok(self.heap.bool(sup));
                    }
                    "__traceback__" if exc.is_some() => return Ok(self.exception_traceback(o)),
                    "name" | "obj" if exc.is_some() && self.is_instance_of_exc(o, ExcKind::AttributeError) => return Ok(self.heap.none()),
                    "name" if exc.is_some() && self.is_instance_of_exc(o, ExcKind::NameError) => return Ok(self.heap.none()),
                    "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset" if exc.is_some() => {
                        if let Some(v) = self.syntax_error_attr(o, &n) {
                            return Ok(v);
                        }
                    }
                    "value" if exc.is_some() && self.is_instance_of_exc(o, ExcKind::StopIteration) => {
                        return Ok(self.stop_iteration_value(o));
                    }
                    "args" | "__context__" | "__cause__" if exc.is_some() => {
                        let (a, c, ca) = exc.unwrap();
                        let v = match n.as_str() {
                            "args" => a,
                            "__context__" => c,
                            _ => ca,
                        };
                        let v = if v.is_null() { NONE } else { v };
                        self.incref(v);
                        return Ok(v);
                    }
                    "__dict__" if !matches!(self.heap.get(cls), Obj::Class(c) if c.slots.is_some()) => {
                        let attrs = match self.heap.get(o) {
                            Obj::Instance(i) => i.attrs.clone(),
                            _ => vec![],
                        };
                        let d = self.new_dict();
                        for (k, v) in attrs {
                            self.dict_set(d, k, v)?;
                        }
                        return Ok(d);
                    }
                    _ => {}
                }
                // __getattr__ hook
                let ga = self.heap.intern("__getattr__");
                let getattr_hook = self.lookup_user_attr(cls, ga).filter(|_| hook);
                self.decref(ga);
                if let Some(f) = getattr_hook {
                    self.incref(o);
                    self.incref(name);
                    self.stack.push(o);
                    self.stack.push(name);
                    let r = self.call_held(f, 2);
                    return r;
                }
                Err(self.attr_error(o, name))
            }
            Obj::Class(c) => {
                let (cname, qual, base, builtin, meta) = (c.name, c.qualname.clone(), c.base, c.builtin, c.meta);
                if n == "__dict__" {
                    return self.type_dict(o);
                }
                if let Some(v) = self.lookup_class_attr(o, name) {
                    return match self.heap.get(v) {
                        Obj::StaticMethod(f) => {
                            let f = *f;
                            self.incref(f);
                            Ok(f)
                        }
                        Obj::ClassMethod(f) => {
                            let f = *f;
                            self.incref(f);
                            self.incref(o);
                            Ok(self.alloc(Obj::Method { func: f, self_: o }))
                        }
                        _ => {
                            if let Some(r) = self.descr_get_if_any(v, NONE, o) {
                                return r;
                            }
                            self.incref(v);
                            Ok(v)
                        }
                    };
                }
                // What the metaclass defines, bound to the class.
                if !meta.is_null() {
                    if let Some(v) = self.lookup_user_attr(meta, name) {
                        return self.bind_attr(v, o, meta);
                    }
                }
                match n.as_str() {
                    "__name__" => {
                        // A built-in type's tp_name may name its module
                        // ("weakref.ReferenceType"): __name__ is the last part.
                        if let Some((_, last)) = self.heap.as_str(cname).and_then(|s| s.rsplit_once('.')) {
                            let last = last.to_string();
                            return Ok(self.heap.str(&last));
                        }
                        self.incref(cname);
                        Ok(cname)
                    }
                    "__qualname__" => Ok(self.heap.str(&qual)),
                    // a class statement without a docstring has __doc__ None
                    "__doc__" if self.heap.flags(o) & F_RUNTIME == 0 => Ok(self.heap.none()),
                    "__class__" => {
                        let t = self.type_of(o);
                        self.incref(t);
                        Ok(t)
                    }
                    "__base__" => {
                        let b = base.unwrap_or(NONE);
                        self.incref(b);
                        Ok(b)
                    }
                    "__bases__" | "__mro__" => {
                        let held = match self.heap.get(o) {
                            Obj::Class(c) if n == "__mro__" => c.mro,
                            Obj::Class(c) => c.bases,
                            _ => ObjRef::NULL,
                        };
                        if !held.is_null() {
                            self.incref(held);
                            return Ok(held);
                        }
                        let v = if n == "__mro__" { mro_list(&self.heap, o) } else { base.into_iter().collect() };
                        for &b in &v {
                            self.incref(b);
                        }
                        Ok(self.new_tuple(v))
                    }
                    "__module__" => {
                        let m = if self.heap.flags(o) & F_RUNTIME != 0 { "builtins" } else { "__main__" };
                        Ok(self.heap.str(m))
                    }
                    _ => {
                        if let Some(t) = builtin {
                            if let Some(id) = builtins::find_method_by_type(t, &n) {
                                return Ok(self.alloc(Obj::BuiltinFunction { id, bound: ObjRef::NULL }));
                            }
                        }
                        // The type type's methods (C.mro), bound to the class.
                        if let Some(id) = builtins::find_method_by_type(TypeId::Type, &n).filter(|_| n != "__new__") {
                            self.incref(o);
                            return Ok(self.alloc(Obj::BuiltinFunction { id, bound: o }));
                        }
                        // the metaclass's __getattr__ answers what is missing
                        if let Some(f) = self.meta_dunder(o, "__getattr__") {
                            return self.call_with(f, &[o, name], &[]);
                        }
                        Err(self.attr_error(o, name))
                    }
                }
            }
            Obj::Module(m) => {
                let d = m.dict;
                match self.dict_get_str(d, name) {
                    Some(v) => {
                        self.incref(v);
                        Ok(v)
                    }
                    None => {
                        if n == "__dict__" {
                            self.incref(d);
                            return Ok(d);
                        }
                        // gc.callbacks: made when first asked for, so that
                        // programs that never use it allocate nothing.
                        let is_gc = matches!(self.heap.get(o), Obj::Module(m) if self.heap.as_str(m.name) == Some("gc"));
                        // sys.modules likewise (import.rs)
                        let is_sys = matches!(self.heap.get(o), Obj::Module(m) if self.heap.as_str(m.name) == Some("sys"));
                        if n == "modules" && is_sys && self.imports.sys_modules.is_null() {
                            let sm = self.sys_modules();
                            self.incref(sm);
                            return Ok(sm);
                        }
                        if let Some(v) = self.weakref_lazy_member(o, d, &n)? {
                            return Ok(v);
                        }
                        if is_gc {
                            if let Some(v) = super::modules::gc_lazy_member(self, d, &n)? {
                                return Ok(v);
                            }
                        }
                        if n == "callbacks" && is_gc && self.gc_callbacks.is_null() {
                            let l = self.new_list(vec![]);
                            self.gc_callbacks = l;
                            let key = self.heap.intern("callbacks");
                            let r = self.dict_set(d, key, l);
                            self.decref(key);
                            r?;
                            self.incref(l);
                            return Ok(l);
                        }
                        if let Some(v) = super::sys_objects::lazy_attr(self, o, d, name)? {
                            return Ok(v);
                        }
                        Err(self.attr_error(o, name))
                    }
                }
            }
            Obj::Function(f) => {
                for &(k, v) in &f.attrs {
                    if name_eq(&self.heap, k, name) {
                        self.heap.incref(v);
                        return Ok(v);
                    }
                }
                let (fname, qual, defaults, closure, code) = (f.name, f.qualname.clone(), f.defaults, f.closure, f.code);
                match n.as_str() {
                    "__name__" => {
                        self.incref(fname);
                        Ok(fname)
                    }
                    "__qualname__" => Ok(self.heap.str(&qual)),
                    "__defaults__" | "__closure__" => {
                        let v = if n == "__defaults__" { defaults } else { closure };
                        let v = if v.is_null() { NONE } else { v };
                        self.incref(v);
                        Ok(v)
                    }
                    "__code__" => {
                        self.incref(code);
                        Ok(code)
                    }
                    "__module__" => {
                        let g = self.heap.get(o);
                        let globals = if let Obj::Function(f) = g { f.globals } else { ObjRef::NULL };
                        let key = self.names.name;
                        match if globals.is_null() { None } else { self.dict_get_str(globals, key) } {
                            Some(m) => {
                                self.incref(m);
                                Ok(m)
                            }
                            None => Ok(self.heap.str("__main__")),
                        }
                    }
                    "__doc__" => {
                        let doc = match self.heap.get(code) {
                            Obj::Code(c) => c.consts.first().copied().filter(|&r| matches!(self.heap.get(r), Obj::Str(_))),
                            _ => None,
                        };
                        let v = doc.unwrap_or(NONE);
                        self.incref(v);
                        Ok(v)
                    }
                    _ => Err(self.attr_error(o, name)),
                }
            }
            Obj::Method { func, self_ } => {
                let (func, self_) = (*func, *self_);
                match n.as_str() {
                    "__self__" => {
                        self.incref(self_);
                        Ok(self_)
                    }
                    "__func__" => {
                        self.incref(func);
                        Ok(func)
                    }
                    _ => self.getattr(func, name),
                }
            }
            Obj::Cell(c) if n == "cell_contents" => {
                let c = *c;
                if c.is_null() {
                    return Err(self.new_exception(ExcKind::ValueError, Some("Cell is empty")));
                }
                self.incref(c);
                Ok(c)
            }
            Obj::BuiltinFunction { .. } if n == "__name__" => {
                let s = self.repr(o)?;
                let name = s.split_whitespace().nth(2).unwrap_or("").trim_end_matches('>').to_string();
                Ok(self.heap.str(&name))
            }
            Obj::Traceback(t) => {
                let t = **t;
                let v = match n.as_str() {
                    "tb_next" => t.next,
                    "tb_frame" => t.frame,
                    "tb_lineno" => return Ok(self.heap.int(t.lineno as i64)),
                    // Not CPython's bytecode offset (glasspy has none): twice
                    // the number of the expression that raised in the code's
                    // position table, 0 when none is recorded (errors.rs).
                    "tb_lasti" => return Ok(self.heap.int(if t.pos == crate::compile::code::NO_POS { 0 } else { 2 * t.pos as i64 })),
                    _ => return Err(self.attr_error(o, name)),
                };
                let v = if v.is_null() { NONE } else { v };
                self.incref(v);
                Ok(v)
            }
            Obj::Code(c) => {
                let c = c.clone();
                match n.as_str() {
                    "co_name" => Ok(self.heap.str(&c.name)),
                    "co_qualname" => Ok(self.heap.str(&c.qualname)),
                    "co_filename" => Ok(self.heap.str(&c.filename)),
                    "co_firstlineno" => Ok(self.heap.int(c.firstlineno as i64)),
                    "co_stacksize" => Ok(self.heap.int(c.stacksize as i64)),
                    "co_consts" => {
                        let items = c.consts.clone();
                        for &i in &items {
                            self.incref(i);
                        }
                        Ok(self.new_tuple(items))
                    }
                    "co_varnames" => {
                        // not the lifter's hidden locals (CPython keeps those on its stack)
                        let items: Vec<ObjRef> = c.varnames.iter().filter(|v| !v.starts_with(".y") && !v.starts_with(".k")).map(|v| self.heap.intern(v)).collect();
                        Ok(self.new_tuple(items))
                    }
                    _ => Err(self.attr_error(o, name)),
                }
            }
            _ => match self.value_attr(o, name, &n) {
                Some(r) => r,
                None => Err(self.attr_error(o, name)),
            },
        }
    }

    /// The attributes every object of a built-in type has: `real` and
    /// `imag` of numbers, `__class__`, the type's methods (bound).
    pub(crate) fn value_attr(&mut self, o: ObjRef, name: ObjRef, n: &str) -> Option<R<ObjRef>> {
        if let Obj::GetSet(g) = self.heap.get(o) {
            if let Some(v) = self.getset_attr(*g, n) {
                return Some(Ok(v));
            }
        }
        if matches!(self.heap.get(o), Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_)) {
            match n {
                "real" | "numerator" => {
                    let v = self.int_from_obj(o);
                    return Some(Ok(self.exact_copy(v)));
                }
                "imag" => return Some(Ok(self.heap.int(0))),
                "denominator" => return Some(Ok(self.heap.int(1))),
                _ => {}
            }
        }
        if let Obj::Float(f) = self.heap.get(o) {
            let f = *f;
            match n {
                "real" => return Some(Ok(self.heap.float(f))),
                "imag" => return Some(Ok(self.heap.float(0.0))),
                _ => {}
            }
        }
        if let Obj::Range(_) = self.heap.get(o) {
            if let Some(v) = self.range_attr(o, n) {
                return Some(Ok(v));
            }
        }
        if let Some(v) = self.complex_attr(o, n) {
            return Some(Ok(v));
        }
        if n == "__class__" {
            let t = self.type_of(o);
            self.incref(t);
            return Some(Ok(t));
        }
        if let Some(v) = self.descriptor_attr(o, n) {
            return Some(Ok(v));
        }
        if let Obj::WeakRef(w) = self.heap.get(o) {
            if n == "__callback__" && w.kind == crate::types::weakref::WeakKind::Ref {
                let c = if w.callback.is_null() { NONE } else { w.callback };
                self.incref(c);
                return Some(Ok(c));
            }
        }
        if let Some(id) = builtins::find_method(self, o, name) {
            self.incref(o);
            return Some(Ok(self.alloc(Obj::BuiltinFunction { id, bound: o })));
        }
        None
    }

    fn int_from_obj(&mut self, o: ObjRef) -> ObjRef {
        match self.heap.get(o) {
            Obj::Bool(b) => {
                let b = *b;
                self.heap.int(b as i64)
            }
            _ => {
                self.incref(o);
                o
            }
        }
    }

    /// Stores `v` (borrowed) at attribute position `pos` of an object's inline
    /// attribute list, or appends `name` when `pos` is None.
    fn store_attr_at(&mut self, o: ObjRef, pos: Option<usize>, name: ObjRef, v: ObjRef) {
        fn attrs(obj: &mut Obj) -> Option<&mut Vec<(ObjRef, ObjRef)>> {
            match obj {
                Obj::Instance(i) => Some(&mut i.attrs),
                Obj::Class(c) => Some(&mut c.attrs),
                Obj::Function(f) => Some(&mut f.attrs),
                _ => None,
            }
        }
        self.heap.incref(v);
        match pos {
            Some(i) => {
                let old = attrs(self.heap.get_mut(o)).map(|a| std::mem::replace(&mut a[i].1, v));
                if let Some(old) = old {
                    self.decref(old);
                }
            }
            None => {
                self.heap.incref(name);
                if let Some(a) = attrs(self.heap.get_mut(o)) {
                    a.push((name, v));
                }
            }
        }
    }

    /// A property's setter, when the class has a property of that name.
    pub(crate) fn set_through_property(&mut self, o: ObjRef, cls: ObjRef, name: ObjRef, v: ObjRef) -> Option<R<()>> {
        let p = self.lookup_class_attr(cls, name)?;
        let Obj::Property(prop) = self.heap.get(p) else { return self.set_through_descr(o, p, v) };
        let fset = prop.fset;
        if fset.is_null() {
            let n = self.heap.as_str(name).unwrap_or("").to_string();
            let msg = format!("property '{}' of '{}' object has no setter", n, self.class_name(cls));
            return Some(Err(self.new_exception(ExcKind::AttributeError, Some(&msg))));
        }
        self.incref(o);
        self.incref(v);
        self.stack.push(o);
        self.stack.push(v);
        Some(self.call(fset, 2, &[]).map(|r| self.decref(r)))
    }

    /// The `__setattr__`/`__delattr__` (`hook`) an instance's class (a
    /// class's metaclass) defines in Python, if any (borrowed).
    fn attr_hook(&self, o: ObjRef, hook: &str) -> Option<ObjRef> {
        let cls = match self.heap.get_raw(o) {
            Obj::Instance(i) => i.class,
            Obj::Sub(s) => s.class,
            Obj::Class(c) if !c.meta.is_null() => return self.lookup_user_attr_str(c.meta, hook),
            _ => return None,
        };
        if !matches!(self.heap.get(cls), Obj::Class(c) if c.attr_hooks) {
            return None;
        }
        self.lookup_user_attr_str(cls, hook)
    }

    /// `o.name = v`: through the class's `__setattr__` when it has one.
    pub fn setattr(&mut self, o: ObjRef, name: ObjRef, v: ObjRef) -> R<()> {
        if let Some(f) = self.attr_hook(o, "__setattr__") {
            return self.call_with(f, &[o, name, v], &[]).map(|r| self.decref(r));
        }
        self.generic_setattr(o, name, v)
    }

    /// `del o.name`: through the class's `__delattr__` when it has one.
    pub fn delattr(&mut self, o: ObjRef, name: ObjRef) -> R<()> {
        if let Some(f) = self.attr_hook(o, "__delattr__") {
            return self.call_with(f, &[o, name], &[]).map(|r| self.decref(r));
        }
        self.generic_delattr(o, name)
    }

    /// PyObject_GenericSetAttr (`object.__setattr__`).
    pub fn generic_setattr(&mut self, o: ObjRef, name: ObjRef, v: ObjRef) -> R<()> {
        if self.heap.as_str(name) == Some("__class__") {
            return self.assign_class(o, v);
        }
        if let Some(cls) = self.sub_class(o) {
            return self.sub_setattr(o, cls, name, v);
        }
        match self.heap.get(o) {
            Obj::Instance(inst) => {
                let cls = inst.class;
                if let Some(r) = self.set_through_property(o, cls, name, v) {
                    return r;
                }
                let pos = match self.heap.get(o) {
                    Obj::Instance(inst) => inst.attrs.iter().position(|&(k, _)| name_eq(&self.heap, k, name)),
                    _ => None,
                };
                // __slots__ without __dict__: only the slots can be set.
                if pos.is_none() {
                    if let Obj::Class(c) = self.heap.get(cls) {
                        if let Some(l) = &c.slots {
                            let n = self.heap.as_str(name).unwrap_or("");
                            if !l.names.iter().any(|s| s == n) {
                                let msg = format!("'{}' object has no attribute '{}'", self.class_name(cls), n);
                                return Err(self.new_exception(ExcKind::AttributeError, Some(&msg)));
                            }
                        }
                    }
                }
                self.store_attr_at(o, pos, name, v);
                Ok(())
            }
            Obj::Class(_) => {
                if self.heap.flags(o) & F_RUNTIME != 0 {
                    let msg = format!("cannot set '{}' attribute of immutable type '{}'", self.heap.as_str(name).unwrap_or(""), self.class_name(o));
                    return Err(self.type_error(msg));
                }
                if self.set_class_name(o, name, v)? {
                    return Ok(());
                }
                let is_del = key_eq(&self.heap, name, self.names.del);
                let hook = matches!(self.heap.as_str(name), Some("__setattr__" | "__delattr__"));
                let pos = match self.heap.get(o) {
                    Obj::Class(c) => c.attrs.iter().position(|&(k, _)| name_eq(&self.heap, k, name)),
                    _ => None,
                };
                self.store_attr_at(o, pos, name, v);
                if self.heap.as_str(name) == Some("__getattribute__") {
                    self.note_getattribute(o);
                }
                if let Obj::Class(c) = self.heap.get_mut(o) {
                    c.has_del |= is_del;
                    c.attr_hooks |= hook;
                }
                Ok(())
            }
            Obj::Function(f) => {
                if self.heap.as_str(name) == Some("__qualname__") {
                    // the name tracebacks and argument errors print
                    let Some(text) = self.heap.as_str(v).map(str::to_string) else {
                        return Err(self.type_error("__qualname__ must be set to a string object".into()));
                    };
                    if let Obj::Function(f) = self.heap.get_mut(o) {
                        f.qualname = text;
                    }
                    return Ok(());
                }
                let pos = f.attrs.iter().position(|&(k, _)| name_eq(&self.heap, k, name));
                self.store_attr_at(o, pos, name, v);
                Ok(())
            }
            Obj::Module(m) => {
                let d = m.dict;
                if self.sys_pending != 0 {
                    super::sys_objects::on_store(self, o, name);
                }
                self.dict_set(d, name, v)
            }
            _ => {
                let n = self.heap.as_str(name).unwrap_or("").to_string();
                let msg = format!("'{}' object has no attribute '{}'", self.type_name(o), n);
                Err(self.new_exception(ExcKind::AttributeError, Some(&msg)))
            }
        }
    }

    /// `cls.__name__ = s` and `cls.__qualname__ = s` rename the class
    /// (they are not namespace entries); true when `name` was one of them.
    fn set_class_name(&mut self, cls: ObjRef, name: ObjRef, v: ObjRef) -> R<bool> {
        let which = match self.heap.as_str(name) {
            Some("__name__") => 0,
            Some("__qualname__") => 1,
            _ => return Ok(false),
        };
        let Some(text) = self.heap.as_str(v).map(str::to_string) else {
            let msg = format!("can only assign string to {}.{}, not '{}'", self.class_name(cls), self.heap.as_str(name).unwrap_or(""), self.type_name(v));
            return Err(self.type_error(msg));
        };
        let old = match self.heap.get_mut(cls) {
            Obj::Class(c) if which == 0 => Some(std::mem::replace(&mut c.name, v)),
            Obj::Class(c) => {
                c.qualname = text;
                None
            }
            _ => None,
        };
        if let Some(old) = old {
            self.incref(v);
            self.decref(old);
        }
        Ok(true)
    }

    /// PyObject_GenericSetAttr with NULL (`object.__delattr__`).
    pub fn generic_delattr(&mut self, o: ObjRef, name: ObjRef) -> R<()> {
        if self.heap.as_str(name) == Some("__class__") {
            return Err(self.type_error("can't delete __class__ attribute".to_string()));
        }
        if matches!(self.heap.get_raw(o), Obj::Instance(_) | Obj::Sub(_)) {
            if let Some(r) = self.delete_through_descr(o, name) {
                return r;
            }
        }
        if let Some(d) = self.sub_dict_if_any(o) {
            if self.dict_del(d, name)? {
                return Ok(());
            }
            return Err(self.attr_error(o, name));
        }
        let removed = match self.heap.get_mut(o) {
            Obj::Instance(inst) => {
                let pos = inst.attrs.iter().position(|&(k, _)| k == name);
                pos.map(|i| inst.attrs.remove(i))
            }
            Obj::Class(c) => {
                let pos = c.attrs.iter().position(|&(k, _)| k == name);
                pos.map(|i| c.attrs.remove(i))
            }
            Obj::Function(f) => {
                let pos = f.attrs.iter().position(|&(k, _)| k == name);
                pos.map(|i| f.attrs.remove(i))
            }
            _ => None,
        };
        // slower path: equal-but-not-identical names
        let removed = match removed {
            Some(x) => Some(x),
            None => {
                let pos = match self.heap.get(o) {
                    Obj::Instance(inst) => inst.attrs.iter().position(|&(k, _)| name_eq(&self.heap, k, name)),
                    _ => None,
                };
                match (pos, self.heap.get_mut(o)) {
                    (Some(i), Obj::Instance(inst)) => Some(inst.attrs.remove(i)),
                    _ => None,
                }
            }
        };
        match removed {
            Some((k, v)) => {
                self.decref(v);
                self.decref(k);
                Ok(())
            }
            None => {
                if let Obj::Module(m) = self.heap.get(o) {
                    let d = m.dict;
                    if self.dict_del(d, name)? {
                        return Ok(());
                    }
                }
                Err(self.attr_error(o, name))
            }
        }
    }

    // ----- items --------------------------------------------------------------------

    /// len() of the built-in type's own (a subclass's `__len__` aside).
    pub fn len_of_base(&mut self, o: ObjRef) -> R<usize> {
        Ok(match self.heap.get(o) {
            Obj::Str(s) => s.nchars() as usize,
            Obj::Bytes(b) => b.len(),
            Obj::List(l) => l.items.len(),
            Obj::Tuple(t) => t.len(),
            Obj::Dict(d) | Obj::Set(d) => d.len(),
            Obj::MappingProxy(_) => self.proxy_len(o),
            Obj::Range(_) => return self.range_len(o),
            Obj::DictView { dict, .. } => match self.heap.get(*dict) {
                Obj::Dict(d) => d.len(),
                _ => 0,
            },
            Obj::Instance(_) | Obj::Class(_) if self.has_user_dunders(o) => {
                let n = self.heap.intern("__len__");
                let cls = self.type_of(o);
                let f = self.lookup_user_attr(cls, n);
                self.decref(n);
                if let Some(f) = f {
                    self.incref(o);
                    self.stack.push(o);
                    let r = self.call_held(f, 1);
                    let r = r?;
                    let v = self.small_index(r);
                    self.decref(r);
                    return match v {
                        Some(v) if v >= 0 => Ok(v as usize),
                        Some(_) => Err(self.new_exception(ExcKind::ValueError, Some("__len__() should return >= 0"))),
                        None => Err(self.type_error("'__len__' returned a non-integer".into())),
                    };
                }
                let msg = format!("object of type '{}' has no len()", self.type_name(o));
                return Err(self.type_error(msg));
            }
            _ => {
                let msg = format!("object of type '{}' has no len()", self.type_name(o));
                return Err(self.type_error(msg));
            }
        })
    }

    /// Resolves a possibly negative index against `len`.
    fn norm_index(&mut self, i: ObjRef, len: usize, what: &str) -> R<Option<usize>> {
        let idx = match self.heap.get(i) {
            Obj::Int(v) => *v,
            Obj::Bool(b) => *b as i64,
            Obj::BigInt(_) => return Ok(None),
            Obj::Instance(_) => {
                if let Some(r) = self.try_index_dunder(i)? {
                    let v = self.small_index(r);
                    self.decref(r);
                    v.unwrap_or(i64::MAX)
                } else {
                    let msg = format!("{} indices must be integers or slices, not {}", what, self.type_name(i));
                    return Err(self.type_error(msg));
                }
            }
            _ => {
                let msg = format!("{} indices must be integers or slices, not {}", what, self.type_name(i));
                return Err(self.type_error(msg));
            }
        };
        let n = len as i64;
        let k = if idx < 0 { idx + n } else { idx };
        if k < 0 || k >= n {
            return Ok(None);
        }
        Ok(Some(k as usize))
    }

    /// A slice's (start, stop, step) resolved against a length (PySlice_AdjustIndices).
    pub fn slice_indices(&mut self, s: ObjRef, len: usize) -> R<(i64, i64, i64)> {
        let parts = match self.heap.get(s) {
            Obj::Slice(p) => **p,
            _ => unreachable!(),
        };
        let get = |it: &mut Interp, r: ObjRef| -> R<Option<i64>> {
            match it.heap.get(r) {
                Obj::None => Ok(None),
                Obj::Int(v) => Ok(Some(*v)),
                Obj::Bool(b) => Ok(Some(*b as i64)),
                Obj::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 })),
                _ => Err(it.type_error("slice indices must be integers or None or have an __index__ method".into())),
            }
        };
        let step = get(self, parts[2])?.unwrap_or(1);
        if step == 0 {
            return Err(self.new_exception(ExcKind::ValueError, Some("slice step cannot be zero")));
        }
        let n = len as i64;
        let (lo_def, hi_def) = if step < 0 { (n - 1, -1) } else { (0, n) };
        let adj = |v: Option<i64>, def: i64| -> i64 {
            match v {
                None => def,
                Some(mut x) => {
                    if x < 0 {
                        x += n;
                        if x < 0 {
                            x = if step < 0 { -1 } else { 0 };
                        }
                    } else if x >= n {
                        x = if step < 0 { n - 1 } else { n };
                    }
                    x
                }
            }
        };
        let start = adj(get(self, parts[0])?, lo_def);
        let stop = adj(get(self, parts[1])?, hi_def);
        Ok((start, stop, step))
    }

    fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
        let mut v = Vec::new();
        let mut i = start;
        if step > 0 {
            while i < stop {
                v.push(i as usize);
                i += step;
            }
        } else {
            while i > stop {
                v.push(i as usize);
                i += step;
            }
        }
        v
    }

    pub fn getitem_base(&mut self, o: ObjRef, i: ObjRef) -> R<ObjRef> {
        let is_slice = matches!(self.heap.get(i), Obj::Slice(_));
        match self.heap.get(o) {
            Obj::List(l) => {
                let len = l.items.len();
                if is_slice {
                    let (a, b, c) = self.slice_indices(i, len)?;
                    let items: Vec<ObjRef> = match self.heap.get(o) {
                        Obj::List(l) => Self::slice_positions(a, b, c).into_iter().map(|k| l.items[k]).collect(),
                        _ => vec![],
                    };
                    for &x in &items {
                        self.incref(x);
                    }
                    return Ok(self.new_list(items));
                }
                match self.norm_index(i, len, "list")? {
                    Some(k) => {
                        let v = match self.heap.get(o) {
                            Obj::List(l) => l.items[k],
                            _ => unreachable!(),
                        };
                        self.incref(v);
                        Ok(v)
                    }
                    None => Err(self.new_exception(ExcKind::IndexError, Some("list index out of range"))),
                }
            }
            Obj::Tuple(t) => {
                let len = t.len();
                if is_slice {
                    let (a, b, c) = self.slice_indices(i, len)?;
                    if a == 0 && c == 1 && b == len as i64 {
                        self.incref(o);
                        return Ok(o);
                    }
                    let items: Vec<ObjRef> = match self.heap.get(o) {
                        Obj::Tuple(t) => Self::slice_positions(a, b, c).into_iter().map(|k| t[k]).collect(),
                        _ => vec![],
                    };
                    for &x in &items {
                        self.incref(x);
                    }
                    return Ok(self.new_tuple(items));
                }
                match self.norm_index(i, len, "tuple")? {
                    Some(k) => {
                        let v = match self.heap.get(o) {
                            Obj::Tuple(t) => t[k],
                            _ => unreachable!(),
                        };
                        self.incref(v);
                        Ok(v)
                    }
                    None => Err(self.new_exception(ExcKind::IndexError, Some("tuple index out of range"))),
                }
            }
            Obj::Str(s) => {
                let ascii = s.is_ascii();
                let len = s.nchars() as usize;
                if is_slice {
                    let (a, b, c) = self.slice_indices(i, len)?;
                    if a == 0 && c == 1 && b == len as i64 {
                        self.incref(o);
                        return Ok(o);
                    }
                    let text: String = match self.heap.get(o) {
                        Obj::Str(s) => {
                            if ascii {
                                let bytes = s.s().as_bytes();
                                Self::slice_positions(a, b, c).into_iter().map(|k| bytes[k] as char).collect()
                            } else {
                                let chars: Vec<char> = s.s().chars().collect();
                                Self::slice_positions(a, b, c).into_iter().map(|k| chars[k]).collect()
                            }
                        }
                        _ => String::new(),
                    };
                    return Ok(self.heap.str(&text));
                }
                match self.norm_index(i, len, "string")? {
                    Some(k) => {
                        let c = match self.heap.get(o) {
                            Obj::Str(s) => {
                                if ascii {
                                    s.s().as_bytes()[k] as char
                                } else {
                                    s.s().chars().nth(k).unwrap()
                                }
                            }
                            _ => unreachable!(),
                        };
                        Ok(self.heap.char(c))
                    }
                    None => Err(self.new_exception(ExcKind::IndexError, Some("string index out of range"))),
                }
            }
            Obj::Dict(_) => match self.dict_get(o, i)? {
                Some(v) => {
                    self.incref(v);
                    Ok(v)
                }
                None => {
                    let cls = self.exc_class(ExcKind::KeyError);
                    self.incref(i);
                    Err(self.instantiate_exception(cls, vec![i]))
                }
            },
            Obj::Range(_) => self.range_subscript(o, i, is_slice),
            Obj::MappingProxy(_) => self.proxy_getitem(o, i),
            Obj::Bytes(b) => {
                let len = b.len();
                if is_slice {
                    let (a, b, c) = self.slice_indices(i, len)?;
                    if a == 0 && c == 1 && b == len as i64 {
                        self.incref(o);
                        return Ok(o);
                    }
                    let v: Vec<u8> = match self.heap.get(o) {
                        Obj::Bytes(by) => Self::slice_positions(a, b, c).into_iter().map(|k| by[k]).collect(),
                        _ => vec![],
                    };
                    return Ok(self.heap.bytes(&v));
                }
                match self.norm_index(i, len, "byte")? {
                    Some(k) => {
                        let v = match self.heap.get(o) {
                            Obj::Bytes(b) => b[k],
                            _ => 0,
                        };
                        Ok(self.heap.int(v as i64))
                    }
                    None => Err(self.new_exception(ExcKind::IndexError, Some("index out of range"))),
                }
            }
            Obj::Instance(_) => match self.try_dunder(o, "__getitem__", i)? {
                Some(v) => Ok(v),
                None => {
                    let msg = format!("'{}' object is not subscriptable", self.type_name(o));
                    Err(self.type_error(msg))
                }
            },
            Obj::Class(_) if self.meta_dunder(o, "__getitem__").is_some() => match self.try_dunder(o, "__getitem__", i)? {
                Some(v) => Ok(v),
                None => {
                    let msg = format!("'{}' object is not subscriptable", self.type_name(o));
                    Err(self.type_error(msg))
                }
            },
            Obj::Class(_) => {
                // list[int] and friends: a generic alias; glasspy returns the class itself.
                if self.heap.flags(o) & F_RUNTIME != 0 {
                    self.incref(o);
                    return Ok(o);
                }
                // __class_getitem__ (an implicit classmethod, as CPython's)
                let name = self.heap.intern("__class_getitem__");
                let f = self.lookup_user_attr(o, name);
                if let Some(f) = f {
                    let plain = matches!(self.heap.get(f), Obj::Function(_));
                    let f = if plain {
                        self.incref(f);
                        f
                    } else {
                        match self.getattr(o, name) {
                            Ok(b) => b,
                            Err(e) => {
                                self.decref(name);
                                return Err(e);
                            }
                        }
                    };
                    self.decref(name);
                    if plain {
                        self.incref(o);
                        self.stack.push(o);
                    }
                    self.incref(i);
                    self.stack.push(i);
                    let r = self.holding(f, "__class_getitem__ being called", |it| it.call_held(f, 1 + plain as usize));
                    self.decref(f);
                    return r;
                }
                self.decref(name);
                let msg = format!("type '{}' is not subscriptable", self.class_name(o));
                Err(self.type_error(msg))
            }
            _ => {
                let msg = format!("'{}' object is not subscriptable", self.type_name(o));
                Err(self.type_error(msg))
            }
        }
    }

    pub fn setitem_base(&mut self, o: ObjRef, i: ObjRef, v: ObjRef) -> R<()> {
        match self.heap.get(o) {
            Obj::List(l) => {
                let len = l.items.len();
                if let Obj::Slice(_) = self.heap.get(i) {
                    return self.list_set_slice(o, i, v);
                }
                match self.norm_index(i, len, "list")? {
                    Some(k) => {
                        self.incref(v);
                        let old = match self.heap.get_mut(o) {
                            Obj::List(l) => std::mem::replace(&mut l.items[k], v),
                            _ => unreachable!(),
                        };
                        self.decref(old);
                        Ok(())
                    }
                    None => Err(self.new_exception(ExcKind::IndexError, Some("list assignment index out of range"))),
                }
            }
            Obj::Dict(_) => self.dict_set(o, i, v),
            Obj::Instance(_) => {
                let n = self.heap.intern("__setitem__");
                let cls = self.type_of(o);
                let f = self.lookup_user_attr(cls, n);
                self.decref(n);
                match f {
                    Some(f) => {
                        for x in [o, i, v] {
                            self.incref(x);
                            self.stack.push(x);
                        }
                        let r = self.call_held(f, 3);
                        self.decref(r?);
                        Ok(())
                    }
                    None => {
                        let msg = format!("'{}' object does not support item assignment", self.type_name(o));
                        Err(self.type_error(msg))
                    }
                }
            }
            _ => {
                let msg = format!("'{}' object does not support item assignment", self.type_name(o));
                Err(self.type_error(msg))
            }
        }
    }

    fn list_set_slice(&mut self, l: ObjRef, s: ObjRef, v: ObjRef) -> R<()> {
        let len = match self.heap.get(l) {
            Obj::List(lo) => lo.items.len(),
            _ => 0,
        };
        let (a, b, c) = self.slice_indices(s, len)?;
        let new_items = self.collect_items(v)?;
        if c == 1 {
            let b = b.max(a);
            // list_ass_slice: resize (or clear) before the items move
            self.heap.list_ass_slice_alloc(l, (b - a) as usize, new_items.len());
            let old: Vec<ObjRef> = match self.heap.get_mut(l) {
                Obj::List(lo) => lo.items.splice(a as usize..b as usize, new_items).collect(),
                _ => vec![],
            };
            for r in old.into_iter().rev() {
                self.decref(r);
            }
            return Ok(());
        }
        let pos = Self::slice_positions(a, b, c);
        if pos.len() != new_items.len() {
            let msg = format!("attempt to assign sequence of size {} to extended slice of size {}", new_items.len(), pos.len());
            for r in new_items {
                self.decref(r);
            }
            return Err(self.new_exception(ExcKind::ValueError, Some(&msg)));
        }
        let mut old = Vec::new();
        if let Obj::List(lo) = self.heap.get_mut(l) {
            for (k, nv) in pos.into_iter().zip(new_items) {
                old.push(std::mem::replace(&mut lo.items[k], nv));
            }
        }
        for r in old {
            self.decref(r);
        }
        Ok(())
    }

    pub fn delitem_base(&mut self, o: ObjRef, i: ObjRef) -> R<()> {
        match self.heap.get(o) {
            Obj::List(l) => {
                let len = l.items.len();
                if let Obj::Slice(_) = self.heap.get(i) {
                    let (a, b, c) = self.slice_indices(i, len)?;
                    let mut pos = Self::slice_positions(a, b, c);
                    pos.sort_unstable();
                    let mut removed = Vec::new();
                    if let Obj::List(lo) = self.heap.get_mut(o) {
                        for &k in pos.iter().rev() {
                            removed.push(lo.items.remove(k));
                        }
                    }
                    // Slice deletion releases the removed items last to first.
                    if removed.is_empty() {
                        // nothing to delete: no resize
                    } else if c == 1 {
                        // list_ass_slice: an emptied list is cleared, else list_resize
                        if removed.len() == len {
                            self.heap.list_set_allocated(o, 0);
                        } else {
                            self.heap.list_resize_from(o, len, len - removed.len());
                        }
                    } else {
                        // extended slice: size set first, then list_resize
                        self.heap.list_resize(o, len - removed.len());
                    }
                    for r in removed {
                        self.decref(r);
                    }
                    return Ok(());
                }
                match self.norm_index(i, len, "list")? {
                    Some(k) => {
                        // list_ass_slice(a, k, k+1, NULL): resize (or clear) first
                        self.heap.list_ass_slice_alloc(o, 1, 0);
                        let old = match self.heap.get_mut(o) {
                            Obj::List(lo) => lo.items.remove(k),
                            _ => unreachable!(),
                        };
                        self.decref(old);
                        Ok(())
                    }
                    None => Err(self.new_exception(ExcKind::IndexError, Some("list assignment index out of range"))),
                }
            }
            Obj::Dict(_) => {
                if self.dict_del(o, i)? {
                    Ok(())
                } else {
                    let cls = self.exc_class(ExcKind::KeyError);
                    self.incref(i);
                    Err(self.instantiate_exception(cls, vec![i]))
                }
            }
            Obj::Instance(_) => match self.try_dunder(o, "__delitem__", i)? {
                Some(r) => {
                    self.decref(r);
                    Ok(())
                }
                None => {
                    let msg = format!("'{}' object doesn't support item deletion", self.type_name(o));
                    Err(self.type_error(msg))
                }
            },
            _ => {
                // PyObject_DelItem: a type with sequence or mapping slots
                // "doesn't", any other "does not".
                let has_slots = matches!(
                    self.heap.get(o),
                    Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::Range(_) | Obj::Set(_) | Obj::DictView { .. } | Obj::List(_)
                );
                let verb = if has_slots { "doesn't" } else { "does not" };
                let msg = format!("'{}' object {} support item deletion", self.type_name(o), verb);
                Err(self.type_error(msg))
            }
        }
    }

    // ----- classes and instances ----------------------------------------------------

    /// Calls a class: built-in constructors, exceptions, or a new instance with __init__.
    pub fn call_class(&mut self, cls: ObjRef, nargs: usize, kwnames: &[ObjRef]) -> R<ObjRef> {
        if let Some(f) = self.meta_call_hook(cls) {
            // The metaclass's __call__, with the class first.
            let at = self.stack.len() - nargs - kwnames.len();
            self.incref(cls);
            self.stack.insert(at, cls);
            self.incref(f);
            self.stack.insert(at, f);
            let r = self.call(f, nargs + 1, kwnames);
            let f = self.stack.pop().unwrap();
            self.decref(f);
            return r;
        }
        self.call_class_plain(cls, nargs, kwnames)
    }

    /// type.__call__: a new instance of `cls` (`__new__`, then `__init__`).
    pub fn call_class_plain(&mut self, cls: ObjRef, nargs: usize, kwnames: &[ObjRef]) -> R<ObjRef> {
        if self.is_metaclass(cls) {
            return self.call_metaclass(cls, nargs, kwnames);
        }
        let (builtin, is_exc) = match self.heap.get(cls) {
            Obj::Class(c) => (c.builtin, c.is_exception),
            _ => unreachable!(),
        };
        if let Some(t) = builtin {
            if t != TypeId::Object {
                return builtins::construct(self, t, cls, nargs, kwnames);
            }
        }
        if let Some(new) = self.lookup_user_attr_str(cls, "__new__") {
            return self.call_with_new(cls, new, nargs, kwnames);
        }
        if !is_exc {
            if let Some(t) = self.payload_type(cls) {
                return self.call_payload_class(cls, t, nargs, kwnames);
            }
        }
        let init = self.names.init;
        let user_init = self.lookup_user_attr(cls, init);
        let at = self.stack.len() - nargs - kwnames.len();
        let inst = if is_exc {
            // BaseException.__new__ stores all positional arguments as args.
            let args: Vec<ObjRef> = self.stack[at..at + nargs].to_vec();
            for &a in &args {
                self.incref(a);
            }
            if user_init.is_none() && !kwnames.is_empty() {
                let msg = format!("{}() takes no keyword arguments", self.class_name(cls));
                self.drop_args(nargs + kwnames.len());
                for a in args {
                    self.decref(a);
                }
                return Err(self.type_error(msg));
            }
            self.instantiate_exception(cls, args)
        } else {
            if let Some(e) = self.abstract_class_error(cls) {
                self.drop_args(nargs + kwnames.len());
                return Err(e);
            }
            self.incref(cls);
            self.alloc(Obj::Instance(Box::new(Instance { class: cls, attrs: vec![], exc: None })))
        };
        match user_init {
            Some(_) => self.init_new_object(inst, nargs, kwnames),
            None => {
                if !is_exc && nargs + kwnames.len() > 0 {
                    self.drop_args(nargs + kwnames.len());
                    self.decref(inst);
                    let msg = format!("{}() takes no arguments", self.class_name(cls));
                    return Err(self.type_error(msg));
                }
                self.drop_args(nargs + kwnames.len());
                Ok(inst)
            }
        }
    }

    /// object.__new__(cls): a new instance with no attributes.
    pub fn plain_instance(&mut self, cls: ObjRef) -> R<ObjRef> {
        if matches!(self.heap.get(cls), Obj::Class(c) if c.is_exception) {
            let msg = format!("object.__new__({}) is not safe, use BaseException.__new__()", self.class_name(cls));
            return Err(self.type_error(msg));
        }
        if let Some(e) = self.abstract_class_error(cls) {
            return Err(e);
        }
        self.incref(cls);
        Ok(self.alloc(Obj::Instance(Box::new(Instance { class: cls, attrs: vec![], exc: None }))))
    }

    /// object_new's refusal of an abstract class (Py_TPFLAGS_IS_ABSTRACT):
    /// a class whose own `__abstractmethods__` is true. Only a class made
    /// by a metaclass is looked at (ABCMeta sets the attribute; a plain
    /// class never has it unless assigned by hand).
    fn abstract_class_error(&mut self, cls: ObjRef) -> Option<Exc> {
        let Obj::Class(c) = self.heap.get(cls) else { return None };
        if c.meta.is_null() {
            return None;
        }
        let methods = c.attrs.iter().find(|(k, _)| self.heap.as_str(*k) == Some("__abstractmethods__"))?.1;
        let mut names: Vec<String> = match self.heap.get(methods) {
            Obj::Set(s) => s.iter().filter_map(|e| self.heap.as_str(e.key).map(str::to_string)).collect(),
            _ => return None,
        };
        if names.is_empty() {
            return None;
        }
        names.sort();
        let plural = if names.len() > 1 { "s" } else { "" };
        let msg = format!("Can't instantiate abstract class {} with abstract method{} {}", self.class_name(cls), plural, names.join(", "));
        Some(self.type_error(msg))
    }

    /// `from m import *` into `globals`: the names in the module's
    /// `__all__`, or else every name not starting with an underscore.
    pub fn import_star(&mut self, m: ObjRef, globals: ObjRef) -> R<()> {
        let d = match self.heap.get(m) {
            Obj::Module(md) => md.dict,
            _ => return Ok(()),
        };
        let all_name = self.heap.intern("__all__");
        let all = self.dict_get(d, all_name);
        self.decref(all_name);
        let names: Vec<ObjRef> = match all? {
            Some(all) => {
                self.incref(all);
                let items = self.holding(all, "__all__ of from-import *", |it| it.collect_items(all));
                self.decref(all);
                items?
            }
            None => {
                let keys: Vec<ObjRef> = self.dict_items(d).into_iter().map(|(k, _)| k).filter(|&k| !self.heap.as_str(k).is_some_and(|s| s.starts_with('_'))).collect();
                for &k in &keys {
                    self.incref(k);
                }
                keys
            }
        };
        let mark = self.hold(&names, "names of from-import *");
        let mut r = Ok(());
        for &n in &names {
            if !matches!(self.heap.get(n), Obj::Str(_)) {
                let msg = format!("Item in {}.__all__ must be str, not {}", self.module_name(m), self.type_name(n));
                r = Err(self.type_error(msg));
                break;
            }
            match self.getattr(m, n) {
                Ok(v) => {
                    let set = self.dict_set(globals, n, v);
                    self.decref(v);
                    if let Err(e) = set {
                        r = Err(e);
                        break;
                    }
                }
                Err(e) => {
                    r = Err(e);
                    break;
                }
            }
        }
        self.unhold(mark);
        for n in names {
            self.decref(n);
        }
        r
    }

    fn module_name(&self, m: ObjRef) -> String {
        match self.heap.get(m) {
            Obj::Module(md) => self.heap.as_str(md.name).unwrap_or("?").to_string(),
            _ => "?".into(),
        }
    }

    // ----- formatting -----------------------------------------------------------------

    /// A `__format__` written in Python, called with `v` and the spec.
    fn call_user_format(&mut self, f: ObjRef, v: ObjRef, spec: &str) -> R<String> {
        let s = self.heap.str(spec);
        self.incref(v);
        self.stack.push(v);
        self.stack.push(s);
        let r = self.call_held(f, 2)?;
        let out = self.heap.as_str(r).unwrap_or("").to_string();
        self.decref(r);
        Ok(out)
    }

    /// format(v, spec)
    pub fn format_value(&mut self, v: ObjRef, spec: &str) -> R<String> {
        if let Some(cls) = self.sub_class(v) {
            // a subclass of a built-in type with its own __format__
            if let Some(f) = self.lookup_user_attr_str(cls, "__format__") {
                return self.call_user_format(f, v, spec);
            }
        }
        if spec.is_empty() {
            if let Obj::Int(i) = self.heap.get(v) {
                return Ok(i.to_string());
            }
        }
        let r = match self.heap.get(v) {
            Obj::Str(s) => pyfmt::format_str(&s.s(), spec),
            Obj::Bool(b) if spec.is_empty() => Ok(if *b { "True".into() } else { "False".into() }),
            Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_) => {
                let i = self.int_value(v).unwrap();
                pyfmt::format_int(&i, spec)
            }
            Obj::Float(f) => pyfmt::format_float(*f, spec),
            Obj::Instance(_) => {
                let n = self.heap.intern("__format__");
                let cls = self.type_of(v);
                let f = self.lookup_user_attr(cls, n);
                self.decref(n);
                if let Some(f) = f {
                    return self.call_user_format(f, v, spec);
                }
                if spec.is_empty() {
                    return self.str_of(v);
                }
                let msg = format!("unsupported format string passed to {}.__format__", self.type_name(v));
                return Err(self.type_error(msg));
            }
            _ => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                let msg = format!("unsupported format string passed to {}.__format__", self.type_name(v));
                return Err(self.type_error(msg));
            }
        };
        r.map_err(|e| self.fmt_err(e))
    }

    pub fn format_str_spec(&mut self, s: &str, spec: &str) -> R<String> {
        pyfmt::format_str(s, spec).map_err(|e| self.fmt_err(e))
    }

    pub fn num_of(&self, r: ObjRef) -> Option<Num> {
        self.num(r)
    }
}
