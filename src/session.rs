//! Running code blocks: a file, a `-c` string, one REPL entry. Each is
//! parsed, compiled as one code block (MODEL §2) and run in `__main__`.

use std::io::Write;

use crate::compile;
use crate::heap::{Obj, ObjRef, F_MAIN_MODULE, F_RUNTIME, NONE};
use crate::runtime::{ExcKind, Interp};
use crate::syntax;

/// How a block ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// A syntax error was reported.
    SyntaxError,
    /// An uncaught exception was reported.
    Exception,
    /// SystemExit with this status.
    Exit(i32),
}

impl Interp {
    /// Compiles and runs one code block. A file's module code lives until
    /// the program ends (`keep`); a REPL entry's is released when it has run.
    pub fn run_block(&mut self, src: &str, filename: &str, interactive: bool, keep: bool) -> Outcome {
        self.observe_block(None);
        let outcome = self.run_block_inner(src, filename, interactive, keep);
        outcome
    }

    fn run_block_inner(&mut self, src: &str, filename: &str, interactive: bool, keep: bool) -> Outcome {
        let parsed = if interactive { syntax::parse_prompt_entry(src) } else { syntax::parse_module(src) };
        let ast = match parsed {
            Ok(a) => a,
            Err(e) => {
                let _ = self.out.flush();
                crate::err_print!("{}", e.render(filename));
                return Outcome::SyntaxError;
            }
        };
        let mut warnings = Vec::new();
        let compiled = compile::compile_block_warn(&mut self.heap, &ast, filename, src, interactive, &mut warnings);
        self.ensure_pending_types();
        if !warnings.is_empty() {
            let _ = self.out.flush();
            for w in &warnings {
                crate::err_print!("{}", render_warning(filename, src, w));
            }
        }
        let code = match compiled {
            Ok(c) => c,
            Err(e) => {
                let _ = self.out.flush();
                crate::err_print!("{}", e.render(filename));
                return Outcome::SyntaxError;
            }
        };
        drop(ast);
        self.blocks.push(code);
        let r = self.run_module_code(code);
        let outcome = match r {
            Ok(()) => Outcome::Ok,
            Err(e) => self.report_uncaught(e),
        };
        if self.audit {
            self.run_audit();
        }
        self.observe_block(Some(code));
        if !keep {
            let c = self.blocks.pop().unwrap();
            self.decref(c);
        }
        let _ = self.out.flush();
        outcome
    }

    /// Evaluates `src`, one expression, as a code block of its own (as the
    /// REPL would, but without echoing it): its value, or the outcome when
    /// it could not be parsed or raised (the error is already reported).
    pub fn eval_block(&mut self, src: &str, filename: &str) -> Result<ObjRef, Outcome> {
        let ast = match syntax::parse_module(src) {
            Ok(a) => a,
            Err(e) => {
                let _ = self.out.flush();
                crate::err_print!("{}", e.render(filename));
                return Err(Outcome::SyntaxError);
            }
        };
        let mut warnings = Vec::new();
        let compiled = compile::compile_block_warn(&mut self.heap, &ast, filename, src, false, &mut warnings);
        self.ensure_pending_types();
        let code = match compiled {
            Ok(c) => c,
            Err(e) => {
                let _ = self.out.flush();
                crate::err_print!("{}", e.render(filename));
                return Err(Outcome::SyntaxError);
            }
        };
        self.blocks.push(code);
        let r = self.run_module_expr(code);
        let c = self.blocks.pop().unwrap();
        self.decref(c);
        match r {
            Ok(v) => Ok(v),
            Err(e) => Err(self.report_uncaught(e)),
        }
    }

    /// Prints an uncaught exception (or turns SystemExit into a status).
    pub fn report_uncaught(&mut self, e: ObjRef) -> Outcome {
        let cls = self.type_of(e);
        let se = self.exc_class(ExcKind::SystemExit);
        if self.is_subclass(cls, se) && !self.system_exit_as_error {
            let code = self.system_exit_code(e);
            self.decref(e);
            return Outcome::Exit(code);
        }
        let ki = self.exc_class(ExcKind::KeyboardInterrupt);
        let interrupted = self.is_subclass(cls, ki);
        self.print_exception(e);
        self.decref(e);
        if interrupted {
            self.interrupted_at_exit = true;
        }
        Outcome::Exception
    }

