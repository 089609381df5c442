//! The object types: one file per type, each saying everything the memory
//! model needs to know about it.
//!
//! # What a type must say, and why
//!
//! CPython keeps a type's memory behaviour in a handful of slots of its
//! `PyTypeObject`, and keeps them together in the type's own file
//! (`Objects/listobject.c` has `list_dealloc`, `list_traverse`,
//! `_list_clear`, `list___sizeof__` side by side). The heap, the collector
//! and the inspection layer never know a type by name; they call its slots.
//! glasspy does the same. `TypeSlots` is the list of slots, and every
//! payload of `Obj` implements it in its file here:
//!
//! | slot here            | CPython              | who calls it |
//! |----------------------|----------------------|--------------|
//! | `for_each_ref_role`  | (tp_dealloc's order) | the audit's recount, the holder views, `take_refs` by default |
//! | `take_refs`          | `tp_dealloc`         | `Interp::dealloc` when the count reaches zero |
//! | `traverse`           | `tp_traverse`        | the collector's `update_refs`/`subtract_refs`/`move_unreachable`, `gc.get_referents` |
//! | `clear`              | `tp_clear`           | the collector's `delete_garbage`, to break a cycle |
//! | `basic_size`         | `tp_basicsize` + items, i.e. `__sizeof__` | `sys.getsizeof`, the allocator request |
//! | `is_gc`              | `Py_TPFLAGS_HAVE_GC` | allocation (a `PyGC_Head`, generation 0's count, tracking) |
//! | `finalizer`          | `tp_finalize` (PEP 442) | dealloc and the collector's `finalize_garbage` |
//! | `type_name`          | `tp_name`            | messages, the watch log, the views |
//!
//! Why each must be stated, and stated once:
//!
//! * **What it holds, in release order.** Reference counts are exact only if
//!   every holder is counted, so the audit recounts from `for_each_ref_role`:
//!   a reference the type forgets to list is a count the audit disagrees
//!   with. The order is observable: `__del__` methods and weakref callbacks
//!   of the things released run in it, so it is CPython's `tp_dealloc` order
//!   (a list's items last to first, an instance's attribute values before
//!   their names, the class last).
//! * **How the collector traverses it.** `tp_traverse` is a different list:
//!   only what may lead to a cycle, in CPython's traverse order (a dict with
//!   str keys visits its values only; an exception does not visit its
//!   class). Which objects the collector finds, and the order `gc.garbage`
//!   and `DEBUG_COLLECTABLE` show them in, follow from it.
//! * **How it is cleared.** `tp_clear` drops the references that may be part
//!   of a cycle, in the type's order, and leaves the object a valid shell;
//!   types CPython gives no `tp_clear` (tuple, bound method) keep theirs, and
//!   the cycle breaks elsewhere.
//! * **Its size.** `sys.getsizeof` is `__sizeof__` plus the GC header, and
//!   `id()` is an address the pymalloc simulation hands out for the block the
//!   object asks for, so both must be CPython's to the byte: a wrong size
//!   shifts every later id.
//! * **Its finalizer.** PEP 442: at most once, before anything is released;
//!   it may resurrect the object, so dealloc and the collector check the
//!   count again afterwards.
//!
//! # Dispatch
//!
//! `Obj` is an enum (16 bytes a slot), so the central functions dispatch
//! with a `match` that `with_slots!` / `with_slots_mut!` write once: one
//! line per variant binding its payload, after which each call is static
//! (no vtable on the hot paths: dealloc, the collector's traverse). Most
//! variants box a payload struct; the few stored inline (a bound method's
//! two handles, a cell's one) get a small view struct here. A new type is
//! a file with its payload and `impl TypeSlots`, a variant at the end of
//! `Obj`, and one line in each of the two macros.
//!
//! What the slots cannot do alone — anything needing the interpreter (run
//! `__del__`, close a generator, forget a weakref in the runtime's table) —
//! is handed back in a `Release` or a `Finalizer` for the runtime to carry
//! out, in the order documented on each.

use crate::heap::{Heap, Obj, ObjRef, Role};

pub mod builtin_function;
pub mod bytes;
pub mod cell;
pub mod class;
pub mod complex;
pub mod code;
pub mod descriptor;
pub mod dict;
pub mod dict_view;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod getset;
pub mod instance;
pub mod int;
pub mod iterator;
pub mod list;
pub mod mappingproxy;
pub mod method;
pub mod module;
pub mod range;
pub mod set;
pub mod singletons;
pub mod slice;
pub mod str;
pub mod super_obj;
pub mod traceback;
pub mod tuple;
pub mod subclass;
pub mod weakref;

