//! Standard-library modules made on first import (MODEL §1: a program that
//! never imports them sees none of their objects): `__future__`,
//! `collections.abc`'s iteration ABCs, and `traceback`: its formatting
//! functions here (the same text the interpreter prints for an uncaught
//! exception, `errors.rs`), its frame summaries (`FrameSummary`,
//! `StackSummary`, `extract_tb`, `extract_stack`, `format_list`, `walk_tb`,
//! ...) in Python, `stdlib/traceback.py`, compiled into the binary and run
//! in the module's namespace on import.
//!
//! A traceback's `tb_lasti` cannot be CPython's (a bytecode offset; glasspy
//! has no bytecode): it is twice the number of the expression that raised
//! in the code's position table (`Code::positions`), 0 when none was
//! recorded — deterministic, even like CPython's, and equal for equal
//! raising points.
//!
//! The ABCs are plain classes whose `isinstance`/`issubclass` answer comes
//! from the protocol, as `__subclasshook__` answers in CPython: `Iterable`
//! for types that `iter()` accepts, `Iterator` for those with `__next__` as
//! well, `Generator` for generators.

use super::builtins::{register_extension, BuiltinFn, Extension, Kw};
use super::*;

pub mod copy_new;
pub mod frozen;
pub mod importlib;
pub mod math;
pub mod mersenne;
pub mod time;
pub mod tracemalloc;

/// The `__future__` features 3.11 knows (all of them are no-ops here).
const FUTURE_FEATURES: &[&str] = &["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"];

/// The ABCs of `collections.abc` glasspy answers by protocol.
pub const ABCS: &[&str] = &["Iterable", "Iterator", "Generator"];

/// The Python half of the `traceback` module.
const TRACEBACK_PY: &str = include_str!("traceback.py");

/// Where a standard-library module's members come from.
pub enum Source {
    /// Built-in functions (registered as an extension on first import),
    /// then a filler that adds the module's other members to its dict.
    Native(&'static [(&'static str, BuiltinFn)], fn(&mut Interp, ObjRef)),
    /// Python source compiled into the binary, run as the module's own
    /// code block on first import.
    Python(&'static str),
}

/// The modules of the standard library written for glasspy: one line each.
pub const LIBRARY: &[(&str, Source)] = &[
    ("math", Source::Native(math::FUNCTIONS, math::fill)),
    ("_mersenne", Source::Native(mersenne::FUNCTIONS, mersenne::fill)),
    ("random", Source::Python(include_str!("random.py"))),
    ("bisect", Source::Python(include_str!("bisect.py"))),
    ("heapq", Source::Python(include_str!("heapq.py"))),
    ("io", Source::Python(include_str!("io.py"))),
    ("copy", Source::Python(include_str!("copy.py"))),
    ("_copy", Source::Native(copy_new::FUNCTIONS, copy_new::fill)),
    ("string", Source::Python(include_str!("string.py"))),
    ("time", Source::Native(time::FUNCTIONS, time::fill)),
    ("itertools", Source::Python(include_str!("itertools.py"))),
    ("collections", Source::Python(include_str!("collections.py"))),
    ("_sysio", Source::Native(super::sys_objects::FUNCTIONS, super::sys_objects::fill)),
    ("_sysobjects", Source::Python(include_str!("sysobjects.py"))),
    ("functools", Source::Python(include_str!("functools.py"))),
    ("operator", Source::Python(include_str!("operator.py"))),
    ("json", Source::Python(include_str!("json.py"))),
    ("contextlib", Source::Python(include_str!("contextlib.py"))),
    ("textwrap", Source::Python(include_str!("textwrap.py"))),
    ("array", Source::Python(include_str!("array.py"))),
    ("_frozen_importlib", Source::Python(include_str!("_frozen_importlib.py"))),
    ("importlib", Source::Native(importlib::FUNCTIONS, importlib::fill)),
    ("typing", Source::Python(include_str!("typing.py"))),
    ("abc", Source::Python(include_str!("abc.py"))),
    ("enum", Source::Python(include_str!("enum.py"))),
    ("dataclasses", Source::Python(include_str!("dataclasses.py"))),
    ("_weakref", Source::Native(super::weak::FUNCTIONS, super::weak::fill)),
    ("_weakreflib", Source::Python(include_str!("weakref_lib.py"))),
    ("_tracemalloc", Source::Native(tracemalloc::FUNCTIONS, tracemalloc::fill)),
    ("tracemalloc", Source::Python(include_str!("tracemalloc.py"))),
];

/// Submodules made natively (not rows of `LIBRARY`).
const NATIVE_SUBMODULES: &[&str] = &["collections.abc"];

