//! Instances of a class statement that derives from a built-in type:
//! `class OrderedCollection(list)`, `class Celsius(float)`, `class Name(str)`.
//!
//! CPython lays such an object out as the base type's struct followed by the
//! subclass's extras: a `__dict__` pointer and a `__weakref__` pointer. The
//! base's own code (list_append, float_add, ...) works on it unchanged,
//! because the base struct sits at the front. glasspy does the same with
//! `SubObj`: it carries the base's payload (`value`, an `Obj::List`,
//! `Obj::Float`, ...) and `Heap::get` looks through the wrapper, so every
//! built-in operation sees a list, a float, a str. Only what knows about
//! classes asks for the wrapper (`Heap::get_raw`): `type()`, attribute
//! access, the collector, deallocation, sizes.
//!
//! The instance dict is a real dict object, made when the first attribute
//! is set (or `__dict__` is asked for): 3.11 keeps instance attributes
//! inline only for classes whose instances `object.__new__` makes, not for
//! those a built-in type's constructor makes.
//!
//! Release order (subtype_dealloc): the dict, then what the base holds in
//! its own order (list items last to first, ...), then the class.
//! Traverse (subtype_traverse): the dict, the class, then the base's
//! traverse. Clear (subtype_clear): the dict, then the base's tp_clear.

use crate::heap::object::{Obj, ObjRef, Role, TypeId};
use crate::heap::{sizes, Heap};
use crate::types::{take_nonnull, visit_nonnull, with_slots, Finalizer, Release, TypeSlots, GC_HEAD};

pub struct SubObj {
    pub class: ObjRef,
    /// The instance `__dict__`, or NULL until an attribute is set.
    pub dict: ObjRef,
    /// The built-in base's payload (never another `Sub`).
    pub value: Obj,
}

/// The built-in types a class statement may derive from with a payload of
/// their own (besides `object` and the exceptions).
pub fn payload_base(t: TypeId) -> bool {
    matches!(t, TypeId::List | TypeId::Dict | TypeId::Set | TypeId::Tuple | TypeId::Int | TypeId::Float | TypeId::Str | TypeId::Bytes | TypeId::WeakRef)
}

/// Whether a subclass of this built-in type carries a managed dict
/// (Py_TPFLAGS_MANAGED_DICT: bases whose items are not inline), which puts
/// 16 more bytes of pre-header before the GC head.
fn managed_dict(value: &Obj) -> bool {
    !matches!(value, Obj::Tuple(_) | Obj::Int(_) | Obj::BigInt(_) | Obj::Bytes(_))
}

impl SubObj {
    /// `__sizeof__`: the base's, with the subclass's `__weakref__` pointer
    /// (int's __sizeof__ counts digits only, str's is a non-compact
    /// PyUnicodeObject with its data apart).
    fn own_size(&self) -> usize {
        match &self.value {
            Obj::Int(_) | Obj::BigInt(_) => sizes::basic_size(&self.value),
            Obj::Str(s) => {
                let compact = sizes::str_size(s);
                let kind_bytes = if s.is_ascii() { compact - 48 } else { compact - 72 };
                80 + kind_bytes
            }
            // PySetObject has a weakref list of its own.
            Obj::Set(_) => sizes::basic_size(&self.value),
            v => sizes::basic_size(v) + 8,
        }
    }
}

