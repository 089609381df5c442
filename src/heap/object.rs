//! The objects that live in the heap, and what each one holds.
//!
//! Every Python value is an `ObjRef`, a handle to a slot in the heap. A slot
//! holds an `Obj`: the payload of one object. The references an object holds
//! are listed by `Obj::for_each_ref` in the order CPython releases them when
//! the object dies (list and tuple items last to first, dict values in
//! insertion order, instance attributes in the order they were set).

use std::rc::Rc;

use num_bigint::BigInt;

use super::dict::Dict;
use crate::compile::code::Code;

/// A handle to a heap object. Copying a handle does not count a reference:
/// only `Heap::incref` does.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

impl ObjRef {
    /// No object: an unbound local, an empty dict slot.
    pub const NULL: ObjRef = ObjRef(u32::MAX);
    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == u32::MAX
    }
    #[inline]
    pub fn idx(self) -> usize {
        self.0 as usize
    }
}

pub use super::thin::{PyStr, ThinSlice};

/// A list's item vector holding exactly `items` (capacity = length; the
/// heap then sizes it as list_resize does).
pub fn list_items_of(items: &[ObjRef]) -> thin_vec::ThinVec<ObjRef> {
    let mut v = thin_vec::ThinVec::with_capacity(items.len());
    v.extend_from_slice(items);
    v
}

pub struct ListObj {
    pub items: thin_vec::ThinVec<ObjRef>,
    /// CPython's `allocated`: the capacity list_resize would have chosen.
    pub allocated: usize,
    /// Simulated address of the item array (0 when allocated == 0).
    pub items_addr: u64,
}

pub struct ClassObj {
    pub name: ObjRef,
    pub qualname: String,
    pub base: Option<ObjRef>,
    /// The class namespace, in definition order (keys are interned strs).
    pub attrs: Vec<(ObjRef, ObjRef)>,
    /// Set for the built-in types (int, str, list, ValueError, ...).
    pub builtin: Option<TypeId>,
    /// This class or a base defines `__del__`.
    pub has_del: bool,
    /// This class derives from BaseException.
    pub is_exception: bool,
    /// `__slots__` (here or in a base) and no `__dict__`: the instances'
    /// layout. None for every other class.
    pub slots: Option<Box<SlotLayout>>,
}

/// The instances of a class whose `__slots__` leave out `__dict__`: they
/// have no dict, only these attribute names, and a fixed size.
#[derive(Clone)]
pub struct SlotLayout {
    /// Every slot name, the bases' first.
    pub names: Vec<String>,
    /// `__weakref__` is among the slots (else weakrefs are refused).
    pub weakref: bool,
}

impl SlotLayout {
    /// The instances' basic size: the object header and one pointer per
    /// slot (and for `__weakref__`).
    pub fn basic_size(&self) -> usize {
        16 + 8 * self.names.len() + if self.weakref { 8 } else { 0 }
    }
}

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
    /// Frames the exception passed through, innermost last (as printed).
    pub traceback: Vec<TbEntry>,
    /// `__context__`: the exception being handled when this one was raised.
    pub context: ObjRef,
    /// `__cause__`: set by `raise ... from ...`.
    pub cause: ObjRef,
    pub suppress_context: bool,
}

#[derive(Clone, Copy)]
pub struct TbEntry {
    /// A `Frame` object (holds the frame's locals alive).
    pub frame: ObjRef,
    pub lineno: u32,
    /// Position id (in the frame's code) of the expression that raised, or NO_POS.
    pub pos: u32,
}

pub struct Function {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub name: ObjRef,
    pub qualname: String,
    /// Tuple of positional defaults, or NULL.
    pub defaults: ObjRef,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: ObjRef,
    /// Tuple of cells, or NULL.
    pub closure: ObjRef,
    /// Attributes set on the function object (`f.x = 1`), in order.
    pub attrs: Vec<(ObjRef, ObjRef)>,
}

/// A frame object: made when a traceback needs to name a frame. While the
/// frame runs, `locals` is empty and the running frame owns its locals; when
/// the frame finishes and the frame object is still referenced (by a
/// traceback), the locals move here and stay alive with it.
pub struct FrameObj {
    pub code: ObjRef,
    pub locals: Vec<ObjRef>,
    pub running: bool,
}

pub struct WeakRefObj {
    /// The referent, or NULL once it has died.
    pub target: ObjRef,
    pub callback: ObjRef,
}