/// Does the library have submodules of `name` (`import name.sub` looks
/// for them in the library, not on disk)?
pub fn is_stdlib_package(name: &str) -> bool {
    let sub = |n: &str| n.len() > name.len() && n.starts_with(name) && n.as_bytes()[name.len()] == b'.';
    LIBRARY.iter().any(|(n, _)| sub(n)) || NATIVE_SUBMODULES.iter().any(|n| sub(n))
}

/// Is `src` one of the library's own texts (compiled into the binary), not
/// a user's file? (Compared by content: `LIBRARY` is a const, so its texts
/// need not have one address.)
fn is_library_source(src: &str) -> bool {
    src == TRACEBACK_PY || LIBRARY.iter().any(|(_, s)| matches!(s, Source::Python(text) if *text == src))
}

/// The statements of one of the library's texts: the tree parsed at build
/// time for exactly this text (`frozen.rs`), else parsed now.
fn library_statements(src: &str) -> Result<Vec<crate::syntax::Stmt>, crate::syntax::SyntaxError> {
    match frozen::statements(src) {
        Some(tree) => Ok(tree),
        None => crate::syntax::parse_library_module(src),
    }
}

/// Binds `name` to `v` (owned, consumed) in module dict `d`.
pub fn set_member(it: &mut Interp, d: ObjRef, name: &str, v: ObjRef) {
    let n = it.heap.intern(name);
    let _ = it.dict_set(d, n, v);
    it.decref(n);
    it.decref(v);
}

impl Interp {
    /// Runs a module's Python source (compiled into the binary) in its
    /// namespace `d`; an error in it is a bug of glasspy, reported as one.
    fn run_module_source(&mut self, d: ObjRef, src: &str, filename: &str) {
        let code = match library_statements(src) {
            Ok(ast) => crate::compile::compile_block(&mut self.heap, &ast, filename, src, false).ok(),
            Err(_) => None,
        };
        self.ensure_pending_types();
        let Some(code) = code else {
            self.write_stderr(&format!("glasspy: internal error: {} does not compile\n", filename));
            return;
        };
        // Held as a code block is while it runs (counted), then released:
        // its functions keep their own code objects.
        self.blocks.push(code);
        let saved = std::mem::replace(&mut self.globals, d);
        let r = self.run_module_code(code);
        self.globals = saved;
        let code = self.blocks.pop().unwrap();
        self.decref(code);
        if let Err(e) = r {
            self.report_unraisable(e, filename);
        }
    }

    /// A new module object with an empty namespace (but `__name__`), entered
    /// in the module table (`import.rs`), which holds the module (and, until
    /// `sys.modules` is made, its dict); both borrowed.
    pub fn new_module(&mut self, name: &str) -> (ObjRef, ObjRef) {
        let d = self.new_dict();
        self.heap.set_flag(d, F_RUNTIME);
        let mname = self.heap.intern(name);
        let key = self.names.name;
        let _ = self.dict_set(d, key, mname);
        self.incref(d);
        let m = self.runtime_obj(Obj::Module(Box::new(Module { name: mname, dict: d })));
        self.module_enter(name, m, true);
        (m, d)
    }

    /// Makes a standard-library module glasspy knows: Ok(None) when it
    /// knows none of that name, the module's exception if its code raised.
    pub fn make_stdlib_module(&mut self, name: &str) -> R<Option<ObjRef>> {
        if let Some((name, source)) = LIBRARY.iter().find(|(n, _)| *n == name) {
            let name: &'static str = name;
            return match source {
                Source::Native(functions, fill) => {
                    register_extension(&Extension { module: name, functions });
                    let (m, d) = self.new_module(name);
                    super::modules::bind(self, m, d, &super::builtins::extension_functions(name));
                    fill(self, d);
                    Ok(Some(m))
                }
                Source::Python(src) => self.run_source_module(name, src, &format!("<frozen {}>", name)).map(Some),
            };
        }
        let members: Vec<(&str, ObjRef)> = match name {
            "__future__" => FUTURE_FEATURES.iter().map(|&f| (f, self.heap.str(f))).collect(),
            "collections.abc" => ABCS.iter().map(|&n| (n, self.abc_class(n))).collect(),
            "traceback" => Vec::new(),
            _ => return Ok(None),
        };
        let (m, d) = self.new_module(name);
        for (k, v) in members {
            set_member(self, d, k, v);
        }
        if name == "traceback" {
            super::modules::bind_functions(self, name, m, d);
            // FrameSummary, StackSummary and the extract/format functions
            // are written in Python, on the native helpers bound above.
            self.run_module_source(d, TRACEBACK_PY, "<traceback>");
        }
        Ok(Some(m))
    }