impl TypeSlots for SubObj {
    fn type_name(&self) -> &'static str {
        self.value.type_name()
    }

    /// A heap type's instances are always GC objects.
    fn is_gc(&self) -> bool {
        true
    }

    /// Every reference, in tp_dealloc order: dict, the base's, the class.
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        visit_nonnull(f, self.dict, Role::InstanceDict);
        self.value.for_each_ref_role(&mut *f);
        f(self.class, Role::Class);
    }

    /// subtype_traverse: the instance dict, the class, then the base's traverse.
    fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        if !self.dict.is_null() {
            f(self.dict);
        }
        f(self.class);
        self.value.traverse(f);
    }

    /// subtype_dealloc: the dict first, the base's references in its own
    /// order (and whatever else its dealloc hands back), the class last.
    fn take_refs_into(&mut self, cx: &mut Release) {
        take_nonnull(&mut self.dict, &mut cx.refs);
        self.value.take_refs_into(cx);
        cx.refs.push(self.class);
    }

    /// subtype_clear: the dict, then the base's tp_clear.
    fn clear_into(&mut self, cx: &mut Release) {
        take_nonnull(&mut self.dict, &mut cx.refs);
        self.value.clear_into(cx);
    }

    fn basic_size(&self) -> usize {
        self.own_size()
    }

    /// The GC head, and the managed dict's two pointers when the base's
    /// items are not inline: 3.11's `sys.getsizeof` adds the whole
    /// pre-header.
    fn gc_head_in(&self, _heap: &Heap) -> usize {
        GC_HEAD + if managed_dict(&self.value) { 16 } else { 0 }
    }

    /// The base's own buffers (a list's item array, a dict's keys) count too.
    fn getsizeof(&self, heap: &Heap, r: ObjRef) -> usize {
        let buffers = with_slots!(&self.value, p => TypeSlots::getsizeof(p, heap, r) - TypeSlots::basic_size_in(p, heap) - TypeSlots::gc_head_in(p, heap));
        self.own_size() + self.gc_head_in(heap) + buffers
    }

    fn finalizer(&self, heap: &Heap) -> Finalizer {
        match heap.get(self.class) {
            Obj::Class(c) if c.has_del => Finalizer::Del,
            _ => Finalizer::None,
        }
    }
}

// ----- behaviour ------------------------------------------------------------------

use crate::heap::object::ListObj;
use crate::heap::Dict;
use crate::runtime::builtins::{self, Kw};
use crate::runtime::{ExcKind, Interp, R};

/// Bases whose instances are filled by `__init__` (list, dict, set); the
/// others get their value from `__new__` and never change.
fn mutable_payload(t: TypeId) -> bool {
    matches!(t, TypeId::List | TypeId::Dict | TypeId::Set)
}

impl Interp {
    /// The class of an instance of a subclass of a built-in type, None for
    /// every other object.
    #[inline]
    pub fn sub_class(&self, v: ObjRef) -> Option<ObjRef> {
        match self.heap.get_raw(v) {
            Obj::Sub(s) => Some(s.class),
            _ => None,
        }
    }

    /// The built-in type whose payload the instances of `cls` carry
    /// (`list` for `class C(list)`), if it derives from one.
    pub fn payload_type(&self, cls: ObjRef) -> Option<TypeId> {
        let mut c = cls;
        loop {
            let Obj::Class(co) = self.heap.get(c) else { return None };
            if let Some(t) = co.builtin {
                return if payload_base(t) { Some(t) } else { None };
            }
            c = co.base?;
        }
    }

    /// A method defined by a class statement (not by the built-in base) on
    /// the class of a subclass instance: where CPython's slot wrappers call
    /// an override (`__len__`, `__getitem__`, ...).
    #[inline]
    pub fn sub_override(&self, v: ObjRef, name: &str) -> Option<ObjRef> {
        let cls = self.sub_class(v)?;
        self.lookup_user_attr_str(cls, name)
    }

    /// `lookup_user_attr` by name text.
    pub fn lookup_user_attr_str(&self, cls: ObjRef, name: &str) -> Option<ObjRef> {
        crate::types::class::mro_find(&self.heap, cls, |k, co| {
            if self.heap.flags(k) & crate::heap::F_RUNTIME != 0 {
                return None;
            }
            co.attrs.iter().find(|&&(n, _)| self.heap.as_str(n) == Some(name)).map(|&(_, v)| v)
        })
    }

    /// A new instance of `cls` carrying `value` (one reference, owned by the caller).
    pub fn new_sub(&mut self, cls: ObjRef, value: Obj) -> ObjRef {
        self.incref(cls);
        self.alloc(Obj::Sub(Box::new(SubObj { class: cls, dict: ObjRef::NULL, value })))
    }

    /// An empty payload of a mutable base.
    fn empty_payload(&mut self, t: TypeId) -> Obj {
        match t {
            TypeId::List => Obj::List(Box::new(ListObj { items: thin_vec::ThinVec::new(), allocated: 0, items_addr: 0 })),
            TypeId::Dict => Obj::Dict(Box::new(Dict::new())),
            _ => Obj::Set(Box::new(Dict::new())),
        }
    }