/// sizeof(PyGC_Head): the two words before every GC object.
pub const GC_HEAD: usize = 16;

/// The slots of a type (see the essay above). Every `Obj` payload
/// implements it; the defaults are what most types in CPython do.
pub trait TypeSlots {
    /// `tp_name` as `type(x).__name__` would print it for the payload.
    fn type_name(&self) -> &'static str;

    /// Has a `PyGC_Head` (Py_TPFLAGS_HAVE_GC): counts towards generation 0
    /// when allocated, is tracked by the collector. Default: yes, as every
    /// type that holds references should (a leaf type says no).
    #[inline]
    fn is_gc(&self) -> bool {
        true
    }

    /// `is_gc` with what other objects tell: an instance of `object`
    /// itself (`object()`) has no GC header, is never tracked and does not
    /// count towards generation 0. Default: `is_gc`.
    #[inline]
    fn is_gc_in(&self, _heap: &Heap) -> bool {
        self.is_gc()
    }

    /// Every reference the object holds, with its place, in the order
    /// `tp_dealloc` releases them. NULLs are not listed.
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role));

    /// `tp_traverse`: the references the collector follows, in CPython's
    /// traverse order. Default: everything `for_each_ref_role` lists.
    #[inline]
    fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        self.for_each_ref_role(&mut |r, _| {
            if !r.is_null() {
                f(r)
            }
        })
    }

    /// How many steps `traverse_step` walks `traverse` in, for containers
    /// whose children the collector visits in place, one at a time (it
    /// must not need a buffer as big as a list of millions). 0: the
    /// collector calls `traverse`.
    #[inline]
    fn traverse_steps(&self) -> usize {
        0
    }

    /// Step `k` of `traverse`: its next children (at most two: a dict
    /// entry's value and key), NULL for none.
    #[inline]
    fn traverse_step(&self, _k: usize) -> [ObjRef; 2] {
        [ObjRef::NULL; 2]
    }

    /// `tp_dealloc`: move the references out in release order, leaving a
    /// shell the heap frees. Default: `for_each_ref_role`'s list (the shell
    /// keeps its copies; nobody reads them again).
    #[inline]
    fn take_refs(&mut self, out: &mut Vec<ObjRef>) {
        self.for_each_ref_role(&mut |r, _| out.push(r))
    }

    /// `take_refs` for types whose death also needs the runtime (a weakref
    /// leaves its referent's list).
    #[inline]
    fn take_refs_into(&mut self, cx: &mut Release) {
        self.take_refs(&mut cx.refs)
    }

    /// `tp_clear`: the references that may make a cycle, moved out in the
    /// type's order. Default: none (CPython's types without a tp_clear).
    #[inline]
    fn clear(&mut self, _out: &mut Vec<ObjRef>) {}

    /// `clear` for types whose clearing also needs the heap or runtime (a
    /// replacement stored, a buffer freed, a weakref unregistered).
    #[inline]
    fn clear_into(&mut self, cx: &mut Release) {
        self.clear(&mut cx.refs)
    }

    /// `__sizeof__` as far as the payload alone tells, without the GC head.
    fn basic_size(&self) -> usize;

    /// `basic_size` with what other objects tell (an instance's class, a
    /// set iterator's set). Default: `basic_size`.
    #[inline]
    fn basic_size_in(&self, _heap: &Heap) -> usize {
        self.basic_size()
    }

    /// The GC header `sys.getsizeof` adds.
    #[inline]
    fn gc_head_in(&self, _heap: &Heap) -> usize {
        if self.is_gc() {
            GC_HEAD
        } else {
            0
        }
    }

    /// Bytes before the object's address inside its block. Default: the GC
    /// header (instances of class statements also carry the managed-dict
    /// pointers there).
    #[inline]
    fn preheader(&self, heap: &Heap) -> usize {
        self.gc_head_in(heap)
    }

    /// The object's own block, without the pre-header: what it asks the
    /// allocator for besides `preheader`. Default: `basic_size_in`.
    #[inline]
    fn block_size(&self, heap: &Heap) -> usize {
        self.basic_size_in(heap)
    }

    /// `sys.getsizeof(r)`: `__sizeof__` plus the GC header; types owning a
    /// separate buffer (a list's item array, a dict's keys) add it.
    #[inline]
    fn getsizeof(&self, heap: &Heap, _r: ObjRef) -> usize {
        self.basic_size_in(heap) + self.gc_head_in(heap)
    }

    /// `tp_finalize`, if the object has one that is due (PEP 442).
    #[inline]
    fn finalizer(&self, _heap: &Heap) -> Finalizer {
        Finalizer::None
    }

    /// Holds no references at all: dealloc frees it straight away.
    #[inline]
    fn holds_nothing(&self) -> bool {
        false
    }
}

