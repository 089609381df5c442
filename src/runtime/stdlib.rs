//! Standard-library modules made on first import (MODEL §1: a program that
//! never imports them sees none of their objects): `__future__`,
//! `collections.abc`'s iteration ABCs, and `traceback`'s formatting
//! functions (the same text the interpreter prints for an uncaught
//! exception, `errors.rs`).
//!
//! The ABCs are plain classes whose `isinstance`/`issubclass` answer comes
//! from the protocol, as `__subclasshook__` answers in CPython: `Iterable`
//! for types that `iter()` accepts, `Iterator` for those with `__next__` as
//! well, `Generator` for generators.

use super::builtins::Kw;
use super::*;

/// The `__future__` features 3.11 knows (all of them are no-ops here).
const FUTURE_FEATURES: &[&str] = &["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"];

/// The ABCs of `collections.abc` glasspy answers by protocol.
pub const ABCS: &[&str] = &["Iterable", "Iterator", "Generator"];

/// Standard-library modules written in Python, compiled into the binary:
/// one line per module.
const PYTHON_MODULES: &[(&str, &str)] = &[
    ("itertools", include_str!("stdlib/itertools.py")),
    ("collections", include_str!("stdlib/collections.py")),
];

impl Interp {
    /// Makes a standard-library module written in Python (`PYTHON_MODULES`):
    /// its source compiled as a code block of its own and run in a fresh
    /// module namespace, as CPython runs a module's file. None when `name`
    /// is not one of them.
    pub fn make_source_module(&mut self, name: &str) -> Option<R<ObjRef>> {
        let &(_, src) = PYTHON_MODULES.iter().find(|&&(n, _)| n == name)?;
        let filename = format!("<stdlib {}>", name);
        let ast = match crate::syntax::parse_module(src) {
            Ok(a) => a,
            Err(e) => return Some(Err(self.new_exception("SyntaxError", Some(&e.render(&filename))))),
        };
        let mut warnings = Vec::new();
        let code = match crate::compile::compile_block_warn(&mut self.heap, &ast, &filename, src, false, &mut warnings) {
            Ok(c) => c,
            Err(e) => return Some(Err(self.new_exception("SyntaxError", Some(&e.render(&filename))))),
        };
        let m = super::modules::make_module(self, name, &[]);
        let d = match self.heap.get(m) {
            Obj::Module(module) => module.dict,
            _ => unreachable!(),
        };
        // make_module registered it before its code runs, as sys.modules
        // is, so that a module importing itself (or a cycle) finds it.
        self.blocks.push(code);
        let main_globals = std::mem::replace(&mut self.globals, d);
        let r = self.run_module_code(code);
        self.globals = main_globals;
        let code = self.blocks.pop().unwrap();
        self.decref(code);
        Some(match r {
            Ok(()) => Ok(m),
            Err(e) => {
                if let Some(i) = self.modules.iter().position(|&(_, x)| x == m) {
                    self.modules.remove(i);
                }
                self.decref(m);
                Err(e)
            }
        })
    }

    /// Makes a standard-library module glasspy knows, or None.
    pub fn make_stdlib_module(&mut self, name: &str) -> Option<ObjRef> {
        let members: Vec<(&str, ObjRef)> = match name {
            "__future__" => FUTURE_FEATURES.iter().map(|&f| (f, self.heap.str(f))).collect(),
            "collections.abc" => ABCS.iter().map(|&n| (n, self.abc_class(n))).collect(),
            "traceback" => Vec::new(),
            _ => return None,
        };
        let d = self.new_dict();
        self.heap.set_flag(d, F_RUNTIME);
        let mname = self.heap.intern(name);
        let key = self.names.name;
        let _ = self.dict_set(d, key, mname);
        for (k, v) in members {
            let n = self.heap.intern(k);
            let _ = self.dict_set(d, n, v);
            self.decref(n);
            self.decref(v);
        }
        self.incref(d);
        let m = self.runtime_obj(Obj::Module(Box::new(Module { name: mname, dict: d })));
        if name == "traceback" {
            super::modules::bind_functions(self, name, m, d);
        }
        self.modules.push((name.to_string(), m));
        Some(m)
    }

    fn abc_class(&mut self, name: &str) -> ObjRef {
        let n = self.heap.intern(name);
        let base = self.type_obj(TypeId::Object);
        self.incref(base);
        let c = self.alloc(Obj::Class(Box::new(ClassObj {
            name: n,
            qualname: name.to_string(),
            base: Some(base),
            attrs: vec![],
            builtin: None,
            has_del: false,
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

pub fn tb_print_tb(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let tb = tb_arg(it, "print_tb", args)?;
    let t = it.format_tb(tb).concat();
    it.write_stderr(&t);
    Ok(it.heap.none())
}