    /// A copy of an exact immutable object's payload, for a subclass
    /// instance made from it (the items of a tuple gain a reference).
    fn payload_copy(&mut self, r: ObjRef) -> Obj {
        match self.heap.get(r) {
            Obj::Int(i) => Obj::Int(*i),
            Obj::Bool(b) => Obj::Int(*b as i64),
            Obj::BigInt(b) => Obj::BigInt(b.clone()),
            Obj::Float(f) => Obj::Float(*f),
            Obj::Str(s) => Obj::Str(crate::heap::PyStr::new(s.s())),
            Obj::Bytes(b) => Obj::Bytes(crate::heap::ThinSlice::new(b)),
            Obj::Tuple(t) => {
                let items: Vec<ObjRef> = t.iter().copied().collect();
                for &i in &items {
                    self.incref(i);
                }
                Obj::Tuple(crate::heap::ThinSlice::new(&items))
            }
            _ => Obj::None,
        }
    }

    /// tp_new of a built-in base for `cls`: the value made from the
    /// arguments as the base's constructor makes it, in a new instance of
    /// `cls` (or the exact object when `cls` is the base itself).
    pub fn builtin_new(&mut self, t: TypeId, cls: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
        let base_cls = self.type_obj(t);
        if mutable_payload(t) && cls == base_cls {
            return builtins::construct_from(self, t, &[], &[]);
        }
        if cls == base_cls {
            return builtins::construct_from(self, t, args, kw);
        }
        if t == TypeId::WeakRef {
            return crate::runtime::weak::sub_new(self, cls, args);
        }
        if mutable_payload(t) {
            // list.__new__ / dict.__new__ / set.__new__ ignore the arguments.
            let v = self.empty_payload(t);
            return Ok(self.new_sub(cls, v));
        }
        let exact = builtins::construct_from(self, t, args, kw)?;
        let v = self.payload_copy(exact);
        self.decref(exact);
        Ok(self.new_sub(cls, v))
    }

    /// Calls a class deriving from a built-in type with a payload: the
    /// base's `__new__` (or an empty list, dict, set), then `__init__` (the
    /// class statement's, or the base's for list, dict and set).
    pub fn call_payload_class(&mut self, cls: ObjRef, t: TypeId, nargs: usize, kwnames: &[ObjRef]) -> R<ObjRef> {
        let at = self.stack.len() - nargs - kwnames.len();
        let args: Vec<ObjRef> = self.stack[at..at + nargs].to_vec();
        let kw: Vec<(ObjRef, ObjRef)> = kwnames.iter().enumerate().map(|(i, &n)| (n, self.stack[at + nargs + i])).collect();
        let inst = match self.builtin_new(t, cls, &args, &kw) {
            Ok(v) => v,
            Err(e) => {
                self.drop_args(nargs + kwnames.len());
                return Err(e);
            }
        };
        self.init_new_object(inst, nargs, kwnames)
    }

    /// type_call's second half: `__init__` of the new object's class with
    /// the arguments on the stack (consumed); the base's for a list, dict or
    /// set subclass without one.
    pub fn init_new_object(&mut self, inst: ObjRef, nargs: usize, kwnames: &[ObjRef]) -> R<ObjRef> {
        let cls = self.type_of(inst);
        let at = self.stack.len() - nargs - kwnames.len();
        if let Some(f) = self.lookup_user_attr(cls, self.names.init) {
            // The function and the new object stay on the stack while __init__ runs.
            self.incref(f);
            self.stack.insert(at, f);
            self.stack.insert(at + 1, inst);
            self.incref(inst);
            self.stack.insert(at + 2, inst);
            let r = self.call(f, nargs + 1, kwnames);
            let inst = self.stack.pop().unwrap();
            let f = self.stack.pop().unwrap();
            self.decref(f);
            let v = match r {
                Ok(v) => v,
                Err(e) => {
                    self.decref(inst);
                    return Err(e);
                }
            };
            if !matches!(self.heap.get(v), Obj::None) {
                let msg = format!("__init__() should return None, not '{}'", self.type_name(v));
                self.decref(v);
                self.decref(inst);
                return Err(self.type_error(msg));
            }
            self.decref(v);
            return Ok(inst);
        }
        let t = self.payload_type(cls).filter(|&t| mutable_payload(t));
        let r = match t {
            Some(t) => {
                let args: Vec<ObjRef> = self.stack[at..at + nargs].to_vec();
                let kw: Vec<(ObjRef, ObjRef)> = kwnames.iter().enumerate().map(|(i, &n)| (n, self.stack[at + nargs + i])).collect();
                self.holding(inst, "object being initialised", |it| base_init(it, t, inst, &args, &kw))
            }
            None => Ok(()),
        };
        self.drop_args(nargs + kwnames.len());
        match r {
            Ok(()) => Ok(inst),
            Err(e) => {
                self.decref(inst);
                Err(e)
            }
        }
    }

