//! The runtime: the interpreter state, reference counting with CPython's
//! deallocation order, and the pieces the evaluator uses.
//!
//! | module      | what it is for |
//! |-------------|----------------|
//! | `eval`      | walks the compiled tree: statements, expressions, calls |
//! | `generator` | generators: suspended frames as data, send/throw/close |
//! | `ops`       | arithmetic, comparison, hashing, truth, iteration |
//! | `repr`      | repr() and str() |
//! | `budget`    | the memory budget: a payload beyond it is a MemoryError |
//! | `builtins`  | builtin functions and the methods of the built-in types |
//! | `errors`    | exception classes, raising, tracebacks |
//! | `collect`   | the cycle collector's passes (gcmodule.c) |
//! | `modules`   | sys, gc, weakref |
//! | `weak`      | weakref types: ref as a type, equality and hash, proxies, getweakrefs |
//! | `stdlib`    | modules made on first import (`__future__`, `collections.abc`) |
//! | `audit`     | recounts every reference by scanning its holders |
//! | `held`      | values builtins hold while Python code runs, visible to that scan |
//! | `output`    | stdout and stderr: buffered, every write checked, CPython's errors |
//! | `pyfmt`     | number and string formatting as CPython prints them |

pub mod access;
pub mod audit;
pub mod budget;
pub mod builtins;
pub mod class_dict;
pub mod code_attrs;
pub mod collect;
pub mod complex;
pub mod errors;
pub mod exc_kind;
pub mod exec;
pub use exc_kind::ExcKind;
pub mod eval;
pub mod frame;
pub mod frozenset;
pub mod gc_observer;
pub mod generator;
pub mod getattribute;
pub mod coroutine;
pub mod held;
pub mod lazy_types;
pub mod import;
pub mod modules;
pub mod mro;
pub mod typeobj;
pub mod descr;
pub mod ops;
pub mod output;
pub mod pyfmt;
pub mod range;
pub mod repr;
pub mod stdlib;
pub mod suggestions;
pub mod sys_objects;
pub mod weak;

use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::compile::code::Code;
use crate::heap::*;
use crate::types::{Finalizer, Release};

/// An exception in flight: an owned reference to the exception instance.
pub type Exc = ObjRef;
pub type R<T> = Result<T, Exc>;

/// One running Python frame.
pub struct Frame {
    pub code: Rc<Code>,
    /// Index in `Interp::stack` of local slot 0.
    pub base: usize,
    pub globals: ObjRef,
    /// Class-body namespace (dict) for `Name` operations, or NULL.
    pub ns: ObjRef,
    pub line: u32,
    /// Made when a traceback names this frame (NULL until then).
    pub frame_obj: ObjRef,
    /// The code object's heap handle (for frame objects).
    pub code_obj: ObjRef,
    /// Position id of the innermost expression of this frame an exception
    /// came out of (NO_POS: none yet); taken into the traceback entry.
    pub err_pos: u32,
}

/// Built-in type objects and exception classes.
pub struct Types {
    pub by_id: Vec<ObjRef>,
    pub exc: [ObjRef; exc_kind::COUNT],
}