/// A finalizer (PEP 442 `tp_finalize`) the runtime runs before the object's
/// references are released, at most once (`F_FINALIZED`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Finalizer {
    None,
    /// An instance whose class (or a base) defines `__del__`.
    Del,
    /// A suspended generator: `close()`, so its `finally` blocks run.
    Close,
}

/// What `take_refs_into` / `clear_into` hand back to the runtime, which
/// carries it out in field order: count `stored`, unregister the weakref,
/// release `refs` in order, free `buffer`, resync the dict's keys.
pub struct Release {
    /// A singleton stored in place of a cleared reference (an exception's
    /// args become `()`, a staticmethod's function `None`); it is counted
    /// before anything is released.
    pub stored: Option<ObjRef>,
    /// A weakref's referent: the weakref leaves its list of weakrefs.
    pub unregister_from: Option<ObjRef>,
    /// References to release, in this order.
    pub refs: Vec<ObjRef>,
    /// Simulated address of a buffer (a list's item array) to hand back to
    /// the allocator after the references; 0: none.
    pub buffer: u64,
    /// A dict's table was emptied: the heap resyncs its keys' sizes.
    pub sync_keys: bool,
}

impl Release {
    pub fn new() -> Release {
        Release { stored: None, unregister_from: None, refs: Vec::new(), buffer: 0, sync_keys: false }
    }
}

impl Default for Release {
    fn default() -> Self {
        Release::new()
    }
}

/// The slots of a leaf type: one that holds no references and is not a
/// GC object (numbers, strings, the singletons). `holds_nothing`: dealloc
/// may free it without looking further.
macro_rules! leaf_type {
    ($t:ty, $name:expr, holds_nothing: $nothing:expr, |$s:ident| $size:expr) => {
        impl $crate::types::TypeSlots for $t {
            #[inline]
            fn type_name(&self) -> &'static str {
                $name
            }
            #[inline]
            fn is_gc(&self) -> bool {
                false
            }
            #[inline]
            fn for_each_ref_role(&self, _f: &mut dyn FnMut($crate::heap::ObjRef, $crate::heap::Role)) {}
            #[inline]
            fn basic_size(&self) -> usize {
                let $s = self;
                $size
            }
            #[inline]
            fn holds_nothing(&self) -> bool {
                $nothing
            }
        }
    };
}
pub(crate) use leaf_type;

/// Moves out a non-NULL reference, leaving NULL (for `clear`).
#[inline]
pub fn take_nonnull(r: &mut ObjRef, out: &mut Vec<ObjRef>) {
    if !r.is_null() {
        out.push(std::mem::replace(r, ObjRef::NULL));
    }
}

/// Calls `f` with `(r, role)` unless `r` is NULL.
#[inline]
pub fn visit_nonnull(f: &mut dyn FnMut(ObjRef, Role), r: ObjRef, role: Role) {
    if !r.is_null() {
        f(r, role)
    }
}

/// A payload stored as a bare value inside `Obj` (a cell's `ObjRef`, a
/// set's `Dict`) seen as its type's struct, which has the same layout.
macro_rules! transparent_view {
    ($view:ident, $inner:ty) => {
        impl $view {
            #[inline(always)]
            pub fn of(inner: &$inner) -> &$view {
                // SAFETY: $view is #[repr(transparent)] over $inner.
                unsafe { &*(inner as *const $inner as *const $view) }
            }
            #[inline(always)]
            pub fn of_mut(inner: &mut $inner) -> &mut $view {
                // SAFETY: as above.
                unsafe { &mut *(inner as *mut $inner as *mut $view) }
            }
        }
    };
}
pub(crate) use transparent_view;

