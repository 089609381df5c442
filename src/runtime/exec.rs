//! `compile`, `exec`, `eval` and `locals`: source text made into code at run
//! time.
//!
//! Each string given to them is a code block of its own (MODEL §2): it is
//! parsed and compiled by itself, with its own constant table, so
//! `eval("1000") is eval("1000")` is False while `exec("print(1000 is 1000)")`
//! sees one constant. The code object lives as long as something holds it:
//! the string forms release it (and its constants) when they return.
//!
//! Module-level names in such code go through the frame's namespace
//! (`compile::compile_for_exec`), so `exec(src, g, l)` binds in `l` and reads
//! `l`, then `g`, then the builtins, as CPython's LOAD_NAME does. A globals
//! dict without `__builtins__` gets the builtins module put in it, as
//! CPython does.
//!
//! A syntax error in the source is raised as a `SyntaxError` exception whose
//! args are `(msg, (filename, lineno, offset, text, end_lineno,
//! end_offset))`; the traceback printer shows it with its source line and
//! caret (`errors.rs`).

use super::builtins::{check_args, check_kw, kwarg, Kw};
use super::*;
use crate::compile;
use crate::compile::code::CodeKind;
use crate::syntax;

/// What `compile()` was asked to make.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Exec,
    Eval,
    Single,
}

impl Interp {
    /// Compiles `src` as a code block of its own; a syntax error becomes a
    /// raised SyntaxError, a SyntaxWarning goes to stderr.
    fn compile_source(&mut self, src: &str, filename: &str, mode: Mode) -> R<ObjRef> {
        if src.contains('\0') {
            return Err(self.new_exception(ExcKind::SyntaxError, Some("source code string cannot contain null bytes")));
        }
        let parsed = match mode {
            Mode::Single => syntax::parse_entry(src),
            _ => syntax::parse_module(src),
        };
        let ast = match parsed {
            Ok(a) => a,
            Err(e) => return Err(self.syntax_exception(&e, filename)),
        };
        if mode == Mode::Eval {
            if let Some((start, end)) = not_an_expression(src, &ast) {
                let e = syntax::make_error(src, syntax::SyntaxErrorKind::SyntaxError, "invalid syntax".into(), start, end);
                return Err(self.syntax_exception(&e, filename));
            }
        }
        let mut warnings = Vec::new();
        let code = compile::compile_for_exec(&mut self.heap, &ast, filename, src, mode == Mode::Single, &mut warnings);
        self.ensure_pending_types();
        if !warnings.is_empty() {
            let text: String = warnings.iter().map(|w| format!("{}:{}: SyntaxWarning: {}\n", filename, w.lineno, w.msg)).collect();
            self.write_stderr(&text);
        }
        code.map_err(|e| self.syntax_exception(&e, filename))
    }

    /// A SyntaxError (or IndentationError, TabError) exception for a
    /// compile error.
    pub fn syntax_exception(&mut self, e: &syntax::SyntaxError, filename: &str) -> Exc {
        let kind = match e.kind {
            syntax::SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
            syntax::SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
            syntax::SyntaxErrorKind::TabError => ExcKind::TabError,
            syntax::SyntaxErrorKind::RecursionError => return self.new_exception(ExcKind::RecursionError, Some(&e.msg)),
        };
        let msg = self.heap.str(&e.msg);
        let details = vec![
            self.heap.str(filename),
            self.heap.int(e.lineno as i64),
            self.heap.int(e.offset as i64),
            self.heap.str(&e.text),
            self.heap.int(e.lineno as i64),
            self.heap.int(e.end_offset as i64),
        ];
        let details = self.new_tuple(details);
        let cls = self.exc_class(kind);
        self.instantiate_exception(cls, vec![msg, details])
    }

