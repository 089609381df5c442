//! The `type` type's behaviour: making classes and metaclasses.
//!
//! * `type(name, bases, ns)` and `type.__new__(mcls, name, bases, ns, **kw)`
//!   make a class (eval.rs `build_class`: the MRO, the layout), then run the
//!   two hooks CPython's `type_new` runs: `__set_name__` on every
//!   attribute whose type defines it, then the first `__init_subclass__`
//!   after the class in its MRO, with the class keywords.
//! * A metaclass is a subclass of `type`. The class statement picks the
//!   most derived metaclass among `metaclass=` and the bases' types
//!   (`_PyType_CalculateMetaclass`, with its "metaclass conflict" error),
//!   asks its `__prepare__` for the namespace, and calls it with
//!   `(name, bases, ns, **kw)`: `M.__new__` (else `type.__new__`), then
//!   `M.__init__`, as for any class. A class made by a metaclass holds it as
//!   its type (`ClassObj::meta`).
//! * Calling a class whose metaclass defines `__call__` runs that;
//!   `type.__call__` (what `super().__call__()` reaches) is the ordinary
//!   instance creation.

use super::builtins::Kw;
use super::{ExcKind, Interp, R};
use crate::heap::{Obj, ObjRef, TypeId};
use crate::types::class::mro_list;

impl Interp {
    /// An object whose type may define the protocol's dunders in Python:
    /// an instance, or a class made by a metaclass (`len(Color)`,
    /// `iter(Color)`, `x in Color` through the metaclass's methods).
    pub fn has_user_dunders(&self, o: ObjRef) -> bool {
        match self.heap.get(o) {
            Obj::Instance(_) => true,
            Obj::Class(c) => !c.meta.is_null(),
            _ => false,
        }
    }

    /// The metaclass's own `name` (written in Python) for a class made by
    /// a metaclass (borrowed).
    pub fn meta_dunder(&self, o: ObjRef, name: &str) -> Option<ObjRef> {
        match self.heap.get(o) {
            Obj::Class(c) if !c.meta.is_null() => self.lookup_user_attr_str(c.meta, name),
            _ => None,
        }
    }

    /// A subclass of `type` other than `type` itself.
    pub fn is_metaclass(&self, c: ObjRef) -> bool {
        let t = self.type_obj(TypeId::Type);
        c != t && self.mro_contains(c, t)
    }

    /// _PyType_CalculateMetaclass: the most derived of `meta` and the
    /// bases' types, or CPython's conflict error.
    pub fn calculate_meta(&mut self, meta: ObjRef, bases: &[ObjRef]) -> R<ObjRef> {
        let mut winner = meta;
        for &b in bases {
            let t = self.type_of(b);
            if self.is_subclass(winner, t) {
                continue;
            }
            if self.is_subclass(t, winner) {
                winner = t;
                continue;
            }
            let msg = "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";
            return Err(self.new_exception(ExcKind::TypeError, Some(msg)));
        }
        Ok(winner)
    }

    /// type_new for a class of metaclass `meta` (`type` or a subclass):
    /// the class, its `__set_name__` calls and `__init_subclass__`.
    pub fn new_class(&mut self, meta: ObjRef, name: ObjRef, qualname: &str, bases: &[ObjRef], ns: ObjRef, kw: Kw) -> R<ObjRef> {
        let globals = self.frames.last().map_or(ns, |f| f.globals);
        let cls = self.build_class(name, qualname, bases, ns, globals)?;
        if meta != self.type_obj(TypeId::Type) {
            self.incref(meta);
            if let Obj::Class(c) = self.heap.get_mut(cls) {
                c.meta = meta;
            }
        }
        let r = self.holding(cls, "class being made", |it| {
            it.set_names(cls)?;
            it.init_subclass(cls, kw)
        });
        match r {
            Ok(()) => Ok(cls),
            Err(e) => {
                self.decref(cls);
                Err(e)
            }
        }
    }

    /// type_new_set_names: `value.__set_name__(cls, name)` for each
    /// attribute whose type defines it, in definition order.
    fn set_names(&mut self, cls: ObjRef) -> R<()> {
        let attrs = match self.heap.get(cls) {
            Obj::Class(c) => c.attrs.clone(),
            _ => return Ok(()),
        };
        for (k, v) in attrs {
            let t = self.type_of(v);
            let Some(f) = self.lookup_user_attr_str(t, "__set_name__") else { continue };
            for x in [v, cls, k] {
                self.incref(x);
                self.stack.push(x);
            }
            let r = self.call_held(f, 3)?;
            self.decref(r);
        }
        Ok(())
    }

