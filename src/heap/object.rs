//! The objects that live in the heap, and what each one holds.
//!
//! Every Python value is an `ObjRef`, a handle to a slot in the heap. A slot
//! holds an `Obj`: the payload of one object, one variant per type. What
//! each type holds, in the order CPython releases it when the object dies
//! (list and tuple items last to first, dict entries in insertion order,
//! instance attributes in the order they were set), and the rest of its
//! slots (traverse, clear, size, finalizer) are in its own file under
//! `types/`; `Obj`'s methods here only dispatch to them.

use std::rc::Rc;

use num_bigint::BigInt;

use super::dict::Dict;
use crate::compile::code::Code;
use crate::types::{with_slots, TypeSlots};

// The payloads, each defined with its type's slots in `types/`.
pub use crate::types::class::{ClassObj, SlotLayout};
pub use crate::types::dict_view::DictViewKind;
pub use crate::types::frame::FrameObj;
pub use crate::types::function::Function;
pub use crate::types::instance::{ExcState, Instance};
pub use crate::types::iterator::IterState;
pub use crate::types::list::{list_items_of, ListObj};
pub use crate::types::module::Module;
pub use crate::types::range::RangeObj;
pub use crate::types::traceback::TbObj;
pub use crate::types::weakref::WeakRefObj;

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
    /// Made on the first `async def` call (runtime/coroutine.rs), after
    /// the start-up types.
    Coroutine,
    /// Made when a program first names or makes one (runtime/lazy_types.rs).
    FrozenSet,
    Complex,
    ByteArray,
    MemoryView,
    /// Made for the first class statement's class (types/getset.rs).
    GetSetDescriptor,
    /// Made at the first read of a class's `__dict__` (types/mappingproxy.rs).
    MappingProxy,
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
    Property(Box<crate::types::descriptor::PropertyObj>),
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
    /// A complex number (types/complex.rs).
    Complex(Box<crate::types::complex::ComplexObj>),
    /// A class's `__dict__` or `__weakref__` descriptor (types/getset.rs).
    GetSet(crate::types::getset::GetSetObj),
    /// `C.__dict__`, a read-only view of a class's namespace (types/mappingproxy.rs).
    MappingProxy(crate::types::mappingproxy::MappingProxyObj),
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
    /// A finished frame's `f_back`.
    Back,
    QualName,
    Handled(u32),
    Parked(u32),
    /// A class statement's class: its `__bases__` and `__mro__` tuples.
    Bases,
    Mro,
    /// A property's deleter and docstring.
    Deleter,
    Doc,
    /// The namespace a mappingproxy shows when it is not a class's own
    /// (a built-in type's methods, gathered at the read).
    Mapping,
}

impl Obj {
    /// Calls `f` with every reference this object holds, in the order CPython
    /// releases them when the object is deallocated (tp_dealloc order).
    #[inline]
    pub fn for_each_ref(&self, mut f: impl FnMut(ObjRef)) {
        self.for_each_ref_role(|r, _| f(r))
    }

    /// `for_each_ref` with the place each reference sits in (`Role`): the
    /// one list of what an object holds, which the audit, deallocation and
    /// the inspection layer's labelled holders all agree on. Each type says
    /// it in its file under `types/`.
    #[inline]
    pub fn for_each_ref_role(&self, mut f: impl FnMut(ObjRef, Role)) {
        with_slots!(self, p => TypeSlots::for_each_ref_role(p, &mut f))
    }

    /// Is this a "GC type" in CPython's sense (has a PyGC_Head pre-header and
    /// moves the generation-0 count when allocated)? Range iterators are
    /// not; weakrefs are.
    #[inline]
    pub fn is_gc_type(&self) -> bool {
        with_slots!(self, p => TypeSlots::is_gc(p))
    }

    pub fn type_name(&self) -> &'static str {
        with_slots!(self, p => TypeSlots::type_name(p))
    }
}