    fn system_exit_code(&mut self, e: ObjRef) -> i32 {
        let args = match self.heap.get(e) {
            Obj::Instance(i) => i.exc.as_ref().map(|s| s.args).unwrap_or(ObjRef::NULL),
            _ => ObjRef::NULL,
        };
        let first = match self.heap.get(args) {
            Obj::Tuple(t) if !args.is_null() => t.first().copied(),
            _ => None,
        };
        match first {
            None => 0,
            Some(v) if v == NONE => 0,
            // CPython: exit((int)PyLong_AsLong(code)), so the status is the
            // low byte of the C int; an int beyond a C long reads as -1.
            Some(v) => match self.num(v).filter(|_| !matches!(self.heap.get(v), Obj::Float(_))) {
                Some(n) => {
                    let long = num_traits::ToPrimitive::to_i64(&n.big()).unwrap_or(-1);
                    (long as i32) & 0xff
                }
                None => {
                    let s = self.str_of(v).unwrap_or_default();
                    let _ = self.out.flush();
                    crate::err_println!("{}", s);
                    1
                }
            },
        }
    }

    /// Program end, as CPython 3.11's finalize_modules: `__main__` is let
    /// go (its globals released in insertion order when nothing else holds
    /// its dict), then a final collection runs with the globals that
    /// functions still reach intact; a dict still alive after it is
    /// cleared, single-underscore names first (MODEL §5).
    ///
    /// Returns CPython's exit status 120 when stdout cannot be flushed
    /// (reported as CPython does), else None.
    pub fn finish(&mut self) -> Option<i32> {
        self.run_weakref_exit_hook();
        // The final collections run no gc.callbacks (CPython's
        // _PyGC_CollectNoFail), and teardown must not call them either.
        let cbs = self.gc_callbacks;
        if !cbs.is_null() {
            let items = match self.heap.get_mut(cbs) {
                Obj::List(l) => std::mem::take(&mut l.items),
                _ => Default::default(),
            };
            self.heap.list_set_allocated(cbs, 0);
            for x in items.into_iter().rev() {
                self.decref(x);
            }
        }
        while let Some(c) = self.blocks.pop() {
            self.decref(c);
        }
        // CPython takes __main__ out of sys.modules: the module dies, and its
        // dict with it, releasing the globals in insertion order, unless
        // functions' __globals__ keep the dict; then it is cyclic garbage of
        // the final collection, whose finalizers see every global intact.
        self.forget_main_module();
        let (m, g) = (self.main_module, self.globals);
        // The mark says "this slot is still __main__" after the collection
        // (a freed slot may hold another object by then).
        self.heap.set_flag(m, F_MAIN_MODULE);
        self.heap.clear_flag(g, F_RUNTIME);
        self.heap.clear_flag(m, F_RUNTIME);
        self.main_module = ObjRef::NULL;
        self.decref(g);
        self.decref(m);
        self.collect_generation(2);
        // The module still alive (the program kept it, say in sys): its
        // dict is cleared as finalize_modules' _PyModule_Clear does,
        // single-underscore names first, then a collection of what that
        // freed. A dict that outlives its module is left alone, as CPython
        // leaves it.
        if self.heap.is_live(m) && self.heap.flags(m) & F_MAIN_MODULE != 0 {
            self.heap.incref(g);
            let items = self.dict_items(g);
            let names: Vec<(ObjRef, String)> = items.iter().map(|&(k, _)| (k, self.heap.as_str(k).unwrap_or("").to_string())).collect();
            for pass in 0..2 {
                for (k, n) in &names {
                    let first = n.starts_with('_') && !n.starts_with("__");
                    if (pass == 0) != first || n == "__builtins__" || n == "__name__" {
                        continue;
                    }
                    let _ = self.dict_set(g, *k, NONE);
                }
            }
            self.decref(g);
            self.collect_generation(2);
        }
        let flush_failed = self.flush_at_exit();
        if self.audit {
            self.run_audit();
            let leaked = self.leaked_objects();
            let real: Vec<_> = leaked.into_iter().filter(|&r| !matches!(self.heap.get(r), Obj::Code(_))).collect();
            if !real.is_empty() {
                let mut kinds: Vec<String> = real.iter().take(10).map(|&r| format!("#{} {} rc={}", r.0, self.heap.get(r).type_name(), self.heap.rc(r))).collect();
                kinds.sort();
                crate::err_println!("glasspy audit: {} objects still alive at exit: {}", real.len(), kinds.join(", "));
            }
        }
        flush_failed
    }
}

/// A compile-time warning as `warnings.showwarning` prints it: where, the
/// category and message, then the source line (stripped) when the source
/// is a file linecache could read (not `<stdin>` or `<string>`).
fn render_warning(filename: &str, src: &str, w: &compile::CompileWarning) -> String {
    let mut s = format!("{}:{}: SyntaxWarning: {}\n", filename, w.lineno, w.msg);
    if !filename.starts_with('<') {
        if let Some(line) = src.lines().nth(w.lineno as usize - 1) {
            if !line.trim().is_empty() {
                s.push_str(&format!("  {}\n", line.trim()));
            }
        }
    }
    s
}