    /// A SyntaxError's location from its args, if they have the shape
    /// `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
    pub fn syntax_error_details(&self, e: Exc) -> Option<(syntax::SyntaxError, String)> {
        if !self.is_instance_of_exc(e, ExcKind::SyntaxError) {
            return None;
        }
        let args = match self.heap.get(e) {
            Obj::Instance(i) => i.exc.as_ref()?.args,
            _ => return None,
        };
        let (msg, det) = match self.heap.get(args) {
            Obj::Tuple(t) if t.len() == 2 => (t[0], t[1]),
            _ => return None,
        };
        let d = match self.heap.get(det) {
            Obj::Tuple(t) if t.len() >= 4 => t.to_vec(),
            _ => return None,
        };
        let int = |r: ObjRef| match self.heap.get(r) {
            Obj::Int(v) => Some((*v).max(0) as usize),
            _ => None,
        };
        let filename = self.heap.as_str(d[0]).unwrap_or("<string>").to_string();
        let lineno = int(d[1]).unwrap_or(1);
        let offset = int(d[2]).unwrap_or(0);
        let text = self.heap.as_str(d[3]).unwrap_or("").to_string();
        let end_offset = d.get(5).and_then(|&r| int(r)).unwrap_or(offset + 1);
        let kind = if self.is_instance_of_exc(e, ExcKind::TabError) {
            syntax::SyntaxErrorKind::TabError
        } else if self.is_instance_of_exc(e, ExcKind::IndentationError) {
            syntax::SyntaxErrorKind::IndentationError
        } else {
            syntax::SyntaxErrorKind::SyntaxError
        };
        let msg = self.heap.as_str(msg)?.to_string();
        Some((syntax::SyntaxError { kind, msg, lineno, offset, end_offset, text }, filename))
    }

    /// A SyntaxError's `msg`, `filename`, `lineno`, `offset`, `text`,
    /// `end_lineno` or `end_offset`, read from its args (a new reference).
    pub fn syntax_error_attr(&mut self, e: Exc, name: &str) -> Option<ObjRef> {
        if !self.is_instance_of_exc(e, ExcKind::SyntaxError) {
            return None;
        }
        let args = match self.heap.get(e) {
            Obj::Instance(i) => i.exc.as_ref()?.args,
            _ => return None,
        };
        let items = match self.heap.get(args) {
            Obj::Tuple(t) => t.to_vec(),
            _ => return None,
        };
        let details = match items.get(1).map(|&d| self.heap.get(d)) {
            Some(Obj::Tuple(t)) if items.len() == 2 => t.to_vec(),
            _ => vec![],
        };
        let field = |i: usize| details.get(i).copied().unwrap_or(NONE);
        let v = match name {
            "msg" => items.first().copied().unwrap_or(NONE),
            "filename" => field(0),
            "lineno" => field(1),
            "offset" => field(2),
            "text" => field(3),
            "end_lineno" => field(4),
            "end_offset" => field(5),
            _ => return None,
        };
        self.incref(v);
        Some(v)
    }

    /// The frame `exec`/`eval`/`locals` run on behalf of: its globals and
    /// its namespace (a class body's dict, or NULL).
    fn caller_scope(&self) -> (ObjRef, ObjRef) {
        match self.frames.last() {
            Some(f) => (f.globals, f.ns),
            None => (self.globals, ObjRef::NULL),
        }
    }

    /// `locals()` of the running frame (a new reference): a module frame's
    /// globals, a class body's namespace, or a snapshot of a function's
    /// variables.
    fn current_locals(&mut self) -> R<ObjRef> {
        let Some(f) = self.frames.last() else {
            self.incref(self.globals);
            return Ok(self.globals);
        };
        if !f.ns.is_null() {
            let ns = f.ns;
            self.incref(ns);
            return Ok(ns);
        }
        if f.code.kind == CodeKind::Module {
            let g = f.globals;
            self.incref(g);
            return Ok(g);
        }
        let code = f.code.clone();
        let base = f.base;
        let slots = self.stack[base..base + code.frame_size()].to_vec();
        self.locals_dict(&code, &slots)
    }

    /// The `builtins` module, made the first time something asks for it
    /// (its dict is the interpreter's builtins namespace).
    pub fn builtins_module(&mut self) -> ObjRef {
        if let Some(m) = self.module_find("builtins") {
            return m;
        }
        let name = self.heap.intern("builtins");
        let d = self.builtins;
        self.incref(d);
        let m = self.runtime_obj(Obj::Module(Box::new(Module { name, dict: d })));
        self.module_enter("builtins", m, false);
        m
    }

