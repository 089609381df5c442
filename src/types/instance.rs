//! Instances: `Obj::Instance`, an `Instance` — of `object`, of a class
//! statement's class, or of an exception class (then with an `ExcState`).
//!
//! * holds: its attributes inline, in the order first set (3.11 keeps them
//!   in the object with no dict object), an exception's args, traceback,
//!   context and cause, and its class (`Role::AttrName(i)`/`Attr(i)`,
//!   `ExcArgs`, `Traceback`, `ExcContext`, `ExcCause`, `Class`);
//! * release order (subtype_dealloc): each attribute's value then its
//!   name, in order; an exception's args, traceback, context, cause; the
//!   class last (a heap type is held by its instances);
//! * traverse (subtype_traverse): the attribute values, then the class; an
//!   exception's values, then BaseException_traverse (args, traceback,
//!   cause, context; 3.11 does not visit the type); clear (subtype_clear,
//!   BaseException_clear): the values in order, an exception's args
//!   (replaced by `()`), traceback, cause, context;
//! * size: `object()` is a bare 16-byte PyObject without a GC head. An
//!   instance of a class statement is 16 bytes with, before it, the GC
//!   head and the two managed-dict pointers (a 32-byte pre-header);
//!   `getsizeof` says 24 + 16 + the values array's 16. With `__slots__` and
//!   no `__dict__` it is 16 and a pointer per slot, after a GC head only.
//!   A BaseException is 72 bytes; a class statement's exception adds
//!   `__weakref__` (80);
//! * finalizer: `__del__`, if the class or a base defines one (PEP 442: at
//!   most once; it may resurrect the object).

use super::{take_nonnull, visit_nonnull, Finalizer, Release, TypeSlots, GC_HEAD};
use crate::heap::{Heap, Obj, ObjRef, Role, EMPTY_TUPLE};
use crate::runtime::Interp;

use super::class::{is_builtin_class, SlotLayout};

pub struct Instance {
    pub class: ObjRef,
    /// Attributes stored inline, in the order they were first set (3.11 keeps
    /// instance attributes inline with no separate dict object).
    pub attrs: Vec<(ObjRef, ObjRef)>,
    /// Present on instances of exception classes.
    pub exc: Option<Box<ExcState>>,
}

/// What an exception instance carries besides its attributes.
pub struct ExcState {
    /// The `args` tuple.
    pub args: ObjRef,
    /// `__traceback__`: the traceback object of the outermost frame the
    /// exception passed through (its `tb_next` chain leads inwards), or NULL.
    pub tb: ObjRef,
    /// `__context__`: the exception being handled when this one was raised.
    pub context: ObjRef,
    /// `__cause__`: set by `raise ... from ...`.
    pub cause: ObjRef,
    pub suppress_context: bool,
}

impl Instance {
    /// The class is a built-in type (`object`, `Exception`, ...), not a
    /// class statement's.
    fn of_builtin(&self, heap: &Heap) -> bool {
        !heap.is_live(self.class) || is_builtin_class(heap, self.class)
    }

    /// The `__slots__` layout of the class, if it has one (no dict).
    fn slot_layout<'a>(&self, heap: &'a Heap) -> Option<&'a SlotLayout> {
        match heap.get(self.class) {
            Obj::Class(c) if heap.is_live(self.class) => c.slots.as_deref(),
            _ => None,
        }
    }

    /// A class statement's instance with a managed dict: the two pointers
    /// before the GC head.
    fn has_managed_dict(&self, heap: &Heap) -> bool {
        self.exc.is_none() && !self.of_builtin(heap) && self.slot_layout(heap).is_none()
    }
}