pub struct Interp {
    pub heap: Heap,
    /// Frames' local slots and evaluation temporaries, one stack for all frames.
    pub stack: Vec<ObjRef>,
    pub frames: Vec<Frame>,
    pub types: Types,
    pub builtins: ObjRef,
    pub main_module: ObjRef,
    pub globals: ObjRef,
    pub modules: Vec<(String, ObjRef)>,
    /// `sys.modules` once made, and the modules being initialised (`import.rs`).
    pub imports: import::ImportState,
    /// Where `import NAME` looks for the user's `NAME.py` (the script's
    /// directory, or the current one for `-c` and the prompt); None: nowhere.
    pub import_dir: Option<std::path::PathBuf>,
    /// Exceptions being handled (`except` blocks), innermost last; counted.
    pub handled: Vec<ObjRef>,
    /// Exceptions waiting while a `finally` block runs; counted.
    pub pending: Vec<ObjRef>,
    /// Values the runtime's Rust code holds while Python code runs (`held.rs`).
    pub held: Vec<held::Held>,
    /// Code objects of blocks being run (a file's module code lives until exit).
    pub blocks: Vec<ObjRef>,
    pub recursion_limit: usize,
    /// Nesting of C-level recursion (repr of nested containers...).
    pub c_depth: usize,
    pub out: std::io::BufWriter<std::io::Stdout>,
    /// PYTHONUNBUFFERED is set: stdout is flushed after every write (`output.rs`).
    pub unbuffered: bool,
    /// sys's start-up placeholders not yet replaced (`sys_objects.rs`), one bit each.
    pub sys_pending: u8,
    /// `-i` after a script: its SystemExit is reported as an uncaught
    /// exception and the prompt follows (as python3 -i).
    pub system_exit_as_error: bool,
    /// An uncaught KeyboardInterrupt ended a block of a script: the process
    /// ends killed by SIGINT, as CPython's does (main.rs).
    pub interrupted_at_exit: bool,
    /// Objects whose count reached zero while deallocation was already deep (CPython's trashcan).
    /// Each with whether it was tracked before it was put there.
    trash: Vec<(ObjRef, bool)>,
    dealloc_depth: u32,
    pub audit: bool,
    pub interrupt: Arc<AtomicBool>,
    /// Objects currently being repr'd (for `[...]`).
    pub repr_stack: Vec<ObjRef>,
    /// weakref objects pointing at each referent (slot index → weakrefs, oldest first).
    pub weakrefs: std::collections::HashMap<u32, Vec<ObjRef>>,
    /// `weakref.ProxyType` and `CallableProxyType`, made with `_weakref` (NULL before).
    pub proxy_types: [ObjRef; 2],
    /// gc.garbage (a list), created on first use.
    pub gc_garbage: ObjRef,
    /// gc.callbacks, made on first use (NULL before); the runtime holds a reference.
    pub gc_callbacks: ObjRef,
    /// Watches every collection (`--gc-trace`); None: nobody does.
    pub gc_observer: Option<Box<dyn gc_observer::GcObserver>>,
    /// Interned name strings the runtime uses often.
    pub names: Names,
    /// Recently parsed str.format templates.
    pub fmt_cache: Vec<(String, Rc<Vec<pyfmt::TemplatePiece>>)>,
    /// A suspending generator's position, collected as `Flow::Yield`
    /// travels up; while resuming, the part not yet descended (see
    /// generator.rs). Holds no references.
    pub resume_path: Vec<u32>,
    /// What a resuming generator's yield receives, until it takes it.
    pub resume_with: Option<generator::Resume>,
    /// The yield that suspended the frame was inside `yield from`.
    pub yielded_from: bool,
    /// Runtime warnings already written (the warnings module's registry:
    /// "file:line:message"), so each is written once.
    pub warned: std::collections::HashSet<String>,
    /// collections.abc's classes, once imported (held by that module).
    pub abc_classes: Vec<ObjRef>,
    /// Who watches the program run (the inspection layer's diff, trace...):
    /// called at block boundaries and after every statement. The runtime
    /// knows only this trait, never the views behind it.
    pub observer: Option<Box<dyn Observer>>,
    /// `audit || observer.is_some()`: one flag the statement loop tests.
    pub hooks: bool,
    pub recount: Option<audit::Recount>,
}

/// Something that watches the interpreter between statements. Its methods
/// may read anything and write reports to `it.out`, but must not change
/// what the program can observe (no allocation on the heap, no count).
pub trait Observer {
    /// A code block (file, `-c` string, REPL entry) is about to be parsed.
    fn block_start(&mut self, _it: &mut Interp) {}
    /// A block has run; its code object `code` is still alive.
    fn block_end(&mut self, _it: &mut Interp, _code: ObjRef) {}
    /// A statement at `line` of the innermost frame has ended.
    fn statement(&mut self, _it: &mut Interp, _line: u32) {}
    /// A function's frame has been entered (its arguments bound) or has
    /// returned (its locals released).
    fn frame(&mut self, _it: &mut Interp, _code: &crate::compile::code::Code, _entering: bool) {}
    fn as_any(&mut self) -> &mut dyn std::any::Any;
}

/// Frequently used interned names (each holds a counted reference).
pub struct Names {
    pub init: ObjRef,
    pub del: ObjRef,
    pub repr: ObjRef,
    pub str_: ObjRef,
    pub name: ObjRef,
    pub main: ObjRef,
    pub module: ObjRef,
    pub qualname: ObjRef,
    pub underscore: ObjRef,
    pub class_cell: ObjRef,
}