    /// The (globals, namespace) an `exec`/`eval` runs in, from its optional
    /// arguments (borrowed references).
    fn exec_scope(&mut self, fname: &str, globals: Option<ObjRef>, locals: Option<ObjRef>) -> R<(ObjRef, ObjRef)> {
        let globals = globals.filter(|&g| g != NONE);
        let locals = locals.filter(|&l| l != NONE);
        let (g, ns) = match globals {
            Some(g) => {
                if !matches!(self.heap.get(g), Obj::Dict(_)) {
                    let tn = self.type_name(g);
                    let msg = if locals.is_some() || fname == "exec" {
                        format!("{}() globals must be a dict, not {}", fname, tn)
                    } else {
                        format!("globals must be a real dict; try eval(expr, {{}}, mapping)")
                    };
                    return Err(self.type_error(msg));
                }
                (g, locals.unwrap_or(ObjRef::NULL))
            }
            None => {
                let (g, ns) = self.caller_scope();
                match locals {
                    Some(l) => (g, l),
                    None => (g, ns),
                }
            }
        };
        if !ns.is_null() && !matches!(self.heap.get(ns), Obj::Dict(_)) {
            return Err(self.type_error("locals must be a mapping".into()));
        }
        let key = self.heap.intern("__builtins__");
        let has = self.dict_get_str(g, key).is_some();
        let r = if has {
            Ok(())
        } else {
            let b = self.builtins_module();
            self.dict_set(g, key, b)
        };
        self.decref(key);
        r?;
        // A function frame's locals() snapshot is the namespace when the
        // caller gave none: reads see the function's variables, writes do not
        // reach them (as in CPython).
        if ns.is_null() && globals.is_none() && locals.is_none() {
            if let Some(f) = self.frames.last() {
                if f.code.kind != CodeKind::Module && f.ns.is_null() {
                    let d = self.current_locals()?;
                    return Ok((g, d));
                }
            }
        }
        if !ns.is_null() {
            self.incref(ns);
        }
        Ok((g, ns))
    }

    /// Runs `code` for `exec` or `eval` in the scope their arguments name.
    fn run_in_scope(&mut self, fname: &str, code: ObjRef, globals: Option<ObjRef>, locals: Option<ObjRef>, want_value: bool) -> R<ObjRef> {
        let (g, ns) = self.exec_scope(fname, globals, locals)?;
        if ns.is_null() {
            return self.run_code_in(code, g, ns, want_value);
        }
        let r = self.holding(ns, "locals of exec()/eval()", |it| it.run_code_in(code, g, ns, want_value));
        self.decref(ns);
        r
    }

    /// The source of `exec`/`eval`/`compile`'s first argument: a str, or
    /// bytes decoded as UTF-8.
    fn source_text(&mut self, v: ObjRef, what: &str) -> R<Option<String>> {
        match self.heap.get(v) {
            Obj::Str(s) => Ok(Some(s.s().to_string())),
            Obj::Bytes(b) => match std::str::from_utf8(b) {
                Ok(s) => Ok(Some(s.to_string())),
                Err(_) => Err(self.new_exception(ExcKind::SyntaxError, Some("(unicode error) 'utf-8' codec can't decode bytes"))),
            },
            Obj::Code(_) => Ok(None),
            _ => {
                let msg = format!("{} must be a string, bytes or code object", what);
                Err(self.type_error(msg))
            }
        }
    }
}