    /// Runs Python source as module `name`, its own code block with its own
    /// globals. The module is in the table while its code runs (a circular
    /// import finds it half made, as in CPython) and taken out if it raises.
    pub fn run_source_module(&mut self, name: &str, src: &str, filename: &str) -> R<ObjRef> {
        self.run_source_module_with(name, src, filename, Vec::new())
    }

    /// `run_source_module` with these members (owned, consumed) put in the
    /// new module's namespace before its code runs. The module (borrowed) is
    /// what the table holds under `name` after it ran: a module may put
    /// something else there in its place, as in CPython.
    pub fn run_source_module_with(&mut self, name: &str, src: &str, filename: &str, members: Vec<(&str, ObjRef)>) -> R<ObjRef> {
        let code = match self.compile_module_source(src, filename) {
            Ok(c) => c,
            Err(e) => {
                for (_, v) in members {
                    self.decref(v);
                }
                return Err(e);
            }
        };
        let (m, d) = self.new_module(name);
        for (k, v) in members {
            set_member(self, d, k, v);
        }
        // the module's code is a block being run until it returns; the
        // loader keeps the module while it runs (`_load_unlocked`'s local)
        self.blocks.push(code);
        self.incref(m);
        let r = self.holding(m, "module being loaded", |it| it.run_module_code_in(code, d));
        if let Some(i) = self.blocks.iter().rposition(|&c| c == code) {
            self.blocks.remove(i);
        }
        self.decref(code);
        let r = match r {
            Ok(()) => match self.module_find(name) {
                Some(now) => Ok(now),
                None => {
                    Err(self.new_exception(ExcKind::KeyError, Some(name)))
                }
            },
            Err(e) => {
                self.forget_module(name);
                Err(e)
            }
        };
        self.decref(m);
        r
    }

    /// Source text compiled as a code block of its own (owned code object),
    /// or the SyntaxError it raises.
    fn compile_module_source(&mut self, src: &str, filename: &str) -> R<ObjRef> {
        let library = is_library_source(src);
        let parsed = match library {
            true => library_statements(src),
            false => crate::syntax::parse_module(src),
        };
        let ast = match parsed {
            Ok(a) => a,
            Err(e) => {
                let msg = e.render(filename);
                return Err(self.new_exception(ExcKind::SyntaxError, Some(msg.trim_end())));
            }
        };
        let mut warnings = Vec::new();
        let compiled = match library {
            true => crate::compile::compile_block_owned(&mut self.heap, ast, filename, src, &mut warnings),
            false => crate::compile::compile_block_warn(&mut self.heap, &ast, filename, src, false, &mut warnings),
        };
        self.ensure_pending_types();
        match compiled {
            Ok(c) => Ok(c),
            Err(e) => {
                let msg = e.render(filename);
                Err(self.new_exception(ExcKind::SyntaxError, Some(msg.trim_end())))
            }
        }
    }

    /// Runs source text in an existing module namespace `d` (`reload`).
    pub fn run_source_in(&mut self, src: &str, filename: &str, d: ObjRef) -> R<()> {
        let code = self.compile_module_source(src, filename)?;
        self.blocks.push(code);
        let r = self.run_module_code_in(code, d);
        if let Some(i) = self.blocks.iter().rposition(|&c| c == code) {
            self.blocks.remove(i);
        }
        self.decref(code);
        r
    }

    fn abc_class(&mut self, name: &str) -> ObjRef {
        let n = self.heap.intern(name);
        let base = self.type_obj(TypeId::Object);
        self.incref(base);
        let module = (self.heap.intern("__module__"), self.heap.str("collections.abc"));
        let c = self.alloc(Obj::Class(Box::new(ClassObj {
            name: n,
            qualname: name.to_string(),
            base: Some(base),
            bases: ObjRef::NULL,
            mro: ObjRef::NULL,
            meta: ObjRef::NULL,
            attrs: vec![module],
            builtin: None,
            has_del: false,
            attr_hooks: false,
            getattribute: false,
            is_exception: false,
            slots: None,
        })));
        self.abc_classes.push(c);
        c
    }

    /// `issubclass(cls, abc)` for one of the ABCs: None when `abc` is not one.
    pub fn abc_check(&mut self, cls: ObjRef, abc: ObjRef) -> Option<bool> {
        let i = self.abc_classes.iter().position(|&c| c == abc)?;
        if cls == abc {
            return Some(true);
        }
        let builtin = match self.heap.get(cls) {
            Obj::Class(c) => c.builtin,
            _ => None,
        };
        let has = |it: &mut Interp, name: &str| -> bool {
            let n = it.heap.intern(name);
            let r = it.lookup_user_attr(cls, n).is_some();
            it.decref(n);
            r
        };
        use TypeId as T;
        let iterable = matches!(builtin, Some(T::List | T::Tuple | T::Str | T::Bytes | T::Dict | T::Set | T::Range | T::DictView | T::Iterator | T::Generator)) || has(self, "__iter__");
        let iterator = matches!(builtin, Some(T::Iterator | T::Generator)) || (has(self, "__iter__") && has(self, "__next__"));
        Some(match ABCS[i] {
            "Iterable" => iterable,
            "Iterator" => iterator,
            _ => builtin == Some(T::Generator),
        })
    }
}

