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
    /// `__traceback__`: the traceback object of the outermost frame the
    /// exception passed through (its `tb_next` chain leads inwards), or NULL.
    pub tb: ObjRef,
    /// `__context__`: the exception being handled when this one was raised.
    pub context: ObjRef,
    /// `__cause__`: set by `raise ... from ...`.
    pub cause: ObjRef,
    pub suppress_context: bool,
}

/// A traceback object: one frame an exception passed through, and the next
/// one inwards (PyTracebackObject). Released in that order: `tb_next`, then
/// `tb_frame` (which holds the frame's locals alive).
#[derive(Clone, Copy)]
pub struct TbObj {
    pub next: ObjRef,
    /// A `Frame` object.
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
    /// The line the frame was at when it finished or was suspended.
    pub line: u32,
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
    /// Values computed up front (reversed of a sequence...).
    Values { items: Vec<ObjRef>, index: usize },
    /// map(func, *iterables): one call per step, lazily.
    Map { func: ObjRef, iters: Vec<ObjRef> },
    /// filter(func or None, iterable), lazily.
    Filter { func: ObjRef, iter: ObjRef },
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
    Generator,
    Traceback,
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
    Traceback(Box<TbObj>),
    /// A generator and its suspended frame (runtime/generator.rs).
    Generator(Box<crate::runtime::generator::GenObj>),
    /// An instance of a class statement deriving from a built-in type
    /// (`class C(list)`): the class, the attributes, and the base's own
    /// payload (types/subclass.rs). `Heap::get` looks through it.
    Sub(Box<crate::types::subclass::SubObj>),
}