/// State of the built-in iterators.
pub enum IterState {
    /// list, tuple, str iteration by index over the sequence object.
    Seq { seq: ObjRef, index: usize },
    Range { next: i64, stop: i64, step: i64 },
    /// `result`: the last (key, value) tuple of an items iterator, reused
    /// when nobody else holds it (as CPython's dictiter does).
    /// `used`: the dict's or set's length when iteration began (CPython's
    /// `di_used`); a different length at a `next` is an error.
    DictKeys { dict: ObjRef, index: usize, kind: DictViewKind, result: ObjRef, used: usize },
    Enumerate { iter: ObjRef, count: i64, result: ObjRef },
    Zip { iters: Vec<ObjRef>, result: ObjRef },
    /// Values computed up front (map/filter/reversed of a sequence...).
    Values { items: Vec<ObjRef>, index: usize },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// The built-in types. Each has a type object (a `Class` with `builtin` set).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[repr(u8)]
pub enum TypeId {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    Function,
    BuiltinFunction,
    Method,
    BuiltinMethod,
    Cell,
    Code,
    Module,
    Range,
    Slice,
    Iterator,
    DictView,
    WeakRef,
    Frame,
    Ellipsis,
    NotImplementedType,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    // Exceptions (their classes are built in; instances are `Instance`s).
    BaseException,
}

pub enum Obj {
    /// A slot with no object in it (on the heap's free list).
    Free,
    None,
    Bool(bool),
    Ellipsis,
    NotImplemented,
    /// An int that fits in an i64.
    Int(i64),
    /// An int outside i64's range (never one that fits).
    BigInt(Box<BigInt>),
    Float(f64),
    Str(PyStr),
    Bytes(ThinSlice<u8>),
    List(Box<ListObj>),
    Tuple(ThinSlice<ObjRef>),
    Dict(Box<Dict>),
    /// A set: a dict whose values are NULL.
    Set(Box<Dict>),
    Class(Box<ClassObj>),
    Instance(Box<Instance>),
    Function(Box<Function>),
    /// A built-in function; `module_self` is NULL or the object it is bound to.
    BuiltinFunction { id: u16, bound: ObjRef },
    /// `obj.method` for a Python method.
    Method { func: ObjRef, self_: ObjRef },
    Cell(ObjRef),
    Code(Rc<Code>),
    Module(Box<Module>),
    Range(Box<RangeObj>),
    Slice(Box<[ObjRef; 3]>),
    Iter(Box<IterState>),
    DictView { dict: ObjRef, kind: DictViewKind },
    WeakRef(Box<WeakRefObj>),
    Frame(Box<FrameObj>),
    /// property / staticmethod / classmethod wrappers around a function.
    Property { fget: ObjRef, fset: ObjRef },
    StaticMethod(ObjRef),
    ClassMethod(ObjRef),
    /// `super()` bound to a class and an instance.
    Super { class: ObjRef, obj: ObjRef },
}

/// range(start, stop, step)
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

pub struct Module {
    pub name: ObjRef,
    pub dict: ObjRef,
}

impl Obj {
    /// Calls `f` with every reference this object holds, in the order CPython
    /// releases them when the object is deallocated (tp_dealloc order).
    pub fn for_each_ref(&self, mut f: impl FnMut(ObjRef)) {
        match self {
            Obj::List(l) => l.items.iter().rev().for_each(|&r| f(r)),
            Obj::Tuple(t) => t.iter().rev().for_each(|&r| f(r)),
            Obj::Dict(d) => d.for_each_ref(&mut f),
            Obj::Set(d) => d.for_each_ref(&mut f),
            Obj::Class(c) => {
                f(c.name);
                if let Some(b) = c.base {
                    f(b);
                }
                for &(k, v) in &c.attrs {
                    f(k);
                    f(v);
                }
            }
            Obj::Instance(i) => {
                for &(k, v) in &i.attrs {
                    f(k);
                    f(v);
                }
                if let Some(e) = &i.exc {
                    f(e.args);
                    for t in &e.traceback {
                        f(t.frame);
                    }
                    if !e.context.is_null() {
                        f(e.context);
                    }
                    if !e.cause.is_null() {
                        f(e.cause);
                    }
                }
                f(i.class);
            }
            Obj::Function(func) => {
                f(func.code);
                f(func.globals);
                f(func.name);
                for r in [func.defaults, func.kwdefaults, func.closure] {
                    if !r.is_null() {
                        f(r);
                    }
                }
                for &(k, v) in &func.attrs {
                    f(k);
                    f(v);
                }
            }
            Obj::BuiltinFunction { bound, .. } => {
                if !bound.is_null() {
                    f(*bound)
                }
            }
            Obj::Method { func, self_ } => {
                f(*self_);
                f(*func);
            }
            Obj::Cell(c) => {
                if !c.is_null() {
                    f(*c)
                }
            }
            Obj::Code(code) => code.for_each_ref(&mut f),
            Obj::Module(m) => {
                f(m.name);
                f(m.dict);
            }
            Obj::Slice(s) => s.iter().for_each(|&r| f(r)),
            Obj::Iter(it) => match &**it {
                IterState::Seq { seq, .. } => {
                    if !seq.is_null() {
                        f(*seq)
                    }
                }
                IterState::Range { .. } => {}
                IterState::DictKeys { dict, result, .. } => {
                    if !dict.is_null() {
                        f(*dict)
                    }
                    if !result.is_null() {
                        f(*result)
                    }
                }
                IterState::Enumerate { iter, result, .. } => {
                    f(*iter);
                    if !result.is_null() {
                        f(*result)
                    }
                }
                IterState::Zip { iters, result } => {
                    iters.iter().for_each(|&r| f(r));
                    if !result.is_null() {
                        f(*result)
                    }
                }
                IterState::Values { items, index } => items[*index..].iter().for_each(|&r| f(r)),
            },
            Obj::DictView { dict, .. } => f(*dict),
            Obj::WeakRef(w) => {
                if !w.callback.is_null() {
                    f(w.callback)
                }
            }
            Obj::Frame(fr) => {
                fr.locals.iter().filter(|r| !r.is_null()).for_each(|&r| f(r));
                f(fr.code);
            }
            Obj::Property { fget, fset } => {
                for r in [*fget, *fset] {
                    if !r.is_null() {
                        f(r)
                    }
                }
            }
            Obj::StaticMethod(r) | Obj::ClassMethod(r) => f(*r),
            Obj::Super { class, obj } => {
                f(*class);
                f(*obj);
            }
            Obj::Free
            | Obj::None
            | Obj::Bool(_)
            | Obj::Ellipsis
            | Obj::NotImplemented
            | Obj::Int(_)
            | Obj::BigInt(_)
            | Obj::Float(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::Range(_) => {}
        }
    }

    /// Is this a "GC type" in CPython's sense (has a PyGC_Head pre-header and
    /// moves the generation-0 count when allocated)? Range iterators are
    /// not; weakrefs are.
    pub fn is_gc_type(&self) -> bool {
        matches!(
            self,
            Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::Class(_)
                | Obj::Instance(_)
                | Obj::Function(_)
                | Obj::BuiltinFunction { .. }
                | Obj::Method { .. }
                | Obj::Cell(_)
                | Obj::Module(_)
                | Obj::DictView { .. }
                | Obj::Frame(_)
                | Obj::Property { .. }
                | Obj::StaticMethod(_)
                | Obj::ClassMethod(_)
                | Obj::Super { .. }
                | Obj::Slice(_)
                | Obj::WeakRef(_)
        ) || matches!(self, Obj::Iter(it) if !matches!(**it, IterState::Range { .. }))
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            Obj::Free => "<freed>",
            Obj::None => "NoneType",
            Obj::Bool(_) => "bool",
            Obj::Ellipsis => "ellipsis",
            Obj::NotImplemented => "NotImplementedType",
            Obj::Int(_) | Obj::BigInt(_) => "int",
            Obj::Float(_) => "float",
            Obj::Str(_) => "str",
            Obj::Bytes(_) => "bytes",
            Obj::List(_) => "list",
            Obj::Tuple(_) => "tuple",
            Obj::Dict(_) => "dict",
            Obj::Set(_) => "set",
            Obj::Class(_) => "type",
            Obj::Instance(_) => "object",
            Obj::Function(_) => "function",
            Obj::BuiltinFunction { bound, .. } => {
                if bound.is_null() {
                    "builtin_function_or_method"
                } else {
                    "builtin_function_or_method"
                }
            }
            Obj::Method { .. } => "method",
            Obj::Cell(_) => "cell",
            Obj::Code(_) => "code",
            Obj::Module(_) => "module",
            Obj::Range(_) => "range",
            Obj::Slice(_) => "slice",
            Obj::Iter(it) => match &**it {
                IterState::Seq { .. } => "iterator",
                IterState::Range { .. } => "range_iterator",
                IterState::DictKeys { kind: DictViewKind::Keys, .. } => "dict_keyiterator",
                IterState::DictKeys { kind: DictViewKind::Values, .. } => "dict_valueiterator",
                IterState::DictKeys { kind: DictViewKind::Items, .. } => "dict_itemiterator",
                IterState::Enumerate { .. } => "enumerate",
                IterState::Zip { .. } => "zip",
                IterState::Values { .. } => "iterator",
            },
            Obj::DictView { kind, .. } => match kind {
                DictViewKind::Keys => "dict_keys",
                DictViewKind::Values => "dict_values",
                DictViewKind::Items => "dict_items",
            },
            Obj::WeakRef(_) => "weakref.ReferenceType",
            Obj::Frame(_) => "frame",
            Obj::Property { .. } => "property",
            Obj::StaticMethod(_) => "staticmethod",
            Obj::ClassMethod(_) => "classmethod",
            Obj::Super { .. } => "super",
        }
    }
}