/// `with_slots!(obj, p => expr)`: evaluates `expr` with `p` bound to the
/// payload of `obj: &Obj` as a `&impl TypeSlots`. One line per variant.
macro_rules! with_slots {
    ($obj:expr, $p:ident => $body:expr) => {{
        use $crate::heap::Obj;
        use $crate::types as __types;
        #[allow(unused_imports)]
        use $crate::types::TypeSlots as _;
        match $obj {
            Obj::Free => { let $p = &__types::singletons::FreeSlot; $body }
            Obj::None => { let $p = &__types::singletons::NoneObj; $body }
            Obj::Bool(b) => { let $p = b; $body }
            Obj::Ellipsis => { let $p = &__types::singletons::EllipsisObj; $body }
            Obj::NotImplemented => { let $p = &__types::singletons::NotImplementedObj; $body }
            Obj::Int(v) => { let $p = v; $body }
            Obj::BigInt(v) => { let $p = &**v; $body }
            Obj::Float(v) => { let $p = v; $body }
            Obj::Str(s) => { let $p = s; $body }
            Obj::Bytes(b) => { let $p = b; $body }
            Obj::List(l) => { let $p = &**l; $body }
            Obj::Tuple(t) => { let $p = t; $body }
            Obj::Dict(d) => { let $p = &**d; $body }
            Obj::Set(d) => { let $p = __types::set::SetObj::of(d); $body }
            Obj::Class(c) => { let $p = &**c; $body }
            Obj::Instance(i) => { let $p = &**i; $body }
            Obj::Function(f) => { let $p = &**f; $body }
            Obj::BuiltinFunction { id, bound } => { let $p = &__types::builtin_function::BuiltinFunctionObj { id: *id, bound: *bound }; $body }
            Obj::Method { func, self_ } => { let $p = &__types::method::MethodObj { func: *func, self_: *self_ }; $body }
            Obj::Cell(c) => { let $p = __types::cell::CellObj::of(c); $body }
            Obj::Code(c) => { let $p = c; $body }
            Obj::Module(m) => { let $p = &**m; $body }
            Obj::Range(r) => { let $p = &**r; $body }
            Obj::Slice(s) => { let $p = __types::slice::SliceObj::of(s); $body }
            Obj::Iter(it) => { let $p = &**it; $body }
            Obj::DictView { dict, kind } => { let $p = &__types::dict_view::DictViewObj { dict: *dict, kind: *kind }; $body }
            Obj::WeakRef(w) => { let $p = &**w; $body }
            Obj::Frame(f) => { let $p = &**f; $body }
            Obj::Property(p) => { let $p = &**p; $body }
            Obj::StaticMethod(f) => { let $p = __types::descriptor::StaticMethodObj::of(f); $body }
            Obj::ClassMethod(f) => { let $p = __types::descriptor::ClassMethodObj::of(f); $body }
            Obj::Super { class, obj } => { let $p = &__types::super_obj::SuperObj { class: *class, obj: *obj }; $body }
            Obj::Traceback(t) => { let $p = &**t; $body }
            Obj::Generator(g) => { let $p = &**g; $body }
            Obj::Sub(s) => { let $p = &**s; $body }
            Obj::Complex(c) => { let $p = &**c; $body }
            Obj::GetSet(g) => { let $p = g; $body }
            Obj::MappingProxy(m) => { let $p = m; $body }
        }
    }};
}
pub(crate) use with_slots;