    /// Calls a class whose statement defines `__new__` (`new` is the
    /// function found): `__new__(cls, *args)`, then, when it returns an
    /// instance of `cls`, its `__init__` with the same arguments.
    pub fn call_with_new(&mut self, cls: ObjRef, new: ObjRef, nargs: usize, kwnames: &[ObjRef]) -> R<ObjRef> {
        let new = match self.heap.get(new) {
            Obj::StaticMethod(f) => *f,
            _ => new,
        };
        let n = nargs + kwnames.len();
        let at = self.stack.len() - n;
        // The arguments again for __init__, held while __new__ runs.
        let saved: Vec<ObjRef> = self.stack[at..].to_vec();
        for &a in &saved {
            self.incref(a);
        }
        self.incref(new);
        self.stack.insert(at, new);
        self.incref(cls);
        self.stack.insert(at + 1, cls);
        let r = self.holding_all(&saved, "arguments kept for __init__", |it| it.call(new, nargs + 1, kwnames));
        let f = self.stack.pop().unwrap();
        self.decref(f);
        let obj = match r {
            Ok(v) => v,
            Err(e) => {
                for a in saved {
                    self.decref(a);
                }
                return Err(e);
            }
        };
        // The call consumed cls and the arguments; the copies go back on the stack.
        let is_inst = self.is_subclass(self.type_of(obj), cls);
        self.stack.extend_from_slice(&saved);
        if !is_inst {
            self.drop_args(n);
            return Ok(obj);
        }
        self.init_new_object(obj, nargs, kwnames)
    }
}