impl Names {
    pub fn all(&self) -> [ObjRef; 10] {
        [self.init, self.del, self.repr, self.str_, self.name, self.main, self.module, self.qualname, self.underscore, self.class_cell]
    }
}

const TRASHCAN_DEPTH: u32 = 50;

impl Interp {
    pub fn new() -> Interp {
        let mut heap = Heap::new();
        heap.gc.stress = std::env::var("GLASSPY_GC_STRESS").map(|v| v == "1").unwrap_or(false);
        let mut names_vec = vec![];
        for n in ["__init__", "__del__", "__repr__", "__str__", "__name__", "__main__", "__module__", "__qualname__", "_", "__class__"] {
            let r = heap.intern(n);
            names_vec.push(r);
        }
        let names = Names {
            init: names_vec[0],
            del: names_vec[1],
            repr: names_vec[2],
            str_: names_vec[3],
            name: names_vec[4],
            main: names_vec[5],
            module: names_vec[6],
            qualname: names_vec[7],
            underscore: names_vec[8],
            class_cell: names_vec[9],
        };
        let mut it = Interp {
            heap,
            stack: Vec::with_capacity(4096),
            frames: Vec::new(),
            types: Types { by_id: Vec::new(), exc: [ObjRef::NULL; exc_kind::COUNT] },
            builtins: ObjRef::NULL,
            main_module: ObjRef::NULL,
            globals: ObjRef::NULL,
            modules: Vec::new(),
            imports: Default::default(),
            import_dir: None,
            handled: Vec::new(),
            pending: Vec::new(),
            held: Vec::new(),
            blocks: Vec::new(),
            recursion_limit: 1000,
            c_depth: 0,
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            interrupted_at_exit: false,
            sys_pending: sys_objects::ALL_PENDING,
            system_exit_as_error: false,
            unbuffered: std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()),
            trash: Vec::new(),
            dealloc_depth: 0,
            audit: false,
            interrupt: Arc::new(AtomicBool::new(false)),
            repr_stack: Vec::new(),
            weakrefs: Default::default(),
            proxy_types: [ObjRef::NULL; 2],
            gc_garbage: ObjRef::NULL,
            gc_callbacks: ObjRef::NULL,
            gc_observer: None,
            names,
            fmt_cache: Vec::new(),
            resume_path: Vec::new(),
            resume_with: None,
            yielded_from: false,
            warned: Default::default(),
            abc_classes: Vec::new(),
            observer: None,
            hooks: false,
            recount: None,
        };
        // The heap raises the interrupt flag when its objects pass the budget.
        it.heap.interrupt = it.interrupt.clone();
        it.heap.max_live = budget::max_objects();
        it.init_types();
        builtins::install(&mut it);
        modules::install(&mut it);
        // __main__
        let d = it.new_dict();
        it.heap.set_flag(d, F_RUNTIME);
        let main = it.heap.intern("__main__");
        let name_key = it.names.name;
        it.dict_set(d, name_key, main).ok();
        it.decref(main);
        it.globals = d;
        // The module object holds the dict; the runtime holds the module.
        it.heap.incref(main);
        it.heap.incref(d);
        let m = it.heap.alloc(Obj::Module(Box::new(Module { name: main, dict: d })));
        it.heap.set_flag(m, F_RUNTIME);
        it.main_module = m;
        it.heap.gc.gens[0].count = 0;
        // From here on the program's allocations are charged to the budget.
        budget::arm();
        it
    }

    /// A runtime object: the runtime keeps the reference `alloc` returned.
    pub fn runtime_obj(&mut self, obj: Obj) -> ObjRef {
        let is_type = matches!(obj, Obj::Class(_));
        let r = self.heap.alloc(obj);
        self.heap.set_flag(r, F_RUNTIME);
        // A built-in type is a static object in CPython: never tracked by
        // the collector (gc.is_tracked(int) is False).
        if is_type && self.heap.is_tracked(r) {
            self.heap.gc_untrack(r);
        }
        r
    }

    fn init_types(&mut self) {
        use TypeId::*;
        let all = [
            Object, Type, NoneType, Bool, Int, Float, Str, Bytes, List, Tuple, Dict, Set, Function, BuiltinFunction, Method, BuiltinMethod, Cell, Code, Module, Range,
            Slice, Iterator, DictView, WeakRef, Frame, Ellipsis, NotImplementedType, Property, StaticMethod, ClassMethod, Super, Generator, Traceback, BaseException,
        ];
        for (i, t) in all.iter().enumerate() {
            debug_assert_eq!(i, *t as usize);
            let name = match t {
                Object => "object",
                Type => "type",
                NoneType => "NoneType",
                Bool => "bool",
                Int => "int",
                Float => "float",
                Str => "str",
                Bytes => "bytes",
                List => "list",
                Tuple => "tuple",
                Dict => "dict",
                Set => "set",
                Function => "function",
                BuiltinFunction => "builtin_function_or_method",
                Method => "method",
                BuiltinMethod => "builtin_function_or_method",
                Cell => "cell",
                Code => "code",
                Module => "module",
                Range => "range",
                Slice => "slice",
                Iterator => "iterator",
                DictView => "dict_keys",
                WeakRef => "weakref.ReferenceType",
                Frame => "frame",
                Ellipsis => "ellipsis",
                NotImplementedType => "NotImplementedType",
                Property => "property",
                StaticMethod => "staticmethod",
                ClassMethod => "classmethod",
                Super => "super",
                Generator => "generator",
                Coroutine => "coroutine",
                FrozenSet | Complex | ByteArray | MemoryView | GetSetDescriptor | MappingProxy => lazy_types::type_name(*t),
                Traceback => "traceback",
                BaseException => "BaseException",
            };
            let base = match t {
                Object => None,
                _ => Some(self.types.by_id[Object as usize]),
            };
            if let Some(b) = base {
                self.heap.incref(b);
            }
            let n = self.heap.intern(name);
            let is_exc = *t == BaseException;
            let c = self.runtime_obj(Obj::Class(Box::new(ClassObj {
                name: n,
                qualname: name.to_string(),
                base,
                bases: ObjRef::NULL,
                mro: ObjRef::NULL,
            meta: ObjRef::NULL,
                attrs: vec![],
                builtin: if is_exc { None } else { Some(*t) },
                has_del: false,
                attr_hooks: false,
                getattribute: false,
                is_exception: is_exc,
                slots: None,
            })));
            self.types.by_id.push(c);
        }
        // bool derives from int
        let (b, i, o) = (self.type_obj(Bool), self.type_obj(Int), self.type_obj(Object));
        if let Obj::Class(c) = self.heap.get_mut(b) {
            c.base = Some(i);
        }
        self.heap.incref(i);
        self.heap.slots[o.idx()].rc -= 1;
        errors::install_exceptions(self);
    }

    #[inline]
    pub fn type_obj(&self, t: TypeId) -> ObjRef {
        // NULL for a type made on first use that is not made yet.
        self.types.by_id.get(t as usize).copied().unwrap_or(ObjRef::NULL)
    }

    /// The class of an instance of a class statement's class (a plain
    /// instance, or one deriving from a built-in type), None for others.
    #[inline]
    pub fn instance_class(&self, r: ObjRef) -> Option<ObjRef> {
        match self.heap.get_raw(r) {
            Obj::Instance(i) => Some(i.class),
            Obj::Sub(s) => Some(s.class),
            _ => None,
        }
    }

    /// The class of any object (`type(x)`).
    pub fn type_of(&self, r: ObjRef) -> ObjRef {
        let t = match self.heap.get_raw(r) {
            Obj::Instance(i) => return i.class,
            Obj::Sub(s) => return s.class,
            Obj::None => TypeId::NoneType,
            Obj::Bool(_) => TypeId::Bool,
            Obj::Int(_) | Obj::BigInt(_) => TypeId::Int,
            Obj::Float(_) => TypeId::Float,
            Obj::Str(_) => TypeId::Str,
            Obj::Bytes(_) => TypeId::Bytes,
            Obj::List(_) => TypeId::List,
            Obj::Tuple(_) => TypeId::Tuple,
            Obj::Dict(_) => TypeId::Dict,
            Obj::Set(d) if d.frozen => TypeId::FrozenSet,
            Obj::Set(_) => TypeId::Set,
            Obj::Class(c) if !c.meta.is_null() => return c.meta,
            Obj::Class(_) => TypeId::Type,
            Obj::Function(_) => TypeId::Function,
            Obj::BuiltinFunction { .. } => TypeId::BuiltinFunction,
            Obj::Method { .. } => TypeId::Method,
            Obj::Cell(_) => TypeId::Cell,
            Obj::Code(_) => TypeId::Code,
            Obj::Module(_) => TypeId::Module,
            Obj::Range(_) => TypeId::Range,
            Obj::Slice(_) => TypeId::Slice,
            Obj::Iter(_) => TypeId::Iterator,
            Obj::DictView { .. } => TypeId::DictView,
            Obj::WeakRef(w) if w.kind != crate::types::weakref::WeakKind::Ref => return self.proxy_types[(w.kind == crate::types::weakref::WeakKind::CallableProxy) as usize],
            Obj::WeakRef(_) => TypeId::WeakRef,
            Obj::Frame(_) => TypeId::Frame,
            Obj::Ellipsis => TypeId::Ellipsis,
            Obj::NotImplemented => TypeId::NotImplementedType,
            Obj::Property { .. } => TypeId::Property,
            Obj::StaticMethod(_) => TypeId::StaticMethod,
            Obj::ClassMethod(_) => TypeId::ClassMethod,
            Obj::Super { .. } => TypeId::Super,
            Obj::Generator(g) if g.kind == coroutine::GenKind::Coroutine => TypeId::Coroutine,
            Obj::Generator(_) => TypeId::Generator,
            Obj::Traceback(_) => TypeId::Traceback,
            Obj::Complex(_) => TypeId::Complex,
            Obj::GetSet(_) => TypeId::GetSetDescriptor,
            Obj::MappingProxy(_) => TypeId::MappingProxy,
            Obj::Free => TypeId::Object,
        };
        self.type_obj(t)
    }

    /// The name of an object's type, as error messages print it.
    pub fn type_name(&self, r: ObjRef) -> String {
        let t = self.type_of(r);
        self.class_name(t)
    }

    /// The module a Python class was defined in when it is not `__main__`
    /// (a standard-library module written in Python): its `__module__`.
    pub fn class_module(&self, cls: ObjRef) -> Option<String> {
        let Obj::Class(c) = self.heap.get(cls) else { return None };
        let &(_, m) = c.attrs.iter().find(|&&(k, _)| self.heap.as_str(k) == Some("__module__"))?;
        self.heap.as_str(m).filter(|&m| m != "__main__").map(str::to_string)
    }

    /// `module.qualname` as repr and tracebacks print a Python class.
    pub fn class_path(&self, cls: ObjRef) -> String {
        if self.heap.flags(cls) & F_RUNTIME != 0 {
            return self.class_name(cls);
        }
        let qual = match self.heap.get(cls) {
            Obj::Class(c) => c.qualname.clone(),
            _ => "?".into(),
        };
        format!("{}.{}", self.class_module(cls).unwrap_or_else(|| "__main__".into()), qual)
    }

    pub fn class_name(&self, cls: ObjRef) -> String {
        match self.heap.get(cls) {
            Obj::Class(c) => self.heap.as_str(c.name).unwrap_or("?").to_string(),
            _ => "?".into(),
        }
    }

    // ----- allocation --------------------------------------------------------

    /// Allocates through the heap and, as _PyObject_GC_Alloc does, starts an
    /// automatic collection when generation 0 is over its threshold.
    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        let (r, track, counted) = self.heap.alloc_untracked(obj);
        if (counted && self.heap.gc.should_collect()) || (track && self.heap.gc.stress) {
            self.maybe_collect();
        }
        if track {
            self.heap.gc_track(r);
        }
        r
    }

    fn maybe_collect(&mut self) {
        if self.heap.gc.collecting || !self.heap.gc.enabled {
            return;
        }
        if self.heap.gc.stress {
            // A shadow full collection (collect.rs), then the automatic one
            // the counts call for, exactly as without stress.
            self.collect_stress();
        }
        if self.heap.gc.should_collect() {
            if let Some(g) = self.heap.gc.generation_to_collect() {
                self.collect_generation(g);
            }
        }
    }

    pub fn new_dict(&mut self) -> ObjRef {
        self.alloc(Obj::Dict(Box::new(Dict::new())))
    }

    pub fn new_list(&mut self, items: Vec<ObjRef>) -> ObjRef {
        if items.capacity() == 0 {
            let b = self.heap.list_box();
            return self.alloc(Obj::List(b));
        }
        self.alloc(Obj::List(Box::new(ListObj { items: list_items_of(&items), allocated: 0, items_addr: 0 })))
    }

    /// A tuple of the stack entries above `base` (moved off the stack).
    pub fn new_tuple_from_stack(&mut self, base: usize) -> ObjRef {
        let n = self.stack.len() - base;
        if n == 0 {
            self.heap.incref(EMPTY_TUPLE);
            return EMPTY_TUPLE;
        }
        let mut b = self.heap.tuple_box(n);
        b.copy_from_slice(&self.stack[base..]);
        self.stack.truncate(base);
        self.alloc(Obj::Tuple(b))
    }

    /// A list of the stack entries above `base` (moved off the stack).
    pub fn new_list_from_stack(&mut self, base: usize) -> ObjRef {
        let mut b = self.heap.list_box();
        b.items.reserve_exact(self.stack.len() - base);
        b.items.extend(self.stack.drain(base..));
        self.alloc(Obj::List(b))
    }

    pub fn new_tuple(&mut self, items: Vec<ObjRef>) -> ObjRef {
        if items.is_empty() {
            self.heap.incref(EMPTY_TUPLE);
            return EMPTY_TUPLE;
        }
        self.alloc(Obj::Tuple(items.into()))
    }

    // ----- reference counting ------------------------------------------------

    #[inline(always)]
    pub fn incref(&mut self, r: ObjRef) {
        self.heap.incref(r);
    }

    #[inline(always)]
    pub fn decref(&mut self, r: ObjRef) {
        if self.heap.decref_is_zero(r) {
            self.dealloc(r);
        }
    }

    pub fn xdecref(&mut self, r: ObjRef) {
        if !r.is_null() {
            self.decref(r);
        }
    }

    /// An object's count reached zero: finalize it, clear weakrefs to it and
    /// run their callbacks, release what it holds in CPython's order, and
    /// give its memory back. Deep chains are deferred (the trashcan), so a
    /// million-node linked list frees without deep Rust recursion.
    pub fn dealloc(&mut self, r: ObjRef) {
        if let Obj::Int(_) | Obj::Float(_) = self.heap.get_raw(r) {
            self.heap.free_number(r);
            return;
        }
        if self.dealloc_depth >= TRASHCAN_DEPTH {
            // In the trash an object has count 0 but still holds its
            // references. A collection started meanwhile (a __del__ calling
            // gc.collect()) must not see it, or it would find it unreachable
            // and free it a second time: untracked while it waits, as
            // CPython's dealloc functions untrack before their trashcan.
            let tracked = self.heap.is_tracked(r);
            if tracked {
                self.heap.gc_untrack(r);
            }
            self.trash.push((r, tracked));
            return;
        }
        self.dealloc_depth += 1;
        self.dealloc_watched(r);
        self.dealloc_depth -= 1;
        if self.dealloc_depth == 0 {
            while let Some((t, tracked)) = self.trash.pop() {
                // Tracked again for its finalizer, which may resurrect it.
                if tracked {
                    self.heap.gc_track(t);
                }
                self.dealloc_depth += 1;
                self.dealloc_watched(t);
                self.dealloc_depth -= 1;
            }
        }
    }

    /// dealloc_one, telling a watcher whose release frees what.
    #[inline]
    fn dealloc_watched(&mut self, r: ObjRef) {
        match &mut self.heap.watch {
            None => self.dealloc_one(r),
            Some(w) => {
                let serial = w.serial(r);
                w.releasing.push((serial, r.0));
                self.dealloc_one(r);
                if let Some(w) = &mut self.heap.watch {
                    w.releasing.pop();
                }
            }
        }
    }

    /// Turns `--audit` on (with the recount to compare with) or off.
    pub fn set_audit(&mut self, recount: Option<audit::Recount>) {
        self.audit = recount.is_some();
        self.recount = recount;
        self.hooks = self.audit || self.observer.is_some();
    }

    /// Installs (or removes) the observer; it starts the heap's watch.
    pub fn set_observer(&mut self, o: Option<Box<dyn Observer>>) {
        if o.is_some() {
            self.heap.start_watch();
        }
        self.observer = o;
        self.hooks = self.audit || self.observer.is_some();
    }

    /// After each statement (and when one raises): stamp the watch log,
    /// tell the observer, run the audit.
    #[cold]
    pub fn statement_hook(&mut self, line: u32) {
        if let Some(w) = &mut self.heap.watch {
            w.stamp(line);
        }
        if let Some(mut o) = self.observer.take() {
            self.uncharged(|it| o.statement(it, line));
            if self.observer.is_none() {
                self.observer = Some(o);
            }
        }
        if self.audit {
            self.run_audit();
        }
    }

    /// Tells the observer a frame was entered or returned.
    #[cold]
    pub fn frame_hook(&mut self, code: &crate::compile::code::Code, entering: bool) {
        if let Some(mut o) = self.observer.take() {
            self.uncharged(|it| o.frame(it, code, entering));
            if self.observer.is_none() {
                self.observer = Some(o);
            }
        }
    }

    /// Calls the observer's block_start / block_end.
    pub fn observe_block(&mut self, code: Option<ObjRef>) {
        if let Some(mut o) = self.observer.take() {
            self.uncharged(|it| match code {
                None => o.block_start(it),
                Some(c) => o.block_end(it, c),
            });
            if self.observer.is_none() {
                self.observer = Some(o);
            }
        }
    }

    /// tp_dealloc, dispatched to the object's type (`types/`): objects
    /// holding nothing go straight back to the allocator; tuples and
    /// (weakref-free) lists release their items in place; the rest run
    /// their finalizer, clear their weakrefs, and release what their type's
    /// `take_refs` hands over, in its order.
    fn dealloc_one(&mut self, r: ObjRef) {
        match self.heap.get_raw(r) {
            o if o.holds_nothing() => {
                self.heap.free(r);
                return;
            }
            Obj::Tuple(_) => return self.tuple_dealloc(r),
            Obj::List(_) if self.heap.flags(r) & F_WEAKREFD == 0 => return self.list_dealloc(r),
            _ => {}
        }
        // PEP 442: a finalizer runs at most once; it may resurrect the object.
        let fin = self.finalizer_due(r);
        if fin != Finalizer::None {
            self.heap.slots[r.idx()].rc = 1;
            self.run_finalizer(r, fin);
            if !self.heap.decref_is_zero(r) {
                return;
            }
        }
        if self.heap.flags(r) & F_WEAKREFD != 0 {
            self.heap.slots[r.idx()].rc = 1;
            self.clear_weakrefs(r, true);
            if !self.heap.decref_is_zero(r) {
                return;
            }
        }
        if self.heap.is_tracked(r) {
            self.heap.gc_untrack(r);
        }
        // Take the payload's references out and release them in order.
        let mut cx = Release::new();
        self.heap.get_raw_mut(r).take_refs_into(&mut cx);
        self.carry_out(r, cx);
        self.heap.free(r);
    }

    /// The finalizer `r`'s type has and that has not run yet (PEP 442).
    pub fn finalizer_due(&self, r: ObjRef) -> Finalizer {
        if self.heap.flags(r) & F_FINALIZED != 0 {
            return Finalizer::None;
        }
        self.heap.get_raw(r).finalizer(&self.heap)
    }

    /// Runs a due finalizer, marking it run.
    fn run_finalizer(&mut self, r: ObjRef, fin: Finalizer) {
        match fin {
            Finalizer::None => {}
            Finalizer::Del => {
                self.heap.set_flag(r, F_FINALIZED);
                self.call_finalizer(r);
            }
            Finalizer::Close => self.gen_finalize(r),
        }
    }

    /// Does what a type's `take_refs_into` / `clear_into` left to do for
    /// `r`, in `Release`'s order.
    #[inline(always)]
    pub(crate) fn carry_out(&mut self, r: ObjRef, cx: Release) {
        if let Some(s) = cx.stored {
            self.heap.incref(s);
        }
        if let Some(target) = cx.unregister_from {
            self.unregister_weakref(target, r);
        }
        for c in cx.refs {
            self.decref(c);
        }
        if cx.buffer != 0 {
            self.heap.mem.free(cx.buffer);
        }
        if cx.sync_keys && self.heap.is_live(r) {
            self.heap.dict_sync_keys(r);
        }
    }

    pub fn dealloc_depth(&self) -> u32 {
        self.dealloc_depth
    }

    /// PyErr_WriteUnraisable: "Exception ignored in: WHAT" and the
    /// traceback on stderr; the exception is released.
    pub fn report_unraisable(&mut self, e: Exc, what: &str) {
        let _ = self.out.flush();
        crate::err_println!("Exception ignored in: {}", what);
        // The default unraisable hook prints no chained exceptions.
        self.print_exception_unchained(e);
        self.decref(e);
    }

    /// report_unraisable naming `obj` by its repr (as CPython names a
    /// callback that raised).
    pub fn report_unraisable_in(&mut self, e: Exc, obj: ObjRef) {
        let what = self.repr(obj).unwrap_or_else(|e2| {
            self.decref(e2);
            "<object>".to_string()
        });
        self.report_unraisable(e, &what);
    }

    // ----- weak references ---------------------------------------------------

    pub fn register_weakref(&mut self, target: ObjRef, wr: ObjRef) {
        self.heap.set_flag(target, F_WEAKREFD);
        self.weakrefs.entry(target.0).or_default().push(wr);
    }

    fn unregister_weakref(&mut self, target: ObjRef, wr: ObjRef) {
        if let Some(v) = self.weakrefs.get_mut(&target.0) {
            v.retain(|&w| w != wr);
            if v.is_empty() {
                self.weakrefs.remove(&target.0);
                self.heap.clear_flag(target, F_WEAKREFD);
            }
        }
    }

    /// Clears every weakref to `target` and (if `callbacks`) runs their
    /// callbacks, newest first, as PyObject_ClearWeakRefs does.
    pub fn clear_weakrefs(&mut self, target: ObjRef, callbacks: bool) {
        let Some(list) = self.weakrefs.remove(&target.0) else { return };
        self.heap.clear_flag(target, F_WEAKREFD);
        let mut to_call = Vec::new();
        for &w in list.iter() {
            if let Obj::WeakRef(wo) = self.heap.get_mut(w) {
                wo.target = ObjRef::NULL;
                if !wo.callback.is_null() {
                    let cb = wo.callback;
                    wo.callback = ObjRef::NULL;
                    // keep the weakref alive while its callback runs
                    self.heap.incref(w);
                    to_call.push((w, cb));
                }
            }
        }
        if callbacks {
            // PyObject_ClearWeakRefs: the callbacks run newest first; with
            // several, the (weakref, callback) pairs are held in a tuple
            // until all have run, then released as the tuple releases them.
            to_call.reverse();
            if to_call.len() == 1 {
                let (w, cb) = to_call[0];
                self.decref(w);
                self.run_weakref_callback(w, cb);
                self.decref(cb);
            } else {
                for &(w, cb) in to_call.iter() {
                    self.run_weakref_callback(w, cb);
                }
                for &(w, cb) in to_call.iter().rev() {
                    self.decref(cb);
                    self.decref(w);
                }
            }
        } else {
            for (w, cb) in to_call {
                self.decref(cb);
                self.decref(w);
            }
        }
    }

    /// Calls a borrowed callable with the top `nargs` stack entries,
    /// holding it on the stack under its arguments while it runs (so it is a
    /// counted temporary, as on CPython's evaluation stack).
    pub fn call_held(&mut self, f: ObjRef, nargs: usize) -> R<ObjRef> {
        let at = self.stack.len() - nargs;
        self.incref(f);
        self.stack.insert(at, f);
        let r = self.call(f, nargs, &[]);
        let f = self.stack.pop().unwrap();
        self.decref(f);
        r
    }

    pub fn check_interrupt(&mut self) -> R<()> {
        self.check_memory()?;
        if self.interrupt.load(Ordering::Relaxed) {
            self.interrupt.store(false, Ordering::Relaxed);
            if std::mem::take(&mut self.heap.over_budget) {
                // Still over (not a flag left from objects since freed)?
                if self.heap.live > self.heap.max_live {
                    return Err(self.new_exception(ExcKind::MemoryError, None));
                }
                return Ok(());
            }
            return Err(self.new_exception(ExcKind::KeyboardInterrupt, None));
        }
        Ok(())
    }
}

impl Default for Interp {
    fn default() -> Self {
        Interp::new()
    }
}

/// Releases a reference to an object that has no finalizer or weakrefs
/// (constants at compile time): plain reference counting over a worklist.
pub fn release_plain(heap: &mut Heap, r: ObjRef) {
    let mut work = vec![r];
    while let Some(r) = work.pop() {
        if heap.decref_is_zero(r) {
            let mut refs = Vec::new();
            heap.get_raw(r).for_each_ref(|c| refs.push(c));
            if let Obj::List(l) = heap.get_mut(r) {
                l.items.clear();
            }
            heap.free(r);
            work.extend(refs.into_iter().rev());
        }
    }
}
