//! Code objects and the resolved tree the evaluator walks.
//!
//! The compiler turns the AST into this IR: every name is already resolved
//! to a local slot, a cell, a global (by its index in the code's `names`
//! table) or a class-namespace lookup, and every literal to an index in the
//! code's constant table. The evaluator never looks a local up by string.

use std::rc::Rc;

use crate::heap::ObjRef;
use crate::syntax::{BinOp, CmpOp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

/// Where an expression that can raise sits in the source (CPython's
/// instruction positions): byte offsets of its start and end, and for a
/// binary operation or a subscript the anchors of the part the traceback
/// marks with `^` (`left`..`right`; `left == NO_POS` when there are none).
#[derive(Clone, Copy, Debug)]
pub struct Pos {
    /// The line `start` is on.
    pub line: u32,
    pub start: u32,
    pub end: u32,
    pub left: u32,
    pub right: u32,
}

/// No position recorded.
pub const NO_POS: u32 = u32::MAX;

pub struct Code {
    pub name: String,
    pub qualname: String,
    pub kind: CodeKind,
    pub filename: Rc<str>,
    pub source: Rc<str>,
    pub firstlineno: u32,
    /// The constant table: one counted reference to each distinct constant.
    pub consts: Vec<ObjRef>,
    /// Interned names used by global/attribute/class-namespace operations (counted).
    pub names: Vec<ObjRef>,
    /// Local slot names: parameters first, then locals in order of first use.
    pub varnames: Vec<String>,
    /// Cells created by this code (variables captured by inner functions).
    pub cellvars: Vec<String>,
    /// For each cellvar that is also a parameter: its parameter slot.
    pub cell_params: Vec<Option<u32>>,
    /// Variables this code reads from enclosing functions (its closure).
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    pub body: Vec<Stmt>,
    /// Positions of the expressions that can raise, indexed by the position
    /// ids stored in the tree (for tracebacks).
    pub positions: Vec<Pos>,
    /// An interactive (REPL) block: top-level expression statements echo.
    pub interactive: bool,
    /// A generator function (its body has a yield) or an `async def`: a
    /// call makes a generator or a coroutine.
    pub generator: bool,
    /// An `async def`: a call makes a coroutine (runtime/coroutine.rs).
    pub coroutine: bool,
    /// CPython's `co_stacksize` for this code (an estimate from the tree,
    /// see `stackdepth.rs`): part of a generator's size.
    pub stacksize: u32,
    /// Per name: where a global load last found it (LOAD_GLOBAL's cache).
    pub global_cache: Vec<std::cell::Cell<GlobalCache>>,
}

/// A cached global lookup: valid while both dicts still have these versions.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals_version: u64,
    pub builtins_version: u64,
    /// Entry index in globals (or in builtins when `in_builtins`).
    pub index: u32,
    pub in_builtins: bool,
}

impl Code {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Slots a frame needs: locals, then cells, then free variables.
    pub fn frame_size(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    pub fn for_each_ref(&self, f: &mut impl FnMut(ObjRef)) {
        for &c in &self.consts {
            f(c);
        }
        for &n in &self.names {
            f(n);
        }
    }

    /// Slots CPython's frame would have: not the hidden locals that hold
    /// hoisted yields and their operands (`.y`, `.k`: `compile/lift.rs`), which CPython
    /// keeps on its evaluation stack (counted in `stacksize`).
    pub fn cpython_frame_size(&self) -> usize {
        self.frame_size() - self.varnames.iter().filter(|v| v.starts_with(".y") || v.starts_with(".k")).count()
    }

    /// Total number of parameter slots (positional, keyword-only, *args, **kwargs).
    pub fn total_params(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize + self.has_varargs as usize + self.has_varkw as usize
    }
}

/// Does this body (not counting nested functions, which are code objects of
/// their own) hold a yield? Then its code is a generator function's.
pub fn has_yield(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        St::Yield(..) | St::YieldFrom(..) | St::Await(..) => true,
        St::If(_, b, o) | St::While(_, b, o) | St::For(_, _, b, o) | St::AsyncFor(_, _, b, o) => has_yield(b) || has_yield(o),
        St::With(w) => has_yield(&w.body),
        St::Try(t) => has_yield(&t.body) || has_yield(&t.orelse) || has_yield(&t.finalbody) || t.handlers.iter().any(|h| has_yield(&h.body)),
        _ => false,
    })
}