// ----- traceback ------------------------------------------------------------------

/// The text of the exception being handled, as `format_exc` gives it.
fn handled_text(it: &mut Interp) -> String {
    match it.handled.last().copied() {
        Some(e) => it.format_exception(e).concat(),
        None => "NoneType: None\n".into(),
    }
}

/// The exception argument of format_exception/print_exception: `(exc)` or
/// the old `(type, value, tb)` form.
fn exc_arg(it: &mut Interp, name: &str, args: &[ObjRef]) -> R<ObjRef> {
    let e = match args.len() {
        1 => args[0],
        2 | 3 => args[1],
        n => return Err(it.type_error(format!("{}() takes from 1 to 3 positional arguments but {} were given", name, n))),
    };
    Ok(e)
}

fn pieces(it: &mut Interp, e: ObjRef) -> Vec<String> {
    if matches!(it.heap.get(e), Obj::Instance(i) if i.exc.is_some()) {
        it.format_exception(e)
    } else {
        let r = it.repr(e).unwrap_or_default();
        vec![format!("{}: {}\n", it.type_name(e), r)]
    }
}

fn str_list(it: &mut Interp, parts: Vec<String>) -> ObjRef {
    let items = parts.iter().map(|p| it.heap.str(p)).collect();
    it.new_list(items)
}

fn tb_arg(it: &mut Interp, name: &str, args: &[ObjRef]) -> R<ObjRef> {
    match args.first() {
        Some(&t) if matches!(it.heap.get(t), Obj::Traceback(_)) => Ok(t),
        Some(&t) if t == NONE => Ok(ObjRef::NULL),
        Some(&t) => Err(it.type_error(format!("{}() argument must be a traceback, not {}", name, it.type_name(t)))),
        None => Err(it.type_error(format!("{}() missing required argument 'tb' (pos 1)", name))),
    }
}

pub fn tb_format_exc(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let t = handled_text(it);
    Ok(it.heap.str(&t))
}

pub fn tb_print_exc(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let t = handled_text(it);
    it.write_stderr(&t);
    Ok(it.heap.none())
}

pub fn tb_format_exception(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let e = exc_arg(it, "format_exception", args)?;
    let p = pieces(it, e);
    Ok(str_list(it, p))
}

pub fn tb_print_exception(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let e = exc_arg(it, "print_exception", args)?;
    let t = pieces(it, e).concat();
    it.write_stderr(&t);
    Ok(it.heap.none())
}

pub fn tb_format_tb(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let tb = tb_arg(it, "format_tb", args)?;
    let p = it.format_tb(tb);
    Ok(str_list(it, p))
}

/// `_tb_entries(tb)`: (filename, lineno, name, line, carets) for each
/// entry from `tb` inwards (what FrameSummary is made from).
pub fn tb_entries(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let tb = tb_arg(it, "extract_tb", args)?;
    let mut items = Vec::new();
    for t in it.traceback_entries(tb) {
        let Some((filename, name, line, carets)) = it.tb_entry_parts(&t) else { continue };
        let parts = vec![it.heap.str(&filename), it.heap.int(t.lineno as i64), it.heap.str(&name), it.heap.str(line.as_deref().unwrap_or("")), it.heap.str(&carets)];
        items.push(it.new_tuple(parts));
    }
    Ok(it.new_list(items))
}

/// `_source_line(filename, lineno)`: the line as linecache reads it from
/// the file ('' when there is none).
pub fn tb_source_line(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let (Some(&f), Some(&n)) = (args.first(), args.get(1)) else {
        return Err(it.type_error("_source_line() takes 2 arguments".into()));
    };
    let name = it.heap.as_str(f).unwrap_or("").to_string();
    let lineno = it.small_index(n).unwrap_or(0);
    let text = if name.starts_with('<') || lineno < 1 {
        String::new()
    } else {
        std::fs::read_to_string(&name).ok().and_then(|s| s.lines().nth(lineno as usize - 1).map(|l| format!("{}\n", l))).unwrap_or_default()
    };
    Ok(it.heap.str(&text))
}

pub fn tb_print_tb(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let tb = tb_arg(it, "print_tb", args)?;
    let t = it.format_tb(tb).concat();
    it.write_stderr(&t);
    Ok(it.heap.none())
}