/// `list.__init__`, `dict.__init__`, `set.__init__` on an instance:
/// replace its contents with what the arguments give.
fn base_init(it: &mut Interp, t: TypeId, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<()> {
    let name = match t {
        TypeId::List => "list",
        TypeId::Dict => "dict",
        _ => "set",
    };
    if t != TypeId::Dict && !kw.is_empty() {
        return Err(it.type_error(format!("{}() takes no keyword arguments", name)));
    }
    if args.len() > 1 {
        return Err(it.type_error(format!("{} expected at most 1 argument, got {}", name, args.len())));
    }
    match t {
        TypeId::List => {
            builtins::list_clear_items(it, this);
            if let Some(&a) = args.first() {
                builtins::list_fill(it, this, a)?;
            }
        }
        TypeId::Dict => {
            if let Some(&a) = args.first() {
                it.dict_update(this, a)?;
            }
            for &(k, v) in kw {
                it.dict_set(this, k, v)?;
            }
        }
        _ => {
            builtins::set_clear_items(it, this);
            let r = builtins::set_update(it, this, args, kw)?;
            it.decref(r);
        }
    }
    Ok(())
}

/// `list.__init__(self, iterable=())` and its dict and set siblings, as
/// methods (what `super().__init__(items)` finds).
pub fn list_init(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    base_init(it, TypeId::List, this, args, kw)?;
    Ok(it.heap.none())
}
pub fn dict_init(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    base_init(it, TypeId::Dict, this, args, kw)?;
    Ok(it.heap.none())
}
pub fn set_init(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    base_init(it, TypeId::Set, this, args, kw)?;
    Ok(it.heap.none())
}

impl Interp {
    /// `v` itself when it is an object of an exact built-in type, else (a
    /// subclass instance) a new exact object with its value; consumes `v`.
    pub fn exact_copy(&mut self, v: ObjRef) -> ObjRef {
        if !self.heap.is_sub(v) {
            return v;
        }
        let out = match self.heap.get(v) {
            Obj::Int(i) => {
                let i = *i;
                self.heap.int(i)
            }
            Obj::BigInt(b) => {
                let b = (**b).clone();
                self.heap.bigint(b)
            }
            Obj::Float(f) => {
                let f = *f;
                self.heap.float(f)
            }
            Obj::Str(s) => {
                let s = s.s().to_string();
                self.heap.str(&s)
            }
            Obj::Bytes(b) => {
                let b = b.to_vec();
                self.heap.bytes(&b)
            }
            Obj::Tuple(t) => {
                let items: Vec<ObjRef> = t.iter().copied().collect();
                for &i in &items {
                    self.incref(i);
                }
                self.new_tuple(items)
            }
            _ => {
                self.incref(v);
                v
            }
        };
        self.decref(v);
        out
    }
}

/// `T.__new__(cls, *args)` of a built-in type T: checks that `cls` is T or
/// a subclass of it, then makes the value as T's constructor does.
fn new_of(it: &mut Interp, t: TypeId, cls: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let tname = it.class_name(it.type_obj(t));
    if cls.is_null() {
        return Err(it.type_error(format!("{}.__new__(): not enough arguments", tname)));
    }
    if !matches!(it.heap.get(cls), Obj::Class(_)) {
        let msg = format!("{}.__new__(X): X is not a type object ({})", tname, it.type_name(cls));
        return Err(it.type_error(msg));
    }
    let base = it.type_obj(t);
    if !it.is_subclass(cls, base) {
        let msg = format!("{}.__new__({}): {} is not a subtype of {}", tname, it.class_name(cls), it.class_name(cls), tname);
        return Err(it.type_error(msg));
    }
    if t == TypeId::Object {
        if let Some(p) = it.payload_type(cls) {
            let pname = it.class_name(it.type_obj(p));
            let msg = format!("object.__new__({}) is not safe, use {}.__new__()", it.class_name(cls), pname);
            return Err(it.type_error(msg));
        }
        return it.plain_instance(cls);
    }
    it.builtin_new(t, cls, args, kw)
}

pub fn object_new(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    new_of(it, TypeId::Object, this, args, kw)
}
/// `object.__setattr__(o, name, value)`: the store without the class's hook.
pub fn object_setattr(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__setattr__", args, kw, 2)?;
    let name = attr_name_arg(it, args[0])?;
    let r = it.holding(name, "attribute name", |it| it.generic_setattr(this, name, args[1]));
    it.decref(name);
    r?;
    Ok(it.heap.none())
}

/// `object.__delattr__(o, name)`: the delete without the class's hook.
pub fn object_delattr(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__delattr__", args, kw, 1)?;
    let name = attr_name_arg(it, args[0])?;
    let r = it.holding(name, "attribute name", |it| it.generic_delattr(this, name));
    it.decref(name);
    r?;
    Ok(it.heap.none())
}

/// An attribute name argument, interned (owned), or CPython's TypeError.
fn attr_name_arg(it: &mut Interp, name: ObjRef) -> R<ObjRef> {
    if it.heap.as_str(name).is_none() {
        let msg = format!("attribute name must be string, not '{}'", it.type_name(name));
        return Err(it.type_error(msg));
    }
    Ok(it.heap.intern_obj(name))
}

pub fn int_new(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    new_of(it, TypeId::Int, this, args, kw)
}
pub fn float_new(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    new_of(it, TypeId::Float, this, args, kw)
}
pub fn str_new(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    new_of(it, TypeId::Str, this, args, kw)
}
pub fn bytes_new(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    new_of(it, TypeId::Bytes, this, args, kw)
}
pub fn tuple_new(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    new_of(it, TypeId::Tuple, this, args, kw)
}
pub fn list_new(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    new_of(it, TypeId::List, this, args, kw)
}
pub fn dict_new(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    new_of(it, TypeId::Dict, this, args, kw)
}
pub fn set_new(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    new_of(it, TypeId::Set, this, args, kw)
}
pub fn weakref_new(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    new_of(it, TypeId::WeakRef, this, args, kw)
}

// ----- attributes ---------------------------------------------------------------

impl Interp {
    /// The instance dict, if one was made.
    pub fn sub_dict_if_any(&self, o: ObjRef) -> Option<ObjRef> {
        match self.heap.get_raw(o) {
            Obj::Sub(s) if !s.dict.is_null() => Some(s.dict),
            _ => None,
        }
    }

    /// The instance dict, made on first use (borrowed).
    fn sub_dict(&mut self, o: ObjRef) -> ObjRef {
        if let Some(d) = self.sub_dict_if_any(o) {
            return d;
        }
        let d = self.new_dict();
        if let Obj::Sub(s) = self.heap.get_raw_mut(o) {
            s.dict = d;
        }
        d
    }

    /// Attribute lookup on a subclass instance (PyObject_GenericGetAttr):
    /// a property of the class, the instance dict, the class's attributes,
    /// the base type's methods and attributes, then `__getattr__`.
    pub fn sub_getattr(&mut self, o: ObjRef, cls: ObjRef, name: ObjRef, hook: bool) -> R<ObjRef> {
        let found = self.lookup_class_attr(cls, name).filter(|&v| !self.is_getset(v));
        if let Some(v) = found {
            if matches!(self.heap.get(v), Obj::Property { .. }) {
                return self.bind_attr(v, o, cls);
            }
        }
        if let Some(d) = self.sub_dict_if_any(o) {
            if let Some(v) = self.dict_get_str(d, name) {
                self.incref(v);
                return Ok(v);
            }
        }
        if let Some(v) = found {
            return self.bind_attr(v, o, cls);
        }
        let n = self.heap.as_str(name).unwrap_or("").to_string();
        if n == "__dict__" {
            let d = self.sub_dict(o);
            self.incref(d);
            return Ok(d);
        }
        if n == "__weakref__" && self.weakrefable(o) {
            return Ok(self.first_weakref(o));
        }
        if let Some(r) = self.value_attr(o, name, &n) {
            return r;
        }
        if let Some(f) = self.lookup_user_attr_str(cls, "__getattr__").filter(|_| hook) {
            self.incref(o);
            self.incref(name);
            self.stack.push(o);
            self.stack.push(name);
            return self.call_held(f, 2);
        }
        Err(self.attr_error(o, name))
    }

    /// LOAD_METHOD on a subclass instance: a Python function of the class
    /// when the instance dict does not shadow it (new reference).
    pub fn sub_method_lookup(&mut self, o: ObjRef, cls: ObjRef, name: ObjRef) -> Option<ObjRef> {
        if self.has_getattribute(cls) {
            return None;
        }
        if let Some(d) = self.sub_dict_if_any(o) {
            if self.dict_get_str(d, name).is_some() {
                return None;
            }
        }
        let f = self.lookup_class_attr(cls, name)?;
        if let Obj::Function(_) = self.heap.get(f) {
            self.incref(f);
            return Some(f);
        }
        None
    }

    /// Attribute assignment on a subclass instance: a property's setter,
    /// else the instance dict.
    pub fn sub_setattr(&mut self, o: ObjRef, cls: ObjRef, name: ObjRef, v: ObjRef) -> R<()> {
        if let Some(r) = self.set_through_property(o, cls, name, v) {
            return r;
        }
        let d = self.sub_dict(o);
        self.dict_set(d, name, v)
    }
}

// ----- the operators: a class statement's overrides first ---------------------------
//
// CPython's slots of a heap type call the class's `__len__`, `__getitem__`,
// ... when the class defines one, else the base type's. Each operator
// here asks a subclass instance's class first, then runs the built-in
// type's own (`*_base`), which is also what `super().__getitem__(i)` and
// `list.__getitem__(self, i)` reach.

use crate::syntax::{BinOp, CmpOp};

impl Interp {
    /// Calls `f(o, *args)` (all borrowed).
    fn call_override(&mut self, f: ObjRef, o: ObjRef, args: &[ObjRef]) -> R<ObjRef> {
        self.incref(o);
        self.stack.push(o);
        for &a in args {
            self.incref(a);
            self.stack.push(a);
        }
        self.call_held(f, 1 + args.len())
    }

    /// The override `name` of a subclass instance's class, if `o` is one.
    #[inline(always)]
    fn override_of(&self, o: ObjRef, name: &str) -> Option<ObjRef> {
        if !self.heap.is_sub(o) {
            return None;
        }
        self.sub_override(o, name)
    }

    pub fn getitem(&mut self, o: ObjRef, i: ObjRef) -> R<ObjRef> {
        match self.override_of(o, "__getitem__") {
            Some(f) => self.call_override(f, o, &[i]),
            None => self.getitem_base(o, i),
        }
    }

    pub fn setitem(&mut self, o: ObjRef, i: ObjRef, v: ObjRef) -> R<()> {
        match self.override_of(o, "__setitem__") {
            Some(f) => self.call_override(f, o, &[i, v]).map(|r| self.decref(r)),
            None => self.setitem_base(o, i, v),
        }
    }

    pub fn delitem(&mut self, o: ObjRef, i: ObjRef) -> R<()> {
        match self.override_of(o, "__delitem__") {
            Some(f) => self.call_override(f, o, &[i]).map(|r| self.decref(r)),
            None => self.delitem_base(o, i),
        }
    }

    pub fn len_of(&mut self, o: ObjRef) -> R<usize> {
        match self.override_of(o, "__len__") {
            Some(f) => {
                let r = self.call_override(f, o, &[])?;
                self.len_result(r)
            }
            None => self.len_of_base(o),
        }
    }

    /// What a `__len__` returned, checked as CPython checks it (consumes `r`).
    fn len_result(&mut self, r: ObjRef) -> R<usize> {
        let is_int = matches!(self.heap.get(r), Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_));
        let v = self.small_index(r);
        let tn = self.type_name(r);
        self.decref(r);
        match v {
            Some(v) if v >= 0 => Ok(v as usize),
            Some(_) => Err(self.new_exception(ExcKind::ValueError, Some("__len__() should return >= 0"))),
            None if is_int => Err(self.new_exception(ExcKind::OverflowError, Some("cannot fit 'int' into an index-sized integer"))),
            None => Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", tn))),
        }
    }

    pub(crate) fn truthy_slow(&mut self, v: ObjRef) -> R<bool> {
        if self.heap.is_sub(v) {
            if let Some(f) = self.sub_override(v, "__bool__") {
                let r = self.call_override(f, v, &[])?;
                return match self.heap.get(r) {
                    Obj::Bool(b) => {
                        let b = *b;
                        self.decref(r);
                        Ok(b)
                    }
                    _ => {
                        let msg = format!("__bool__ should return bool, returned {}", self.type_name(r));
                        self.decref(r);
                        Err(self.type_error(msg))
                    }
                };
            }
            if self.sub_override(v, "__len__").is_some() {
                return Ok(self.len_of(v)? != 0);
            }
        }
        self.truthy_base(v)
    }

    pub fn contains(&mut self, container: ObjRef, item: ObjRef) -> R<bool> {
        match self.override_of(container, "__contains__") {
            Some(f) => {
                let r = self.call_override(f, container, &[item])?;
                let t = self.truthy(r);
                self.decref(r);
                t
            }
            None => self.contains_base(container, item),
        }
    }

    pub fn hash(&mut self, r: ObjRef) -> R<i64> {
        if let Some(cls) = self.sub_class(r) {
            match self.lookup_user_attr_str(cls, "__hash__") {
                Some(f) if !matches!(self.heap.get(f), Obj::None) => {
                    let h = self.call_override(f, r, &[])?;
                    let v = match self.heap.get(h) {
                        Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_) => self.hash_base(h),
                        _ => Err(self.type_error("__hash__ method should return an integer".into())),
                    };
                    self.decref(h);
                    return v;
                }
                // `__eq__` without `__hash__` (or `__hash__ = None`): unhashable.
                found => {
                    if found.is_some() || self.lookup_user_attr_str(cls, "__eq__").is_some() {
                        let msg = format!("unhashable type: '{}'", self.class_name(cls));
                        return Err(self.type_error(msg));
                    }
                }
            }
        }
        self.hash_base(r)
    }

    pub fn get_iter(&mut self, v: ObjRef) -> R<ObjRef> {
        match self.override_of(v, "__iter__") {
            Some(f) => self.call_override(f, v, &[]),
            None => self.get_iter_base(v),
        }
    }

    /// The override of a rich comparison on either side, if one answers
    /// (not NotImplemented).
    fn sub_compare(&mut self, a: ObjRef, op: CmpOp, b: ObjRef) -> R<Option<ObjRef>> {
        let Some((name, rname)) = crate::runtime::ops::cmp_dunder(op) else { return Ok(None) };
        for (x, n, y) in [(a, name, b), (b, rname, a)] {
            if let Some(f) = self.override_of(x, n) {
                let r = self.call_override(f, x, &[y])?;
                if r != crate::heap::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
                self.decref(r);
            }
        }
        Ok(None)
    }

    pub fn rich_compare(&mut self, a: ObjRef, op: CmpOp, b: ObjRef) -> R<ObjRef> {
        if self.heap.is_sub(a) || self.heap.is_sub(b) {
            if let Some(r) = self.sub_compare(a, op, b)? {
                return Ok(r);
            }
        }
        self.rich_compare_base(a, op, b)
    }

    #[inline]
    pub(crate) fn binary_op_as(&mut self, a: ObjRef, op: BinOp, b: ObjRef, inplace: bool) -> R<ObjRef> {
        if self.heap.is_sub(a) || self.heap.is_sub(b) {
            return self.binary_op_sub(a, op, b, inplace);
        }
        self.binary_op_base(a, op, b, inplace)
    }

    /// binary_op with an instance of a subclass of a built-in type on
    /// either side: its class's method (or reflection) first.
    #[inline(never)]
    fn binary_op_sub(&mut self, a: ObjRef, op: BinOp, b: ObjRef, inplace: bool) -> R<ObjRef> {
        let (l, r) = crate::runtime::ops::dunder(op);
        if let Some(f) = self.override_of(a, l) {
            let v = self.call_override(f, a, &[b])?;
            if v != crate::heap::NOT_IMPLEMENTED {
                return Ok(v);
            }
            self.decref(v);
        }
        if let Some(f) = self.override_of(b, r) {
            let v = self.call_override(f, b, &[a])?;
            if v != crate::heap::NOT_IMPLEMENTED {
                return Ok(v);
            }
            self.decref(v);
        }
        self.binary_op_base(a, op, b, inplace)
    }
}