/// Where `eval` mode's grammar stops, if `ast` is not one expression: the
/// first token an expression cannot continue with (an assignment's `=` or
/// `+=`, a statement's keyword, the `;` or line after the expression), as a
/// byte range of `src`.
fn not_an_expression(src: &str, ast: &[syntax::ast::Stmt]) -> Option<(usize, usize)> {
    use syntax::ast::StmtKind as K;
    let first = ast.first()?;
    let at = match &first.kind {
        K::Expr(_) if ast.len() == 1 => return None,
        K::Expr(_) => {
            let after = skip_blanks(src, first.span.end as usize);
            if src[after..].starts_with(';') {
                after
            } else {
                ast[1].span.start as usize
            }
        }
        K::Assign { targets, .. } => skip_blanks(src, targets[0].span.end as usize),
        K::AugAssign { target, .. } | K::AnnAssign { target, .. } => skip_blanks(src, target.span.end as usize),
        _ => first.span.start as usize,
    };
    let rest = &src[at.min(src.len())..];
    let word = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').map(char::len_utf8).sum::<usize>();
    let op = rest.chars().take_while(|c| "=+-*/%&|^<>!:@~".contains(*c)).map(char::len_utf8).sum::<usize>();
    Some((at, at + word.max(op).max(1)))
}

fn skip_blanks(src: &str, mut i: usize) -> usize {
    let b = src.as_bytes();
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    i
}

/// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
pub fn bi_compile(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_kw(it, "compile", kw, &["source", "filename", "mode", "flags", "dont_inherit", "optimize"])?;
    const REQUIRED: [&str; 3] = ["source", "filename", "mode"];
    let given: Vec<Option<ObjRef>> = REQUIRED.iter().enumerate().map(|(i, n)| args.get(i).copied().or_else(|| kwarg(it, kw, n))).collect();
    if let Some(pos) = given.iter().position(Option::is_none) {
        return Err(it.type_error(format!("compile() missing required argument '{}' (pos {})", REQUIRED[pos], pos + 1)));
    }
    let (source, filename, mode) = (given[0].unwrap(), given[1].unwrap(), given[2].unwrap());
    check_args(it, "compile", args, 0, 6)?;
    let mode = match it.heap.as_str(mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(it.new_exception(ExcKind::ValueError, Some("compile() mode must be 'exec', 'eval' or 'single'"))),
    };
    let filename = match it.heap.get(filename) {
        Obj::Str(s) => s.s().to_string(),
        Obj::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            let tn = it.type_name(filename);
            return Err(it.type_error(format!("compile() argument 'filename' must be str, not {}", tn)));
        }
    };
    match it.source_text(source, "compile() arg 1")? {
        Some(src) => {
            let src = if mode == Mode::Eval { src.trim_start_matches([' ', '\t']).to_string() } else { src };
            it.compile_source(&src, &filename, mode)
        }
        None => Err(it.type_error("compile() arg 1 must be a string, bytes or AST object".into())),
    }
}

/// exec(source, globals=None, locals=None, /)
pub fn bi_exec(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_kw(it, "exec", kw, &["closure"])?;
    run_source(it, Mode::Exec, args)
}

/// eval(source, globals=None, locals=None, /)
pub fn bi_eval(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_kw(it, "eval", kw, &[])?;
    run_source(it, Mode::Eval, args)
}

/// `exec` or `eval` of a string (compiled as a block of its own, leading
/// blanks stripped for `eval`) or a code object, held while it runs.
fn run_source(it: &mut Interp, mode: Mode, args: &[ObjRef]) -> R<ObjRef> {
    let (fname, held_as) = if mode == Mode::Eval { ("eval", "code being run by eval()") } else { ("exec", "code being run by exec()") };
    check_args(it, fname, args, 1, 3)?;
    let code = match it.source_text(args[0], &format!("{}() arg 1", fname))? {
        Some(src) if mode == Mode::Eval => it.compile_source(src.trim_start_matches([' ', '\t']), "<string>", mode)?,
        Some(src) => it.compile_source(&src, "<string>", mode)?,
        None => {
            it.incref(args[0]);
            args[0]
        }
    };
    let r = it.holding(code, held_as, |it| it.run_in_scope(fname, code, args.get(1).copied(), args.get(2).copied(), mode == Mode::Eval));
    it.decref(code);
    r
}

/// locals()
pub fn bi_locals(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_kw(it, "locals", kw, &[])?;
    check_args(it, "locals", args, 0, 0)?;
    it.current_locals()
}