    /// init_subclass: `super(cls, cls).__init_subclass__(**kw)`; object's
    /// takes no keywords.
    fn init_subclass(&mut self, cls: ObjRef, kw: Kw) -> R<()> {
        let mro = mro_list(&self.heap, cls);
        let hook = mro[1..].iter().find_map(|&k| match self.heap.get(k) {
            Obj::Class(c) if self.heap.flags(k) & crate::heap::F_RUNTIME == 0 => {
                c.attrs.iter().find(|&&(n, _)| self.heap.as_str(n) == Some("__init_subclass__")).map(|&(_, v)| v)
            }
            _ => None,
        });
        let Some(hook) = hook else {
            return self.object_init_subclass_check(cls, kw);
        };
        let f = match self.heap.get(hook) {
            Obj::ClassMethod(f) => *f,
            _ => hook,
        };
        self.incref(cls);
        self.stack.push(cls);
        let names: Vec<ObjRef> = kw.iter().map(|&(n, _)| n).collect();
        for &(_, v) in kw {
            self.incref(v);
            self.stack.push(v);
        }
        self.incref(f);
        let at = self.stack.len() - 1 - kw.len();
        self.stack.insert(at, f);
        let r = self.call(f, 1, &names);
        let f = self.stack.pop().unwrap();
        self.decref(f);
        let r = r?;
        self.decref(r);
        Ok(())
    }

    fn object_init_subclass_check(&mut self, cls: ObjRef, kw: Kw) -> R<()> {
        if kw.is_empty() {
            return Ok(());
        }
        let msg = format!("{}.__init_subclass__() takes no keyword arguments", self.class_name(cls));
        Err(self.type_error(msg))
    }

    /// Calling a metaclass (`M(name, bases, ns, **kw)`): its `__new__`
    /// (else type.__new__), then its `__init__` when the result is an
    /// instance of it.
    pub fn call_metaclass(&mut self, meta: ObjRef, nargs: usize, kwnames: &[ObjRef]) -> R<ObjRef> {
        if let Some(new) = self.lookup_user_attr_str(meta, "__new__") {
            return self.call_with_new(meta, new, nargs, kwnames);
        }
        let id = super::builtins::find_method_by_type(TypeId::Type, "__new__").expect("type.__new__ is a builtin");
        let new = self.alloc(Obj::BuiltinFunction { id, bound: ObjRef::NULL });
        let r = self.holding(new, "type.__new__ of a metaclass", |it| it.call_with_new(meta, new, nargs, kwnames));
        self.decref(new);
        r
    }

    /// A metaclass's own `__call__` for `cls(...)`, if it defines one.
    pub fn meta_call_hook(&self, cls: ObjRef) -> Option<ObjRef> {
        let meta = match self.heap.get(cls) {
            Obj::Class(c) if !c.meta.is_null() => c.meta,
            _ => return None,
        };
        self.lookup_user_attr_str(meta, "__call__")
    }

    /// The class statement after its body ran: the metaclass called with
    /// `(name, bases, ns, **kw)` (`type` directly, without a call).
    pub(crate) fn class_from_statement(&mut self, meta: ObjRef, name: ObjRef, qualname: &str, bases: &[ObjRef], ns: ObjRef, kw: Kw) -> R<ObjRef> {
        if meta == self.type_obj(TypeId::Type) {
            return self.new_class(meta, name, qualname, bases, ns, kw);
        }
        for &b in bases {
            self.incref(b);
        }
        let bases_tuple = self.new_tuple(bases.to_vec());
        let args = [name, bases_tuple, ns];
        let r = self.holding(bases_tuple, "bases of the class being made", |it| it.call_with(meta, &args, kw));
        self.decref(bases_tuple);
        r
    }

    /// Calls `f(*args, **kw)`, all borrowed.
    pub fn call_with(&mut self, f: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
        for &a in args {
            self.incref(a);
            self.stack.push(a);
        }
        let names: Vec<ObjRef> = kw.iter().map(|&(n, _)| n).collect();
        for &(_, v) in kw {
            self.incref(v);
            self.stack.push(v);
        }
        let at = self.stack.len() - args.len() - kw.len();
        self.incref(f);
        self.stack.insert(at, f);
        let r = self.call(f, args.len(), &names);
        let f = self.stack.pop().unwrap();
        self.decref(f);
        r
    }

    /// `__prepare__` of a metaclass, or a new dict.
    pub(crate) fn prepare_namespace(&mut self, meta: ObjRef, name: ObjRef, bases: &[ObjRef], kw: Kw) -> R<ObjRef> {
        let Some(prep) = self.lookup_user_attr_str(meta, "__prepare__") else {
            return Ok(self.new_dict());
        };
        let f = match self.heap.get(prep) {
            Obj::ClassMethod(f) => Some(*f),
            Obj::StaticMethod(f) => return self.call_prepare(*f, None, name, bases, kw),
            _ => None,
        };
        match f {
            Some(f) => self.call_prepare(f, Some(meta), name, bases, kw),
            None => self.call_prepare(prep, None, name, bases, kw),
        }
    }