pub struct Stmt {
    pub line: u32,
    pub kind: St,
}

pub enum St {
    Expr(Ex),
    /// An expression statement at the top level of an interactive entry: sys.displayhook.
    Print(Ex),
    Assign(Vec<Target>, Ex),
    /// (target, op, value, position of the target for a failed load)
    AugAssign(Target, BinOp, Ex, u32),
    /// Targets, each with its position.
    Delete(Vec<(Target, u32)>),
    If(Ex, Vec<Stmt>, Vec<Stmt>),
    While(Ex, Vec<Stmt>, Vec<Stmt>),
    /// One `with` item around its body (several items nest).
    With(Box<WithStmt>),
    For(Target, Ex, Vec<Stmt>, Vec<Stmt>),
    /// `async for`: `__aiter__`, then each `__anext__()` awaited (its
    /// iterator above the async iterator on the frame's stack).
    AsyncFor(Target, Ex, Vec<Stmt>, Vec<Stmt>),
    Return(Option<Ex>),
    Break,
    Continue,
    Pass,
    Try(Box<TryStmt>),
    Raise(Option<Ex>, Option<Ex>),
    /// (test, message, position of the test)
    Assert(Ex, Option<Ex>, u32),
    /// `import m [as n]`: bind the top-level package of `m`, or (`leaf`,
    /// `import a.b as n`) the module `m` itself.
    Import { module: String, store: Target, leaf: bool },
    /// `from m import a as b, ...`: (attribute name index, where to store).
    ImportFrom { module: String, names: Vec<(u32, Target)> },
    /// `[target =] yield value`: suspends the generator with `value`
    /// (None when absent); on resumption the sent value goes to `target`.
    Yield(Option<Ex>, Option<Target>),
    /// `[target =] yield from iterable`: delegates to the iterable's
    /// iterator (held on the frame's stack) until it returns.
    YieldFrom(Ex, Option<Target>),
    /// `[target =] await x`: delegates to `x`'s awaitable iterator as
    /// `yield from` does (runtime/coroutine.rs).
    Await(Ex, Option<Target>),
    /// A comprehension's loop: for each item of the iterator in local slot 0 (`.0`),
    /// run the nested `for`/`if` clauses and add to the result in `result_slot`.
    CompLoop(Box<CompLoop>),
}