/// Where in its holder a reference sits: an item's index, a dict entry,
/// an attribute's position, a function's defaults... The inspection layer
/// turns a role into a label a learner reads (`list 0x... [3]`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    /// List, tuple, slice or zip item by index.
    Item(u32),
    /// Dict or set entry index: its key, its value.
    Key(u32),
    Value(u32),
    /// Inline attribute by position (instances, classes, functions): its name, its value.
    AttrName(u32),
    Attr(u32),
    Name,
    Base,
    Class,
    /// The `__dict__` of an instance of a subclass of a built-in type.
    InstanceDict,
    ExcArgs,
    /// An exception's `__traceback__`.
    Traceback,
    /// A traceback object's `tb_next` and `tb_frame`.
    TbNext,
    TbFrame,
    ExcContext,
    ExcCause,
    Code,
    Globals,
    Defaults,
    KwDefaults,
    Closure,
    SelfObj,
    Func,
    CellContents,
    Const(u32),
    CodeName(u32),
    ModuleDict,
    IterSource,
    IterResult,
    Callback,
    Local(u32),
    Getter,
    Setter,
    /// A suspended generator's frame: slot i (locals, cells, then the
    /// temporaries and loop iterators it keeps while suspended), its
    /// frame object, exceptions it is handling, values parked for a finally.
    Suspended(u32),
    FrameObject,
    QualName,
    Handled(u32),
    Parked(u32),
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
    #[inline]
    pub fn for_each_ref(&self, mut f: impl FnMut(ObjRef)) {
        self.for_each_ref_role(|r, _| f(r))
    }

    /// `for_each_ref` with the place each reference sits in (`Role`): the
    /// one list of what an object holds, which the audit, the collector's
    /// traverse and the inspection layer's labelled holders all agree on.
    pub fn for_each_ref_role(&self, mut f: impl FnMut(ObjRef, Role)) {
        match self {
            Obj::List(l) => l.items.iter().enumerate().rev().for_each(|(i, &r)| f(r, Role::Item(i as u32))),
            Obj::Tuple(t) => t.iter().enumerate().rev().for_each(|(i, &r)| f(r, Role::Item(i as u32))),
            Obj::Dict(d) | Obj::Set(d) => {
                for (i, e) in d.entries.iter().enumerate() {
                    if e.key.is_null() {
                        continue;
                    }
                    f(e.key, Role::Key(i as u32));
                    if !e.value.is_null() {
                        f(e.value, Role::Value(i as u32));
                    }
                }
            }
            Obj::Class(c) => {
                f(c.name, Role::Name);
                if let Some(b) = c.base {
                    f(b, Role::Base);
                }
                for (i, &(k, v)) in c.attrs.iter().enumerate() {
                    f(k, Role::AttrName(i as u32));
                    f(v, Role::Attr(i as u32));
                }
            }
            Obj::Instance(i) => {
                for (n, &(k, v)) in i.attrs.iter().enumerate() {
                    f(k, Role::AttrName(n as u32));
                    f(v, Role::Attr(n as u32));
                }
                if let Some(e) = &i.exc {
                    f(e.args, Role::ExcArgs);
                    if !e.tb.is_null() {
                        f(e.tb, Role::Traceback);
                    }
                    if !e.context.is_null() {
                        f(e.context, Role::ExcContext);
                    }
                    if !e.cause.is_null() {
                        f(e.cause, Role::ExcCause);
                    }
                }
                f(i.class, Role::Class);
            }
            Obj::Function(func) => {
                f(func.code, Role::Code);
                f(func.globals, Role::Globals);
                f(func.name, Role::Name);
                for (r, role) in [(func.defaults, Role::Defaults), (func.kwdefaults, Role::KwDefaults), (func.closure, Role::Closure)] {
                    if !r.is_null() {
                        f(r, role);
                    }
                }
                for (i, &(k, v)) in func.attrs.iter().enumerate() {
                    f(k, Role::AttrName(i as u32));
                    f(v, Role::Attr(i as u32));
                }
            }
            Obj::BuiltinFunction { bound, .. } => {
                if !bound.is_null() {
                    f(*bound, Role::SelfObj)
                }
            }
            Obj::Method { func, self_ } => {
                f(*self_, Role::SelfObj);
                f(*func, Role::Func);
            }
            Obj::Cell(c) => {
                if !c.is_null() {
                    f(*c, Role::CellContents)
                }
            }
            Obj::Code(code) => {
                for (i, &c) in code.consts.iter().enumerate() {
                    f(c, Role::Const(i as u32));
                }
                for (i, &n) in code.names.iter().enumerate() {
                    f(n, Role::CodeName(i as u32));
                }
            }
            Obj::Module(m) => {
                f(m.name, Role::Name);
                f(m.dict, Role::ModuleDict);
            }
            Obj::Slice(s) => s.iter().enumerate().for_each(|(i, &r)| f(r, Role::Item(i as u32))),
            Obj::Iter(it) => match &**it {
                IterState::Seq { seq, .. } => {
                    if !seq.is_null() {
                        f(*seq, Role::IterSource)
                    }
                }
                IterState::Range { .. } => {}
                IterState::DictKeys { dict, result, .. } => {
                    if !dict.is_null() {
                        f(*dict, Role::IterSource)
                    }
                    if !result.is_null() {
                        f(*result, Role::IterResult)
                    }
                }
                IterState::Enumerate { iter, result, .. } => {
                    f(*iter, Role::IterSource);
                    if !result.is_null() {
                        f(*result, Role::IterResult)
                    }
                }
                IterState::Zip { iters, result } => {
                    iters.iter().enumerate().for_each(|(i, &r)| f(r, Role::Item(i as u32)));
                    if !result.is_null() {
                        f(*result, Role::IterResult)
                    }
                }
                IterState::Values { items, index } => items[*index..].iter().enumerate().for_each(|(i, &r)| f(r, Role::Item((index + i) as u32))),
                IterState::Map { func, iters } => {
                    f(*func, Role::Func);
                    iters.iter().enumerate().for_each(|(i, &r)| f(r, Role::Item(i as u32)));
                }
                IterState::Filter { func, iter } => {
                    f(*func, Role::Func);
                    f(*iter, Role::IterSource);
                }
            },
            Obj::DictView { dict, .. } => f(*dict, Role::IterSource),
            Obj::WeakRef(w) => {
                if !w.callback.is_null() {
                    f(w.callback, Role::Callback)
                }
            }
            Obj::Frame(fr) => {
                fr.locals.iter().enumerate().filter(|(_, r)| !r.is_null()).for_each(|(i, &r)| f(r, Role::Local(i as u32)));
                f(fr.code, Role::Code);
            }
            Obj::Property { fget, fset } => {
                for (r, role) in [(*fget, Role::Getter), (*fset, Role::Setter)] {
                    if !r.is_null() {
                        f(r, role)
                    }
                }
            }
            Obj::StaticMethod(r) | Obj::ClassMethod(r) => f(*r, Role::Func),
            Obj::Super { class, obj } => {
                f(*class, Role::Class);
                f(*obj, Role::SelfObj);
            }
            Obj::Generator(g) => g.for_each_ref_role(&mut f),
            Obj::Sub(s) => s.for_each_ref_role(&mut f),
            Obj::Traceback(t) => {
                for (r, role) in [(t.next, Role::TbNext), (t.frame, Role::TbFrame)] {
                    if !r.is_null() {
                        f(r, role);
                    }
                }
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
                | Obj::Generator(_)
                | Obj::Traceback(_)
        ) || matches!(self, Obj::Sub(s) if s.is_gc())
            || matches!(self, Obj::Iter(it) if !matches!(**it, IterState::Range { .. }))
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
                IterState::Map { .. } => "map",
                IterState::Filter { .. } => "filter",
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
            Obj::Generator(_) => "generator",
            Obj::Traceback(_) => "traceback",
            Obj::Sub(s) => s.value.type_name(),
        }
    }
}