    fn call_prepare(&mut self, f: ObjRef, first: Option<ObjRef>, name: ObjRef, bases: &[ObjRef], kw: Kw) -> R<ObjRef> {
        for &b in bases {
            self.incref(b);
        }
        let t = self.new_tuple(bases.to_vec());
        let args: Vec<ObjRef> = first.into_iter().chain([name, t]).collect();
        let r = self.holding(t, "bases of the class being made", |it| it.call_with(f, &args, kw));
        self.decref(t);
        let ns = r?;
        if !matches!(self.heap.get(ns), Obj::Dict(_)) {
            let msg = format!("{}.__prepare__() must return a mapping, not {}", self.class_name(first.unwrap_or(f)), self.type_name(ns));
            self.decref(ns);
            return Err(self.type_error(msg));
        }
        Ok(ns)
    }
}

/// `C.mro()`: the MRO as a new list.
pub fn type_mro(it: &mut Interp, this: ObjRef, args: &[ObjRef], _kw: Kw) -> R<ObjRef> {
    if !args.is_empty() {
        return Err(it.type_error(format!("type.mro() takes no arguments ({} given)", args.len())));
    }
    if !matches!(it.heap.get(this), Obj::Class(_)) {
        return Err(it.type_error(format!("descriptor 'mro' for 'type' objects doesn't apply to a '{}' object", it.type_name(this))));
    }
    let v = mro_list(&it.heap, this);
    for &k in &v {
        it.incref(k);
    }
    Ok(it.new_list(v))
}

/// `type.__new__(mcls, name, bases, ns, **kw)`.
pub fn type_new(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !matches!(it.heap.get(this), Obj::Class(_)) || !it.is_subclass(this, it.type_obj(TypeId::Type)) {
        let msg = format!("type.__new__(X): X is not a type object ({})", it.type_name(this));
        return Err(it.type_error(msg));
    }
    if args.len() != 3 {
        return Err(it.type_error("type.__new__() takes exactly 3 arguments".into()));
    }
    make_type(it, this, args, kw)
}

/// `type(name, bases, ns)` (type_new's three-argument form).
pub fn type_three_args(it: &mut Interp, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let t = it.type_obj(TypeId::Type);
    make_type(it, t, args, kw)
}

fn make_type(it: &mut Interp, meta: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let (name, bases, ns) = (args[0], args[1], args[2]);
    let Some(name_text) = it.heap.as_str(name).map(str::to_string) else {
        let msg = format!("type.__new__() argument 1 must be str, not {}", it.type_name(name));
        return Err(it.type_error(msg));
    };
    let bases: Vec<ObjRef> = match it.heap.get(bases) {
        Obj::Tuple(t) => t.iter().copied().collect(),
        _ => {
            let msg = format!("type.__new__() argument 2 must be tuple, not {}", it.type_name(bases));
            return Err(it.type_error(msg));
        }
    };
    if !matches!(it.heap.get(ns), Obj::Dict(_)) {
        let msg = format!("type.__new__() argument 3 must be dict, not {}", it.type_name(ns));
        return Err(it.type_error(msg));
    }
    if let Some(&b) = bases.iter().find(|&&b| !matches!(it.heap.get(b), Obj::Class(_))) {
        let _ = b;
        return Err(it.type_error("bases must be types".into()));
    }
    let winner = it.calculate_meta(meta, &bases)?;
    if winner != meta && it.lookup_user_attr_str(winner, "__new__").is_some() {
        return it.call_with(winner, args, kw);
    }
    let qualname = match it.dict_get_str(ns, it.names.qualname).and_then(|q| it.heap.as_str(q).map(str::to_string)) {
        Some(q) => q,
        None => name_text.clone(),
    };
    let n = it.heap.intern(&name_text);
    let r = it.holding(n, "name of the class being made", |it| it.new_class(winner, n, &qualname, &bases, ns, kw));
    it.decref(n);
    r
}

/// `type.__call__(cls, *args, **kw)`: the instance creation a metaclass's
/// own `__call__` reaches through `super()`.
pub fn type_call(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !matches!(it.heap.get(this), Obj::Class(_)) {
        let msg = format!("descriptor '__call__' requires a 'type' object but received a '{}'", it.type_name(this));
        return Err(it.type_error(msg));
    }
    for &a in args {
        it.incref(a);
        it.stack.push(a);
    }
    let names: Vec<ObjRef> = kw.iter().map(|&(n, _)| n).collect();
    for &(_, v) in kw {
        it.incref(v);
        it.stack.push(v);
    }
    it.call_class_plain(this, args.len(), &names)
}

/// `object.__init_subclass__()`: does nothing, takes no keywords.
pub fn object_init_subclass(it: &mut Interp, this: ObjRef, _args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    it.object_init_subclass_check(this, kw)?;
    Ok(it.heap.none())
}