impl TypeSlots for Instance {
    #[inline]
    fn type_name(&self) -> &'static str {
        "object"
    }
    /// `object()` is not a GC object (object has no Py_TPFLAGS_HAVE_GC).
    #[inline]
    fn is_gc_in(&self, heap: &Heap) -> bool {
        self.exc.is_some() || !self.of_builtin(heap)
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        for (n, &(k, v)) in self.attrs.iter().enumerate() {
            f(k, Role::AttrName(n as u32));
            f(v, Role::Attr(n as u32));
        }
        if let Some(e) = &self.exc {
            f(e.args, Role::ExcArgs);
            visit_nonnull(f, e.tb, Role::Traceback);
            visit_nonnull(f, e.context, Role::ExcContext);
            visit_nonnull(f, e.cause, Role::ExcCause);
        }
        f(self.class, Role::Class);
    }
    #[inline]
    fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        for &(_, v) in &self.attrs {
            f(v);
        }
        match &self.exc {
            None => f(self.class),
            Some(e) => {
                f(e.args);
                for x in [e.tb, e.cause, e.context] {
                    if !x.is_null() {
                        f(x);
                    }
                }
            }
        }
    }
    #[inline]
    fn take_refs(&mut self, out: &mut Vec<ObjRef>) {
        for &(k, v) in &self.attrs {
            out.push(v);
            out.push(k);
        }
        self.attrs.clear();
        if let Some(e) = self.exc.take() {
            out.push(e.args);
            for x in [e.tb, e.context, e.cause] {
                if !x.is_null() {
                    out.push(x);
                }
            }
        }
        out.push(self.class);
    }
    #[inline]
    fn clear(&mut self, out: &mut Vec<ObjRef>) {
        for (k, v) in self.attrs.drain(..) {
            out.push(v);
            out.push(k);
        }
        if let Some(e) = &mut self.exc {
            out.push(std::mem::replace(&mut e.args, EMPTY_TUPLE));
            for x in [&mut e.tb, &mut e.cause, &mut e.context] {
                take_nonnull(x, out);
            }
        }
    }
    #[inline]
    fn clear_into(&mut self, cx: &mut Release) {
        TypeSlots::clear(self, &mut cx.refs);
        if self.exc.is_some() {
            cx.stored = Some(EMPTY_TUPLE);
        }
    }
    #[inline]
    fn basic_size(&self) -> usize {
        if self.exc.is_some() {
            72
        } else {
            24
        }
    }
    fn basic_size_in(&self, heap: &Heap) -> usize {
        match &self.exc {
            None if self.of_builtin(heap) => 16,
            None => self.slot_layout(heap).map_or_else(|| self.basic_size(), SlotLayout::basic_size),
            Some(_) if !self.of_builtin(heap) => 80,
            Some(_) => self.basic_size(),
        }
    }
    fn gc_head_in(&self, heap: &Heap) -> usize {
        if self.exc.is_none() && self.of_builtin(heap) {
            0
        } else {
            GC_HEAD
        }
    }
    fn preheader(&self, heap: &Heap) -> usize {
        if self.has_managed_dict(heap) {
            32
        } else {
            self.gc_head_in(heap)
        }
    }
    /// A managed-dict instance's pre-header already holds what
    /// `__sizeof__` counts for it.
    fn block_size(&self, heap: &Heap) -> usize {
        if self.has_managed_dict(heap) {
            24
        } else {
            self.basic_size_in(heap)
        }
    }
    fn getsizeof(&self, heap: &Heap, _r: ObjRef) -> usize {
        let values = if self.has_managed_dict(heap) { 16 } else { 0 };
        self.basic_size_in(heap) + self.gc_head_in(heap) + values
    }
    fn finalizer(&self, heap: &Heap) -> Finalizer {
        match heap.get(self.class) {
            Obj::Class(c) if c.has_del => Finalizer::Del,
            _ => Finalizer::None,
        }
    }
}

impl Interp {
    pub fn class_has_del(&self, cls: ObjRef) -> bool {
        match self.heap.get(cls) {
            Obj::Class(c) => c.has_del,
            _ => false,
        }
    }

    /// Runs `__del__`; an exception in it is printed as CPython's
    /// "Exception ignored in: ..." and otherwise ignored.
    pub fn call_finalizer(&mut self, r: ObjRef) {
        let name = self.names.del;
        let cls = self.type_of(r);
        if let Some(f) = self.lookup_class_attr(cls, name) {
            self.incref(r);
            self.stack.push(r);
            let res = self.call_held(f, 1);
            match res {
                Ok(v) => self.decref(v),
                Err(e) => {
                    let fname = format!("<function {}.__del__ at 0x{:x}>", self.class_name(cls), self.heap.id(r));
                    self.report_unraisable(e, &fname);
                }
            }
        }
    }
}