// ----- the built-in types' own operators as methods ---------------------------------
//
// `list.__getitem__`, `str.__repr__`, ...: what `super().__repr__()` in an
// override reaches. Each runs the built-in behaviour on the instance,
// never the override that called it.

fn want_args(it: &mut Interp, name: &str, args: &[ObjRef], kw: Kw, n: usize) -> R<()> {
    if !kw.is_empty() {
        return Err(it.type_error(format!("{}() takes no keyword arguments", name)));
    }
    if args.len() != n {
        let msg = match n {
            0 => format!("expected 0 arguments, got {}", args.len()),
            1 => format!("expected 1 argument, got {}", args.len()),
            _ => format!("expected {} arguments, got {}", n, args.len()),
        };
        return Err(it.type_error(msg));
    }
    Ok(())
}

pub fn slot_repr(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__repr__", args, kw, 0)?;
    let s = it.repr_base(this)?;
    Ok(it.heap.str(&s))
}
pub fn slot_len(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__len__", args, kw, 0)?;
    let n = it.len_of_base(this)?;
    Ok(it.heap.int(n as i64))
}
pub fn slot_getitem(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__getitem__", args, kw, 1)?;
    it.getitem_base(this, args[0])
}
pub fn slot_setitem(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__setitem__", args, kw, 2)?;
    it.setitem_base(this, args[0], args[1])?;
    Ok(it.heap.none())
}
pub fn slot_delitem(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__delitem__", args, kw, 1)?;
    it.delitem_base(this, args[0])?;
    Ok(it.heap.none())
}
pub fn slot_contains(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__contains__", args, kw, 1)?;
    let b = it.contains_base(this, args[0])?;
    Ok(it.heap.bool(b))
}
pub fn slot_iter(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__iter__", args, kw, 0)?;
    it.get_iter_base(this)
}
pub fn slot_hash(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__hash__", args, kw, 0)?;
    let h = it.hash_base(this)?;
    Ok(it.heap.int(h))
}
fn slot_compare(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw, op: CmpOp, name: &str) -> R<ObjRef> {
    want_args(it, name, args, kw, 1)?;
    it.rich_compare_base(this, op, args[0])
}
pub fn slot_eq(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    slot_compare(it, this, args, kw, CmpOp::Eq, "__eq__")
}
pub fn slot_lt(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    slot_compare(it, this, args, kw, CmpOp::Lt, "__lt__")
}
pub fn slot_add(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__add__", args, kw, 1)?;
    it.binary_op_base(this, BinOp::Add, args[0], false)
}
pub fn slot_mul(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    want_args(it, "__mul__", args, kw, 1)?;
    it.binary_op_base(this, BinOp::Mult, args[0], false)
}