pub struct TryStmt {
    pub body: Vec<Stmt>,
    pub handlers: Vec<Handler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

pub struct Handler {
    pub line: u32,
    pub typ: Option<Ex>,
    pub name: Option<Target>,
    pub body: Vec<Stmt>,
}

pub struct CompLoop {
    pub kind: CompKind,
    /// The accumulating list/dict/set (a local slot of the comprehension).
    pub result_slot: u32,
    pub generators: Vec<CompGen>,
    pub elt: Ex,
    /// The value expression of a dict comprehension.
    pub value: Option<Ex>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompKind {
    List,
    Set,
    Dict,
}

pub struct CompGen {
    pub target: Target,
    /// None for the first generator: its iterator is the `.0` argument.
    pub iter: Option<Ex>,
    pub ifs: Vec<Ex>,
}

pub enum Target {
    Local(u32),
    /// A cell or free variable: slot index past the locals.
    Deref(u32),
    Global(u32),
    /// Class body (or module-level in a class-like namespace): store in the namespace dict.
    Name(u32),
    /// (object, name, position)
    Attr(Box<Ex>, u32, u32),
    Subscript(Box<Ex>, Box<Ex>, u32),
    /// `a, *b, c = ...`: targets, the index of the starred one, position.
    Unpack(Vec<Target>, Option<usize>, u32),
}

pub struct Arg {
    pub value: Ex,
    /// `*value`
    pub star: bool,
}

pub struct KwArg {
    /// Name index into `names`, or None for `**value`.
    pub name: Option<u32>,
    pub value: Ex,
}

pub enum Ex {
    Const(u32),
    /// Loads carry their position id (NameError, UnboundLocalError).
    Local(u32, u32),
    /// A hidden local holding a hoisted value (compile/lift.rs): the load
    /// moves the reference out and leaves the slot empty.
    TakeLocal(u32),
    Deref(u32, u32),
    Global(u32, u32),
    /// Class-body lookup: the namespace, then globals, then builtins.
    Name(u32, u32),
    /// (object, name, position)
    Attr(Box<Ex>, u32, u32),
    Subscript(Box<Ex>, Box<Ex>, u32),
    Slice(Option<Box<Ex>>, Option<Box<Ex>>, Option<Box<Ex>>),
    BinOp(Box<Ex>, BinOp, Box<Ex>, u32),
    Neg(Box<Ex>, u32),
    Pos(Box<Ex>, u32),
    Invert(Box<Ex>, u32),
    Not(Box<Ex>),
    And(Vec<Ex>),
    Or(Vec<Ex>),
    Compare(Box<Ex>, Vec<(CmpOp, Ex)>, u32),
    IfExp(Box<Ex>, Box<Ex>, Box<Ex>),
    Call(Box<Call>),
    /// `obj.name(args)` without making a bound method (LOAD_METHOD).
    CallMethod(Box<CallMethod>),
    List(Vec<Arg>),
    /// `[1, 2, 3]`: an empty list extended from a constant tuple (BUILD_LIST 0; LIST_EXTEND).
    ListFromConst(u32),
    Tuple(Vec<Arg>),
    Set(Vec<Arg>),
    /// (key, value); a None key is `**value`.
    Dict(Vec<(Option<Ex>, Ex)>),
    MakeFunction(Box<MakeFunction>),
    MakeClass(Box<MakeClass>),
    /// A comprehension: make its function, call it with iter(first iterable).
    Comprehension(Box<MakeFunction>, Box<Ex>, bool, u32),
    FString(Vec<FPart>),
    /// `target := value`
    Named(Box<Target>, Box<Ex>),
}

pub struct WithStmt {
    /// `async with`: `__aenter__`/`__aexit__`, each result awaited.
    pub is_async: bool,
    pub ctx: Ex,
    pub target: Option<Target>,
    pub body: Vec<Stmt>,
}

pub struct Call {
    pub func: Ex,
    pub args: Vec<Arg>,
    pub kwargs: Vec<KwArg>,
    /// No starred arguments and no `**`: the fast path.
    pub simple: bool,
    pub pos: u32,
}

pub struct CallMethod {
    pub obj: Ex,
    pub name: u32,
    pub args: Vec<Arg>,
    pub kwargs: Vec<KwArg>,
    pub simple: bool,
    /// Position of the call, and of `obj.name` (where a failed lookup points).
    pub pos: u32,
    pub attr_pos: u32,
    /// Inline cache for built-in types' methods: (type tag + 1) << 16 | method id; 0 = empty.
    pub cache: std::cell::Cell<u32>,
}

pub enum FPart {
    Lit(u32),
    Value { ex: Ex, conv: Option<char>, spec: Option<Vec<FPart>> },
}

pub struct MakeFunction {
    /// Index of the code object in the constant table.
    pub code: u32,
    pub defaults: Vec<Ex>,
    /// (name index, default) of keyword-only parameters.
    pub kwdefaults: Vec<(u32, Ex)>,
    /// Where each free variable of the new function comes from in this frame (a cell slot).
    pub closure: Vec<u32>,
    pub decorators: Vec<Ex>,
    pub qualname: String,
}

pub struct MakeClass {
    pub name: u32,
    pub body: MakeFunction,
    pub bases: Vec<Ex>,
    /// The class keywords (`metaclass=M`, `**kw`, those passed on to
    /// `__init_subclass__`), evaluated after the bases.
    pub keywords: Vec<KwArg>,
    pub decorators: Vec<Ex>,
    /// The body starts with a docstring, the class code's first constant:
    /// it goes into the namespace as `__doc__` before the body runs.
    pub doc: bool,
}