/// `with_slots_mut!(obj, p => expr)`: `with_slots!` for `obj: &mut Obj`,
/// `p` a `&mut impl TypeSlots`. Payloads stored inline as several fields
/// are copied into their view and written back afterwards.
macro_rules! with_slots_mut {
    ($obj:expr, $p:ident => $body:expr) => {{
        use $crate::heap::Obj;
        use $crate::types as __types;
        #[allow(unused_imports)]
        use $crate::types::TypeSlots as _;
        match $obj {
            Obj::Free => { let $p = &mut __types::singletons::FreeSlot; $body }
            Obj::None => { let $p = &mut __types::singletons::NoneObj; $body }
            Obj::Bool(b) => { let $p = b; $body }
            Obj::Ellipsis => { let $p = &mut __types::singletons::EllipsisObj; $body }
            Obj::NotImplemented => { let $p = &mut __types::singletons::NotImplementedObj; $body }
            Obj::Int(v) => { let $p = v; $body }
            Obj::BigInt(v) => { let $p = &mut **v; $body }
            Obj::Float(v) => { let $p = v; $body }
            Obj::Str(s) => { let $p = s; $body }
            Obj::Bytes(b) => { let $p = b; $body }
            Obj::List(l) => { let $p = &mut **l; $body }
            Obj::Tuple(t) => { let $p = t; $body }
            Obj::Dict(d) => { let $p = &mut **d; $body }
            Obj::Set(d) => { let $p = __types::set::SetObj::of_mut(d); $body }
            Obj::Class(c) => { let $p = &mut **c; $body }
            Obj::Instance(i) => { let $p = &mut **i; $body }
            Obj::Function(f) => { let $p = &mut **f; $body }
            Obj::BuiltinFunction { id, bound } => { let mut v = __types::builtin_function::BuiltinFunctionObj { id: *id, bound: *bound }; let $p = &mut v; let out = $body; (*id, *bound) = (v.id, v.bound); out }
            Obj::Method { func, self_ } => { let mut v = __types::method::MethodObj { func: *func, self_: *self_ }; let $p = &mut v; let out = $body; (*func, *self_) = (v.func, v.self_); out }
            Obj::Cell(c) => { let $p = __types::cell::CellObj::of_mut(c); $body }
            Obj::Code(c) => { let $p = c; $body }
            Obj::Module(m) => { let $p = &mut **m; $body }
            Obj::Range(r) => { let $p = &mut **r; $body }
            Obj::Slice(s) => { let $p = __types::slice::SliceObj::of_mut(s); $body }
            Obj::Iter(it) => { let $p = &mut **it; $body }
            Obj::DictView { dict, kind } => { let mut v = __types::dict_view::DictViewObj { dict: *dict, kind: *kind }; let $p = &mut v; let out = $body; (*dict, *kind) = (v.dict, v.kind); out }
            Obj::WeakRef(w) => { let $p = &mut **w; $body }
            Obj::Frame(f) => { let $p = &mut **f; $body }
            Obj::Property(p) => { let $p = &mut **p; $body }
            Obj::StaticMethod(f) => { let $p = __types::descriptor::StaticMethodObj::of_mut(f); $body }
            Obj::ClassMethod(f) => { let $p = __types::descriptor::ClassMethodObj::of_mut(f); $body }
            Obj::Super { class, obj } => { let mut v = __types::super_obj::SuperObj { class: *class, obj: *obj }; let $p = &mut v; let out = $body; (*class, *obj) = (v.class, v.obj); out }
            Obj::Traceback(t) => { let $p = &mut **t; $body }
            Obj::Generator(g) => { let $p = &mut **g; $body }
            Obj::Sub(s) => { let $p = &mut **s; $body }
            Obj::Complex(c) => { let $p = &mut **c; $body }
            Obj::GetSet(g) => { let $p = g; $body }
            Obj::MappingProxy(m) => { let $p = m; $body }
        }
    }};
}

impl Obj {
    /// `tp_traverse` of whatever type this is.
    #[inline]
    pub fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        with_slots!(self, p => p.traverse(f))
    }

    /// The collector's walk one step at a time (`traverse_steps`), for
    /// types that have one: the same children as `traverse`, in the same
    /// order. False: the type has none (`traverse` is the walk).
    pub fn traverse_stepwise(&self, f: &mut dyn FnMut(ObjRef)) -> bool {
        let steps = with_slots!(self, p => TypeSlots::traverse_steps(p));
        for k in 0..steps {
            for c in with_slots!(self, p => TypeSlots::traverse_step(p, k)) {
                if !c.is_null() {
                    f(c);
                }
            }
        }
        steps > 0
    }

    /// `tp_dealloc`'s references, moved out in release order.
    #[inline]
    pub fn take_refs_into(&mut self, cx: &mut Release) {
        with_slots_mut!(self, p => p.take_refs_into(cx))
    }

    /// `tp_clear`.
    #[inline]
    pub fn clear_into(&mut self, cx: &mut Release) {
        with_slots_mut!(self, p => p.clear_into(cx))
    }

    /// The finalizer due, if any (the runtime checks `F_FINALIZED`).
    #[inline]
    pub fn finalizer(&self, heap: &Heap) -> Finalizer {
        with_slots!(self, p => p.finalizer(heap))
    }

    /// A GC object, as far as its type and its class say (`is_gc_in`).
    #[inline]
    pub fn is_gc_in(&self, heap: &Heap) -> bool {
        with_slots!(self, p => p.is_gc_in(heap))
    }

    /// Holds no references: freed at once.
    #[inline]
    pub fn holds_nothing(&self) -> bool {
        with_slots!(self, p => p.holds_nothing())
    }
}
