//! The evaluator: walks a code object's resolved tree.
//!
//! Every value the evaluator holds is a counted reference. A temporary that
//! must survive the evaluation of something else (the left operand while the
//! right one runs, call arguments, a `for` loop's iterator) sits on
//! `Interp::stack`, as on CPython's evaluation stack — so `getrefcount` sees
//! it and the audit can count it. Calls move their arguments into the
//! callee's frame (3.11): the arguments on the stack *become* its locals.
//!
//! A generator's frame suspends by returning `Flow::Yield` up through the
//! statements that enclose the yield; each records where it was on
//! `Interp::resume_path`, and `resume_block`/`resume_stmt` walk back down
//! that path (generator.rs explains the whole cycle).

use std::rc::Rc;

use super::*;
use super::ops;
use crate::compile::code::*;
use crate::compile::code::GlobalCache;
use crate::syntax::{BinOp, CmpOp};
use super::generator::FINALLY;

pub enum Flow {
    Normal,
    Break,
    Continue,
    Return(ObjRef),
    /// A generator's frame suspends with this value (see generator.rs).
    Yield(ObjRef),
}

/// What the evaluator needs of the running frame.
pub struct Cx<'a> {
    pub code: &'a Code,
    pub base: usize,
    pub globals: ObjRef,
    pub ns: ObjRef,
}

impl Interp {
    // ----- running code blocks ------------------------------------------------

    /// Runs `f` in a new module-level frame for `code_obj` (in `globals`).
    fn in_module_frame<T>(&mut self, code_obj: ObjRef, globals: ObjRef, f: impl FnOnce(&mut Interp, &Cx) -> R<T>) -> R<T> {
        self.in_frame_with(code_obj, globals, ObjRef::NULL, f)
    }

    /// Runs `f` in a new frame for module-level code `code_obj` with these
    /// globals and namespace (NULL: the globals).
    fn in_frame_with<T>(&mut self, code_obj: ObjRef, globals: ObjRef, ns: ObjRef, f: impl FnOnce(&mut Interp, &Cx) -> R<T>) -> R<T> {
        let code = match self.heap.get(code_obj) {
            Obj::Code(c) => c.clone(),
            _ => unreachable!(),
        };
        let base = self.stack.len();
        self.frames.push(Frame { code: code.clone(), base, globals, ns, line: code.firstlineno, frame_obj: ObjRef::NULL, code_obj, err_pos: NO_POS });
        self.trace_frames_changed();
        let cx = Cx { code: &code, base, globals, ns };
        let r = f(self, &cx);
        let frame = self.frames.pop().unwrap();
        self.trace_frames_changed();
        self.xdecref(frame.frame_obj);
        r
    }

    /// Runs a module-level code object in `__main__`'s globals.
    pub fn run_module_code(&mut self, code_obj: ObjRef) -> R<()> {
        self.run_module_code_in(code_obj, self.globals)
    }

    /// Runs a module-level code object in module globals `globals`.
    pub fn run_module_code_in(&mut self, code_obj: ObjRef, globals: ObjRef) -> R<()> {
        self.in_module_frame(code_obj, globals, |it, cx| match it.exec_block(cx, &cx.code.body)? {
            Flow::Return(v) => {
                it.decref(v);
                Ok(())
            }
            _ => Ok(()),
        })
    }

    /// `exec`/`eval` of a code object in `globals` and `ns`: the value of its
    /// expression if it is one expression statement and `want_value`, else
    /// None after running it.
    pub fn run_code_in(&mut self, code_obj: ObjRef, globals: ObjRef, ns: ObjRef, want_value: bool) -> R<ObjRef> {
        self.in_frame_with(code_obj, globals, ns, |it, cx| {
            let r = match cx.code.body.as_slice() {
                [Stmt { kind: St::Expr(e), .. }] if want_value => it.eval(cx, e),
                body => it.exec_block(cx, body).map(|f| {
                    if let Flow::Return(v) = f {
                        it.decref(v);
                    }
                    it.heap.none()
                }),
            };
            if let Err(e) = r {
                it.add_traceback(e);
            }
            r
        })
    }

    /// Runs a module-level code object made of one expression statement
    /// and returns the expression's value (for tools that evaluate an
    /// expression the user typed: `:why EXPR`).
    pub fn run_module_expr(&mut self, code_obj: ObjRef) -> R<ObjRef> {
        self.in_module_frame(code_obj, self.globals, |it, cx| {
            let r = match cx.code.body.as_slice() {
                [Stmt { kind: St::Expr(e) | St::Print(e), .. }] => it.eval(cx, e),
                body => it.exec_block(cx, body).map(|f| match f {
                    Flow::Return(v) => v,
                    _ => it.heap.none(),
                }),
            };
            if let Err(e) = r {
                it.add_traceback(e);
            }
            r
        })
    }

    /// What one pass of a `for` (or `async for`) body means for the loop:
    /// Some(outcome) ends it (break, return, a suspension, whose resume path
    /// goes through the body, an error, an interrupt); None goes on.
    #[inline]
    pub(crate) fn loop_pass(&mut self, r: R<Flow>) -> Option<R<Flow>> {
        match r {
            Ok(Flow::Break) => Some(Ok(Flow::Normal)),
            Ok(Flow::Return(v)) => Some(Ok(Flow::Return(v))),
            Ok(Flow::Yield(v)) => {
                self.resume_path.push(0);
                Some(Ok(Flow::Yield(v)))
            }
            Ok(_) => self.check_interrupt().err().map(Err),
            Err(e) => Some(Err(e)),
        }
    }

    pub fn exec_block(&mut self, cx: &Cx, body: &[Stmt]) -> R<Flow> {
        self.exec_from(cx, body, 0)
    }

    /// Runs `body` from statement `start`. A yield below statement `i`
    /// records `i` on the resume path.
    fn exec_from(&mut self, cx: &Cx, body: &[Stmt], start: usize) -> R<Flow> {
        for (i, s) in body.iter().enumerate().skip(start) {
            match self.exec(cx, s) {
                Ok(Flow::Normal) => {}
                Ok(Flow::Yield(v)) => {
                    self.resume_path.push(i as u32);
                    return Ok(Flow::Yield(v));
                }
                Ok(f) => return Ok(f),
                Err(e) => {
                    self.add_traceback(e);
                    if let Some(w) = &mut self.heap.watch {
                        w.stamp(s.line);
                    }
                    return Err(e);
                }
            }
            if self.hooks {
                self.statement_hook(s.line);
            }
        }
        Ok(Flow::Normal)
    }

    /// Resumes a suspended frame in `body`: back into the statement the
    /// resume path names, then on with the statements after it.
    pub fn resume_block(&mut self, cx: &Cx, body: &[Stmt]) -> R<Flow> {
        let i = self.resume_path.pop().unwrap_or(0) as usize;
        let Some(s) = body.get(i) else {
            return Err(self.new_exception(ExcKind::RuntimeError, Some("internal error: generator resumed at a statement that does not exist")));
        };
        match self.resume_stmt(cx, s) {
            Ok(Flow::Normal) => {
                if self.audit {
                    self.run_audit();
                }
                self.exec_from(cx, body, i + 1)
            }
            Ok(Flow::Yield(v)) => {
                self.resume_path.push(i as u32);
                Ok(Flow::Yield(v))
            }
            Ok(f) => Ok(f),
            Err(e) => {
                self.add_traceback(e);
                Err(e)
            }
        }
    }

    /// Re-enters a compound statement in the phase the path names, without
    /// evaluating anything until the yield point is reached.
    fn resume_stmt(&mut self, cx: &Cx, s: &Stmt) -> R<Flow> {
        self.set_line(s.line);
        // A yield statement is the end of the path; a compound statement
        // has its phase next.
        let phase = match &s.kind {
            St::Yield(..) | St::YieldFrom(..) | St::Await(..) => 0,
            _ => self.resume_path.pop().unwrap_or(0),
        };
        match &s.kind {
            St::If(_, body, orelse) => {
                let r = if phase == 0 { self.resume_block(cx, body) } else { self.resume_block(cx, orelse) };
                self.mark_yield(r, phase)
            }
            St::While(test, body, orelse) => self.exec_while(cx, test, body, orelse, Some(phase)),
            St::For(target, iter, body, orelse) => self.exec_for(cx, target, iter, body, orelse, Some(phase)),
            St::Try(t) => self.exec_try(cx, t, Some(phase)),
            St::AsyncFor(target, iter, body, orelse) => self.exec_async_for(cx, target, iter, body, orelse, Some(phase)),
            St::With(w) if w.is_async => self.exec_async_with(cx, w, Some(phase)),
            St::With(w) => self.exec_with(cx, w, true),
            St::Yield(_, target) => self.resume_yield(cx, target.as_ref()),
            St::YieldFrom(_, target) | St::Await(_, target) => {
                let msg = self.take_resume();
                self.delegate(cx, target.as_ref(), msg)
            }
            _ => Err(self.new_exception(ExcKind::RuntimeError, Some("internal error: generator resumed in a statement that cannot yield"))),
        }
    }

    /// A compound statement's phase goes on the resume path when its part
    /// yielded.
    pub fn mark_yield(&mut self, r: R<Flow>, phase: u32) -> R<Flow> {
        if let Ok(Flow::Yield(_)) = r {
            self.resume_path.push(phase);
        }
        r
    }

    /// An exception came out of the expression at position `p` of the
    /// running frame: the innermost such expression is the one a traceback
    /// points at.
    #[cold]
    pub fn at(&mut self, p: u32, e: Exc) -> Exc {
        if let Some(f) = self.frames.last_mut() {
            if f.err_pos == NO_POS {
                f.err_pos = p;
            }
        }
        e
    }

    #[inline]
    fn set_line(&mut self, line: u32) {
        if let Some(f) = self.frames.last_mut() {
            f.line = line;
            f.err_pos = NO_POS;
        }
        if let Some(t) = self.heap.mem.trace.as_deref_mut() {
            t.set_line(line);
        }
    }

    /// A frame was entered or left: tracemalloc, if it traces, charges
    /// allocations to the new innermost frames (stdlib/tracemalloc.rs).
    #[inline]
    pub(crate) fn trace_frames_changed(&mut self) {
        if self.heap.mem.trace.is_some() {
            self.trace_frames();
        }
    }

    fn exec(&mut self, cx: &Cx, s: &Stmt) -> R<Flow> {
        self.set_line(s.line);
        match &s.kind {
            St::Expr(e) => {
                let v = self.eval(cx, e)?;
                self.decref(v);
            }
            St::Print(e) => {
                let v = self.eval(cx, e)?;
                self.display_hook(v)?;
            }
            St::Assign(targets, value) => {
                let v = self.eval(cx, value)?;
                if targets.len() == 1 {
                    self.store(cx, &targets[0], v)?;
                } else {
                    // a = b = v: each target gets its own reference, stored left to right.
                    // The stack holds the last target's reference until
                    // that store takes it (so Python code a store runs, a
                    // namespace's __setitem__ or a __set__, sees each
                    // reference held once).
                    self.stack.push(v);
                    let n = targets.len();
                    for (i, t) in targets.iter().enumerate() {
                        let last = i + 1 == n;
                        if last {
                            self.stack.pop();
                        } else {
                            self.incref(v);
                        }
                        if let Err(e) = self.store(cx, t, v) {
                            if !last {
                                // drop the reference still on the stack
                                let top = self.stack.pop().unwrap();
                                self.decref(top);
                            }
                            return Err(e);
                        }
                    }
                }
            }
            St::AugAssign(t, op, value, p) => self.aug_assign(cx, t, *op, value, *p)?,
            St::Delete(targets) => {
                for (t, p) in targets {
                    self.delete(cx, t).map_err(|e| self.at(*p, e))?;
                }
            }
            St::If(test, body, orelse) => {
                let t = self.eval_truth(cx, test)?;
                let r = if t { self.exec_block(cx, body) } else { self.exec_block(cx, orelse) };
                return self.mark_yield(r, if t { 0 } else { 1 });
            }
            St::While(test, body, orelse) => return self.exec_while(cx, test, body, orelse, None),
            St::For(target, iter, body, orelse) => return self.exec_for(cx, target, iter, body, orelse, None),
            St::AsyncFor(target, iter, body, orelse) => return self.exec_async_for(cx, target, iter, body, orelse, None),
            St::Yield(v, _) => {
                let v = match v {
                    Some(e) => self.eval(cx, e)?,
                    None => self.heap.none(),
                };
                return Ok(Flow::Yield(v));
            }
            St::YieldFrom(iter, target) => return self.start_yield_from(cx, iter, target.as_ref()),
            St::Await(e, target) => return self.start_await(cx, e, target.as_ref()),
            St::Return(v) => {
                let v = match v {
                    Some(e) => self.eval(cx, e)?,
                    None => self.heap.none(),
                };
                return Ok(Flow::Return(v));
            }
            St::Break => return Ok(Flow::Break),
            St::Continue => return Ok(Flow::Continue),
            St::Pass => {}
            St::Try(t) => return self.exec_try(cx, t, None),
            St::With(w) if w.is_async => return self.exec_async_with(cx, w, None),
            St::With(w) => return self.exec_with(cx, w, false),
            St::Raise(exc, cause) => return Err(self.do_raise(cx, exc.as_ref(), cause.as_ref())?),
            St::Assert(test, msg, p) => {
                if !self.eval_truth(cx, test)? {
                    let m = match msg {
                        Some(m) => Some(self.eval(cx, m)?),
                        None => None,
                    };
                    let cls = self.exc_class(ExcKind::AssertionError);
                    let args = match m {
                        Some(m) => vec![m],
                        None => vec![],
                    };
                    let e = self.instantiate_exception(cls, args);
                    return Err(self.at(*p, e));
                }
            }
            St::Import { module, store, leaf } => {
                let m = self.import_stmt(module, *leaf)?;
                self.store(cx, store, m)?;
            }
            St::ImportFrom { module, names } => {
                let fromlist: Vec<ObjRef> = names.iter().map(|&(i, _)| if i == u32::MAX { ObjRef::NULL } else { cx.code.names[i as usize] }).collect();
                let m = self.import_from_stmt(module, &fromlist, cx.globals)?;
                self.stack.push(m);
                for (name_idx, t) in names {
                    if *name_idx == u32::MAX {
                        if let Err(e) = self.import_star(m, cx.globals) {
                            self.stack.pop();
                            self.decref(m);
                            return Err(e);
                        }
                        continue;
                    }
                    let name = cx.code.names[*name_idx as usize];
                    let v = match self.import_from(m, name) {
                        Ok(v) => v,
                        Err(e) => {
                            self.stack.pop();
                            self.decref(m);
                            return Err(e);
                        }
                    };
                    if let Err(e) = self.store(cx, t, v) {
                        self.stack.pop();
                        self.decref(m);
                        return Err(e);
                    }
                }
                self.stack.pop();
                self.decref(m);
            }
            St::CompLoop(c) => self.exec_comp(cx, c)?,
        }
        Ok(Flow::Normal)
    }

    /// `iter(v)` for a value the caller owns and gives up: `v` waits on the
    /// stack (a counted temporary) while an `__iter__` in Python runs.
    pub(crate) fn iter_of_owned(&mut self, v: ObjRef) -> R<ObjRef> {
        self.stack.push(v);
        let it = self.get_iter(v);
        let v = self.stack.pop().unwrap();
        self.decref(v);
        it
    }

    /// `while`; `resume` is the phase to re-enter (0 body, 1 else).
    fn exec_while(&mut self, cx: &Cx, test: &Ex, body: &[Stmt], orelse: &[Stmt], resume: Option<u32>) -> R<Flow> {
        let mut resume = resume;
        loop {
            let r = match resume.take() {
                Some(1) => {
                    let r = self.resume_block(cx, orelse);
                    return self.mark_yield(r, 1);
                }
                Some(_) => self.resume_block(cx, body),
                None => {
                    if !self.eval_truth(cx, test)? {
                        let r = self.exec_block(cx, orelse);
                        return self.mark_yield(r, 1);
                    }
                    self.exec_block(cx, body)
                }
            };
            match r? {
                Flow::Break => break,
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Yield(v) => {
                    self.resume_path.push(0);
                    return Ok(Flow::Yield(v));
                }
                _ => {}
            }
            self.check_interrupt()?;
        }
        Ok(Flow::Normal)
    }

    /// `for`: the iterator stays on the stack while the loop runs (and in a
    /// suspended generator's saved stack); once the body has finished it is
    /// the top of the stack again.
    fn exec_for(&mut self, cx: &Cx, target: &Target, iter: &Ex, body: &[Stmt], orelse: &[Stmt], resume: Option<u32>) -> R<Flow> {
        if resume.is_none() {
            let iterable = self.eval(cx, iter)?;
            let it = self.iter_of_owned(iterable)?;
            self.stack.push(it);
        }
        let mut resume = resume;
        let result = loop {
            let r = match resume.take() {
                Some(1) => {
                    let r = self.resume_block(cx, orelse);
                    break self.mark_yield(r, 1);
                }
                Some(_) => self.resume_block(cx, body),
                None => {
                    let it = *self.stack.last().unwrap();
                    let item = match self.iter_next(it) {
                        Ok(Some(v)) => v,
                        Ok(None) => {
                            let r = self.exec_block(cx, orelse);
                            break self.mark_yield(r, 1);
                        }
                        Err(e) => break Err(e),
                    };
                    if let Err(e) = self.store(cx, target, item) {
                        break Err(e);
                    }
                    self.exec_block(cx, body)
                }
            };
            if let Some(end) = self.loop_pass(r) {
                break end;
            }
        };
        if let Ok(Flow::Yield(_)) = result {
            return result;
        }
        let it = self.stack.pop().unwrap();
        self.decref(it);
        result
    }

    /// `try`; `resume` is the phase to re-enter: 0 the body, 1 the else,
    /// 2 + i handler i, FINALLY + outcome the finally block.
    fn exec_try(&mut self, cx: &Cx, t: &TryStmt, resume: Option<u32>) -> R<Flow> {
        let r = match resume {
            Some(p) if p >= FINALLY => return self.run_finally(cx, t, None, p - FINALLY),
            Some(1) => {
                let r = self.resume_block(cx, &t.orelse);
                self.mark_yield(r, 1)
            }
            Some(p) if p >= 2 => self.run_handler(cx, t, (p - 2) as usize, true),
            _ => {
                let r = if resume.is_some() { self.resume_block(cx, &t.body) } else { self.exec_block(cx, &t.body) };
                match r {
                    Ok(Flow::Normal) => {
                        let r = self.exec_block(cx, &t.orelse);
                        self.mark_yield(r, 1)
                    }
                    Ok(Flow::Yield(v)) => {
                        self.resume_path.push(0);
                        return Ok(Flow::Yield(v));
                    }
                    Ok(f) => Ok(f),
                    Err(e) => self.handle_exception(cx, t, e),
                }
            }
        };
        if matches!(r, Ok(Flow::Yield(_))) || t.finalbody.is_empty() {
            return r;
        }
        self.run_finally(cx, t, Some(r), 0)
    }

    /// finally: a pending exception or return value is parked where it is
    /// counted while the block runs. The outcome (0 normal, 1 break,
    /// 2 continue, 3 return, 4 exception) is what a resumed finally
    /// continues with.
    fn run_finally(&mut self, cx: &Cx, t: &TryStmt, r: Option<R<Flow>>, resumed_kind: u32) -> R<Flow> {
        let (kind, f) = match r {
            Some(r) => {
                let kind = match r {
                    Ok(Flow::Break) => 1,
                    Ok(Flow::Continue) => 2,
                    Ok(Flow::Return(v)) => {
                        self.pending.push(v);
                        3
                    }
                    Err(e) => {
                        self.pending.push(e);
                        4
                    }
                    Ok(_) => 0,
                };
                (kind, self.exec_block(cx, &t.finalbody))
            }
            None => (resumed_kind, self.resume_block(cx, &t.finalbody)),
        };
        if let Ok(Flow::Yield(v)) = f {
            self.resume_path.push(FINALLY + kind);
            return Ok(Flow::Yield(v));
        }
        match kind {
            3 => {
                let v = self.pending.pop().unwrap();
                match f {
                    Ok(Flow::Normal) => Ok(Flow::Return(v)),
                    other => {
                        self.decref(v);
                        other
                    }
                }
            }
            4 => {
                let e = self.pending.pop().unwrap();
                match f {
                    Ok(Flow::Normal) => Err(e),
                    Ok(other) => {
                        self.decref(e);
                        Ok(other)
                    }
                    Err(e2) => {
                        self.set_context(e2, e);
                        Err(e2)
                    }
                }
            }
            _ => match f? {
                Flow::Normal => Ok(match kind {
                    1 => Flow::Break,
                    2 => Flow::Continue,
                    _ => Flow::Normal,
                }),
                other => Ok(other),
            },
        }
    }

    /// `with`: __enter__ and __exit__ looked up on the type, __exit__ held
    /// on the stack (as CPython keeps it) while the body runs; an exception
    /// in the body is being handled while __exit__ runs, and a true result
    /// suppresses it; __exit__ gets (type, value, traceback).
    fn exec_with(&mut self, cx: &Cx, w: &WithStmt, resume: bool) -> R<Flow> {
        let r = if resume { self.resume_block(cx, &w.body) } else { self.enter_with(cx, w)? };
        if let Ok(Flow::Yield(v)) = r {
            self.resume_path.push(0);
            return Ok(Flow::Yield(v));
        }
        self.exit_with(r)
    }

    /// The manager's __enter__ (the outer error), then the body (the inner
    /// result), with the manager and its __exit__ on the stack.
    fn enter_with(&mut self, cx: &Cx, w: &WithStmt) -> R<R<Flow>> {
        let mgr = self.eval(cx, &w.ctx)?;
        self.stack.push(mgr);
        let cls = self.type_of(mgr);
        let (n_enter, n_exit) = (self.heap.intern("__enter__"), self.heap.intern("__exit__"));
        let enter = self.lookup_user_attr(cls, n_enter);
        let exit = self.lookup_user_attr(cls, n_exit);
        self.decref(n_enter);
        self.decref(n_exit);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missed = if enter.is_some() { " (missed __exit__ method)" } else { "" };
            let msg = format!("'{}' object does not support the context manager protocol{}", self.type_name(mgr), missed);
            let mgr = self.stack.pop().unwrap();
            self.decref(mgr);
            return Err(self.type_error(msg));
        };
        self.incref(exit);
        self.stack.push(exit);
        self.incref(mgr);
        self.stack.push(mgr);
        let v = match self.call_held(enter, 1) {
            Ok(v) => v,
            Err(e) => {
                // __enter__ failed: __exit__ is not called.
                self.pop_with();
                return Err(e);
            }
        };
        Ok(match &w.target {
            Some(t) => self.store(cx, t, v).and_then(|_| self.exec_block(cx, &w.body)),
            None => {
                self.decref(v);
                self.exec_block(cx, &w.body)
            }
        })
    }

    /// __exit__ after the body: with the exception (suppressed when it
    /// returns true) or with None three times.
    fn exit_with(&mut self, r: R<Flow>) -> R<Flow> {
        let exit = self.stack[self.stack.len() - 1];
        let mgr = self.stack[self.stack.len() - 2];
        let r = match r {
            Ok(flow) => {
                // __exit__(None, None, None); a return value waits where it is counted.
                if let Flow::Return(v) = flow {
                    self.pending.push(v);
                }
                self.incref(mgr);
                self.stack.push(mgr);
                for _ in 0..3 {
                    let n = self.heap.none();
                    self.stack.push(n);
                }
                let res = self.call_held(exit, 4);
                let flow = match flow {
                    Flow::Return(_) => Flow::Return(self.pending.pop().unwrap()),
                    f => f,
                };
                match res {
                    Ok(res) => {
                        self.decref(res);
                        Ok(flow)
                    }
                    Err(e) => {
                        if let Flow::Return(v) = flow {
                            self.decref(v);
                        }
                        Err(e)
                    }
                }
            }
            Err(e) => {
                // The exception is being handled while __exit__ runs.
                self.handled.push(e);
                let cls = self.type_of(e);
                self.incref(mgr);
                self.stack.push(mgr);
                self.incref(cls);
                self.stack.push(cls);
                self.incref(e);
                self.stack.push(e);
                let tb = self.exception_traceback(e);
                self.stack.push(tb);
                let res = self.call_held(exit, 4);
                let suppress = match res {
                    Ok(res) => {
                        self.stack.push(res);
                        let t = self.truthy(res);
                        let res = self.stack.pop().unwrap();
                        self.decref(res);
                        t
                    }
                    Err(e2) => Err(e2),
                };
                let e = self.handled.pop().unwrap();
                match suppress {
                    Ok(true) => {
                        self.decref(e);
                        Ok(Flow::Normal)
                    }
                    Ok(false) => Err(e),
                    Err(e2) => {
                        self.set_context(e2, e);
                        Err(e2)
                    }
                }
            }
        };
        self.pop_with();
        r
    }

    /// Drops the manager and its __exit__ that `exec_with` keeps on the stack.
    pub fn pop_with(&mut self) {
        let exit = self.stack.pop().unwrap();
        self.decref(exit);
        let mgr = self.stack.pop().unwrap();
        self.decref(mgr);
    }

    fn handle_exception(&mut self, cx: &Cx, t: &TryStmt, e: Exc) -> R<Flow> {
        for (hi, h) in t.handlers.iter().enumerate() {
            let matched = match &h.typ {
                None => true,
                Some(te) => {
                    self.pending.push(e);
                    let typ = self.eval(cx, te);
                    self.pending.pop();
                    let typ = match typ {
                        Ok(v) => v,
                        Err(e2) => {
                            self.set_context(e2, e);
                            return Err(e2);
                        }
                    };
                    let m = self.exception_matches(e, typ);
                    self.decref(typ);
                    match m {
                        Ok(m) => m,
                        Err(e2) => {
                            self.decref(e);
                            return Err(e2);
                        }
                    }
                }
            };
            if !matched {
                continue;
            }
            // The exception is now "being handled": counted on the handled stack.
            self.handled.push(e);
            return self.run_handler(cx, t, hi, false);
        }
        Err(e)
    }

    /// Handler `hi` of `t`, for the exception on top of the handled stack.
    fn run_handler(&mut self, cx: &Cx, t: &TryStmt, hi: usize, resume: bool) -> R<Flow> {
        let h = &t.handlers[hi];
        let r = if resume {
            self.resume_block(cx, &h.body)
        } else {
            self.set_line(h.line);
            let e = *self.handled.last().unwrap();
            if let Some(name) = &h.name {
                self.incref(e);
                if let Err(e2) = self.store(cx, name, e) {
                    let e = self.handled.pop().unwrap();
                    self.set_context(e2, e);
                    return Err(e2);
                }
            }
            self.exec_block(cx, &h.body)
        };
        if let Ok(Flow::Yield(v)) = r {
            self.resume_path.push(2 + hi as u32);
            return Ok(Flow::Yield(v));
        }
        // `except E as name:` ends with `name = None; del name`.
        if let Some(name) = &h.name {
            let none = self.heap.none();
            let _ = self.store(cx, name, none);
            let _ = self.delete(cx, name);
        }
        let e = self.handled.pop().unwrap();
        match r {
            Err(e2) => {
                if e2 != e {
                    self.set_context(e2, e);
                } else {
                    self.decref(e);
                }
                Err(e2)
            }
            Ok(f) => {
                self.decref(e);
                Ok(f)
            }
        }
    }

    /// Sets `__context__` of `new` to `old` (consuming the reference to
    /// `old`) unless `new` already has a context.
    pub fn set_context(&mut self, new: Exc, old: Exc) {
        if new != old {
            if let Obj::Instance(i) = self.heap.get_mut(new) {
                if let Some(st) = &mut i.exc {
                    if st.context.is_null() {
                        st.context = old;
                        return;
                    }
                }
            }
        }
        self.decref(old);
    }

    fn do_raise(&mut self, cx: &Cx, exc: Option<&Ex>, cause: Option<&Ex>) -> R<Exc> {
        let e = match exc {
            None => match self.handled.last() {
                Some(&e) => {
                    self.incref(e);
                    return Ok(e);
                }
                None => return Ok(self.new_exception(ExcKind::RuntimeError, Some("No active exception to reraise"))),
            },
            Some(x) => self.eval(cx, x)?,
        };
        let e = self.make_raisable(e)?;
        if let Some(c) = cause {
            self.stack.push(e);
            let cv = self.eval(cx, c);
            self.stack.pop();
            let cv = match cv {
                Ok(v) => v,
                Err(err) => {
                    self.decref(e);
                    return Err(err);
                }
            };
            let is_exc = match self.heap.get(cv) {
                Obj::Instance(i) => i.exc.is_some(),
                Obj::Class(c) => c.is_exception,
                _ => false,
            };
            let cv = if matches!(self.heap.get(cv), Obj::None) {
                self.decref(cv);
                ObjRef::NULL
            } else if !is_exc {
                self.decref(cv);
                self.decref(e);
                return Err(self.new_exception(ExcKind::TypeError, Some("exception causes must derive from BaseException")));
            } else {
                match self.make_raisable(cv) {
                    Ok(v) => v,
                    Err(err) => {
                        self.decref(e);
                        return Err(err);
                    }
                }
            };
            if let Obj::Instance(i) = self.heap.get_mut(e) {
                if let Some(st) = &mut i.exc {
                    let old = std::mem::replace(&mut st.cause, cv);
                    st.suppress_context = true;
                    if !old.is_null() {
                        self.decref(old);
                    }
                }
            }
        }
        if let Some(&h) = self.handled.last() {
            if h != e {
                self.incref(h);
                self.set_context(e, h);
            }
        }
        Ok(e)
    }

    // ----- display hook ----------------------------------------------------------

    /// sys.displayhook: `_ = None`, print repr, `_ = value` (consumes `v`).
    pub fn display_hook(&mut self, v: ObjRef) -> R<()> {
        if matches!(self.heap.get(v), Obj::None) {
            self.decref(v);
            return Ok(());
        }
        let us = self.names.underscore;
        let none = self.heap.none();
        let b = self.builtins;
        self.stack.push(v);
        let r = self.dict_set(b, us, none);
        self.decref(none);
        if let Err(e) = r {
            self.stack.pop();
            self.decref(v);
            return Err(e);
        }
        let s = self.repr(v);
        let v = self.stack.pop().unwrap();
        match s {
            Ok(s) => {
                if let Err(e) = self.write_out(&s).and_then(|_| self.write_out("\n")) {
                    self.decref(v);
                    return Err(e);
                }
            }
            Err(e) => {
                self.decref(v);
                return Err(e);
            }
        }
        let r = self.dict_set(b, us, v);
        self.decref(v);
        r
    }


    // ----- stores and deletes -------------------------------------------------

    /// Stores `v` (consumed) into a target.
    pub fn store(&mut self, cx: &Cx, t: &Target, v: ObjRef) -> R<()> {
        match t {
            Target::Local(i) => {
                let slot = cx.base + *i as usize;
                let old = std::mem::replace(&mut self.stack[slot], v);
                self.xdecref(old);
            }
            Target::Deref(i) => {
                let cell = self.stack[cx.base + cx.code.nlocals() + *i as usize];
                if let Obj::Cell(c) = self.heap.get_mut(cell) {
                    let old = std::mem::replace(c, v);
                    self.xdecref(old);
                }
            }
            Target::Global(i) => {
                let name = cx.code.names[*i as usize];
                let r = self.dict_set(cx.globals, name, v);
                self.decref(v);
                r?;
            }
            Target::Name(i) => {
                let name = cx.code.names[*i as usize];
                let ns = if cx.ns.is_null() { cx.globals } else { cx.ns };
                let r = if self.heap.is_sub(ns) {
                    // A namespace of a dict subclass (a metaclass's
                    // __prepare__) stores through its __setitem__, as
                    // STORE_NAME does (PyObject_SetItem); the value stays
                    // on the stack while that runs.
                    self.stack.push(v);
                    let r = self.setitem(ns, name, v);
                    self.stack.pop();
                    r
                } else {
                    self.dict_set(ns, name, v)
                };
                self.decref(v);
                r?;
            }
            Target::Attr(obj, name, p) => {
                self.stack.push(v);
                let o = self.eval(cx, obj);
                self.stack.pop();
                let o = match o {
                    Ok(o) => o,
                    Err(e) => {
                        self.decref(v);
                        return Err(e);
                    }
                };
                let name = cx.code.names[*name as usize];
                self.stack.push(v);
                self.stack.push(o);
                let r = self.setattr(o, name, v);
                self.stack.truncate(self.stack.len() - 2);
                self.decref(v);
                self.decref(o);
                r.map_err(|e| self.at(*p, e))?;
            }
            Target::Subscript(obj, idx, p) => {
                self.stack.push(v);
                let o = match self.eval(cx, obj) {
                    Ok(o) => o,
                    Err(e) => {
                        self.stack.pop();
                        self.decref(v);
                        return Err(e);
                    }
                };
                self.stack.push(o);
                let i = self.eval(cx, idx);
                self.stack.pop();
                self.stack.pop();
                let i = match i {
                    Ok(i) => i,
                    Err(e) => {
                        self.decref(o);
                        self.decref(v);
                        return Err(e);
                    }
                };
                self.stack.push(v);
                self.stack.push(o);
                self.stack.push(i);
                let r = self.setitem(o, i, v);
                self.stack.truncate(self.stack.len() - 3);
                self.decref(v);
                self.decref(o);
                self.decref(i);
                r.map_err(|e| self.at(*p, e))?;
            }
            Target::Unpack(targets, star, p) => {
                // Fast path: a tuple or list of exactly the right length.
                if star.is_none() {
                    let n = targets.len();
                    let fits = match self.heap.get(v) {
                        Obj::Tuple(t) => t.len() == n,
                        Obj::List(l) => l.items.len() == n,
                        _ => false,
                    };
                    if fits {
                        let base = self.stack.len();
                        for k in (0..n).rev() {
                            let item = match self.heap.get(v) {
                                Obj::Tuple(t) => t[k],
                                Obj::List(l) => l.items[k],
                                _ => unreachable!(),
                            };
                            self.heap.incref(item);
                            self.stack.push(item);
                        }
                        self.decref(v);
                        for t in targets.iter() {
                            let item = self.stack.pop().unwrap();
                            if let Err(e) = self.store(cx, t, item) {
                                self.unwind_to(base);
                                return Err(e);
                            }
                        }
                        return Ok(());
                    }
                }
                self.stack.push(v);
                let items = self.unpack(v, targets.len(), *star);
                let v = self.stack.pop().unwrap();
                self.decref(v);
                let items = items.map_err(|e| self.at(*p, e))?;
                // UNPACK_SEQUENCE pushes the items; stores pop them in order.
                let base = self.stack.len();
                self.stack.extend(items.iter().rev());
                for t in targets.iter() {
                    let item = self.stack.pop().unwrap();
                    if let Err(e) = self.store(cx, t, item) {
                        self.unwind_to(base);
                        return Err(e);
                    }
                }
            }
        }
        Ok(())
    }

    /// UNPACK_SEQUENCE's error for an object that cannot be iterated at all
    /// ("cannot unpack non-iterable int object"); an error raised while
    /// iterating (by `__iter__`, `__next__`) passes through as it is.
    fn unpack_error(&mut self, v: ObjRef, e: Exc) -> Exc {
        let te = self.exc_class(ExcKind::TypeError);
        if !self.is_subclass(self.type_of(e), te) {
            return e;
        }
        let tname = self.type_name(v);
        if self.exception_str(e) != format!("'{}' object is not iterable", tname) {
            return e;
        }
        let n = self.heap.intern("__iter__");
        let has_iter = self.lookup_user_attr(self.type_of(v), n).is_some();
        self.decref(n);
        if has_iter {
            return e;
        }
        self.decref(e);
        self.type_error(format!("cannot unpack non-iterable {} object", tname))
    }

    fn unpack(&mut self, v: ObjRef, n: usize, star: Option<usize>) -> R<Vec<ObjRef>> {
        let items = self.collect_items(v).map_err(|e| self.unpack_error(v, e))?;
        match star {
            None => {
                if items.len() != n {
                    let got = items.len();
                    for r in items {
                        self.decref(r);
                    }
                    let msg = if got > n {
                        format!("too many values to unpack (expected {})", n)
                    } else {
                        format!("not enough values to unpack (expected {}, got {})", n, got)
                    };
                    return Err(self.new_exception(ExcKind::ValueError, Some(&msg)));
                }
                Ok(items)
            }
            Some(si) => {
                let after = n - si - 1;
                if items.len() < n - 1 {
                    let got = items.len();
                    for r in items {
                        self.decref(r);
                    }
                    let msg = format!("not enough values to unpack (expected at least {}, got {})", n - 1, got);
                    return Err(self.new_exception(ExcKind::ValueError, Some(&msg)));
                }
                let mut items = items;
                let tail: Vec<ObjRef> = items.split_off(items.len() - after);
                let mid: Vec<ObjRef> = items.split_off(si);
                let l = self.new_list(mid);
                items.push(l);
                items.extend(tail);
                Ok(items)
            }
        }
    }

    fn delete(&mut self, cx: &Cx, t: &Target) -> R<()> {
        match t {
            Target::Local(i) => {
                let slot = cx.base + *i as usize;
                let old = std::mem::replace(&mut self.stack[slot], ObjRef::NULL);
                if old.is_null() {
                    let name = cx.code.varnames[*i as usize].clone();
                    let msg = format!("cannot access local variable '{}' where it is not associated with a value", name);
                    return Err(self.new_exception(ExcKind::UnboundLocalError, Some(&msg)));
                }
                self.decref(old);
            }
            Target::Deref(i) => {
                let cell = self.stack[cx.base + cx.code.nlocals() + *i as usize];
                let old = match self.heap.get_mut(cell) {
                    Obj::Cell(c) => std::mem::replace(c, ObjRef::NULL),
                    _ => ObjRef::NULL,
                };
                if old.is_null() {
                    let name = self.deref_name(cx.code, *i);
                    let msg = format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name);
                    return Err(self.new_exception(ExcKind::NameError, Some(&msg)));
                }
                self.decref(old);
            }
            Target::Global(i) | Target::Name(i) => {
                let name = cx.code.names[*i as usize];
                let ns = match t {
                    Target::Name(_) if !cx.ns.is_null() => cx.ns,
                    _ => cx.globals,
                };
                let found = if self.heap.is_sub(ns) {
                    match self.delitem(ns, name) {
                        Ok(()) => true,
                        Err(e) if self.is_instance_of_exc(e, ExcKind::KeyError) => {
                            self.decref(e);
                            false
                        }
                        Err(e) => return Err(e),
                    }
                } else {
                    self.dict_del(ns, name)?
                };
                if !found {
                    return Err(self.name_error(name));
                }
            }
            Target::Attr(obj, name, p) => {
                // The object stays on the stack (a counted temporary) while
                // a deleter written in Python runs.
                let o = self.eval(cx, obj)?;
                self.stack.push(o);
                let name = cx.code.names[*name as usize];
                let r = self.delattr(o, name);
                let o = self.stack.pop().unwrap();
                self.decref(o);
                r.map_err(|e| self.at(*p, e))?;
            }
            Target::Subscript(obj, idx, p) => {
                // Both stay on the stack (counted temporaries) while a
                // __delitem__ written in Python runs.
                let (o, i) = self.eval_pair(cx, obj, idx)?;
                let r = self.delitem(o, i);
                self.stack.pop();
                self.stack.pop();
                self.decref(o);
                self.decref(i);
                r.map_err(|e| self.at(*p, e))?;
            }
            Target::Unpack(ts, ..) => {
                for t in ts {
                    self.delete(cx, t)?;
                }
            }
        }
        Ok(())
    }

    fn deref_name(&self, code: &Code, i: u32) -> String {
        let i = i as usize;
        if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars.get(i - code.cellvars.len()).cloned().unwrap_or_default()
        }
    }

    fn aug_assign(&mut self, cx: &Cx, t: &Target, op: BinOp, value: &Ex, p: u32) -> R<()> {
        match t {
            Target::Attr(obj, name, p) => {
                let o = self.eval(cx, obj)?;
                self.stack.push(o);
                let name = cx.code.names[*name as usize];
                let r = (|| {
                    let cur = self.getattr(o, name).map_err(|e| self.at(*p, e))?;
                    let res = self.inplace_with(cx, cur, op, value)?;
                    let r = self.setattr(o, name, res);
                    self.decref(res);
                    r
                })();
                self.stack.pop();
                self.decref(o);
                r
            }
            Target::Subscript(obj, idx, p) => {
                let (o, i) = self.eval_pair(cx, obj, idx)?;
                let r = (|| {
                    let cur = self.getitem(o, i).map_err(|e| self.at(*p, e))?;
                    let res = self.inplace_with(cx, cur, op, value)?;
                    // On the stack (counted) while a __setitem__ in Python runs.
                    self.stack.push(res);
                    let r = self.setitem(o, i, res);
                    let res = self.stack.pop().unwrap();
                    self.decref(res);
                    r
                })();
                self.stack.pop();
                self.stack.pop();
                self.decref(i);
                self.decref(o);
                r
            }
            Target::Unpack(..) => Err(self.new_exception(ExcKind::SyntaxError, Some("illegal expression for augmented assignment"))),
            _ => {
                let cur = self.load_target(cx, t).map_err(|e| self.at(p, e))?;
                let res = self.inplace_with(cx, cur, op, value)?;
                self.store(cx, t, res)
            }
        }
    }

    /// `cur op= value`: evaluates `value`, applies the in-place operator with
    /// both operands on the stack, and releases them (consumes `cur`).
    fn inplace_with(&mut self, cx: &Cx, cur: ObjRef, op: BinOp, value: &Ex) -> R<ObjRef> {
        self.stack.push(cur);
        let v = match self.eval(cx, value) {
            Ok(v) => v,
            Err(e) => {
                let cur = self.stack.pop().unwrap();
                self.decref(cur);
                return Err(e);
            }
        };
        self.stack.push(v);
        let res = self.inplace_op(cur, op, v);
        self.stack.truncate(self.stack.len() - 2);
        self.decref(cur);
        self.decref(v);
        res
    }

    fn load_target(&mut self, cx: &Cx, t: &Target) -> R<ObjRef> {
        match t {
            Target::Local(i) => self.load_local(cx, *i),
            Target::Deref(i) => self.load_deref(cx, *i),
            Target::Global(i) => self.load_global(cx, *i),
            Target::Name(i) => self.load_name(cx, *i),
            _ => unreachable!(),
        }
    }

    // ----- expressions -----------------------------------------------------------

    #[inline]
    fn load_local(&mut self, cx: &Cx, i: u32) -> R<ObjRef> {
        let r = self.stack[cx.base + i as usize];
        if r.is_null() {
            let name = cx.code.varnames[i as usize].clone();
            let msg = format!("cannot access local variable '{}' where it is not associated with a value", name);
            return Err(self.new_exception(ExcKind::UnboundLocalError, Some(&msg)));
        }
        self.heap.incref(r);
        Ok(r)
    }

    fn load_deref(&mut self, cx: &Cx, i: u32) -> R<ObjRef> {
        let cell = self.stack[cx.base + cx.code.nlocals() + i as usize];
        let v = match self.heap.get(cell) {
            Obj::Cell(c) => *c,
            _ => ObjRef::NULL,
        };
        if v.is_null() {
            let name = self.deref_name(cx.code, i);
            let msg = if (i as usize) < cx.code.cellvars.len() {
                format!("cannot access local variable '{}' where it is not associated with a value", name)
            } else {
                format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name)
            };
            let kind = if (i as usize) < cx.code.cellvars.len() { ExcKind::UnboundLocalError } else { ExcKind::NameError };
            return Err(self.new_exception(kind, Some(&msg)));
        }
        self.heap.incref(v);
        Ok(v)
    }

    fn load_global(&mut self, cx: &Cx, i: u32) -> R<ObjRef> {
        let (gv, bv) = (self.dict_version(cx.globals), self.dict_version(self.builtins));
        let cache = &cx.code.global_cache[i as usize];
        let c = cache.get();
        if c.globals_version == gv && (!c.in_builtins || c.builtins_version == bv) {
            let d = if c.in_builtins { self.builtins } else { cx.globals };
            if let Obj::Dict(dict) = self.heap.get(d) {
                let v = dict.entries[c.index as usize].value;
                self.heap.incref(v);
                return Ok(v);
            }
        }
        let name = cx.code.names[i as usize];
        if let Some(idx) = self.dict_index_str(cx.globals, name) {
            cache.set(GlobalCache { globals_version: gv, builtins_version: bv, index: idx as u32, in_builtins: false });
            let v = self.dict_value_at(cx.globals, idx);
            self.heap.incref(v);
            return Ok(v);
        }
        if let Some(idx) = self.dict_index_str(self.builtins, name) {
            cache.set(GlobalCache { globals_version: gv, builtins_version: bv, index: idx as u32, in_builtins: true });
            let v = self.dict_value_at(self.builtins, idx);
            self.heap.incref(v);
            return Ok(v);
        }
        if let Some(v) = self.lazy_builtin(name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    fn load_name(&mut self, cx: &Cx, i: u32) -> R<ObjRef> {
        if !cx.ns.is_null() {
            let name = cx.code.names[i as usize];
            if let Some(v) = self.dict_get_str(cx.ns, name) {
                self.heap.incref(v);
                return Ok(v);
            }
        }
        self.load_global(cx, i)
    }

    /// Evaluates a condition to its truth. `and`/`or`/`not` short-circuit on
    /// truth values directly (only the truth of their result is used), and a
    /// single comparison of two machine ints or floats needs no bool object.
    pub fn eval_truth(&mut self, cx: &Cx, e: &Ex) -> R<bool> {
        match e {
            Ex::And(vs) => {
                for x in vs {
                    if !self.eval_truth(cx, x)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            Ex::Or(vs) => {
                for x in vs {
                    if self.eval_truth(cx, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Ex::Not(x) => Ok(!self.eval_truth(cx, x)?),
            Ex::Compare(first, rest, p) if rest.len() == 1 && !matches!(rest[0].0, CmpOp::In | CmpOp::NotIn) => {
                let a = self.eval(cx, first)?;
                self.stack.push(a);
                let b = match self.eval(cx, &rest[0].1) {
                    Ok(b) => b,
                    Err(e) => {
                        let a = self.stack.pop().unwrap();
                        self.decref(a);
                        return Err(e);
                    }
                };
                let op = rest[0].0;
                let fast = match (self.heap.get(a), self.heap.get(b)) {
                    (Obj::Int(x), Obj::Int(y)) => ops::cmp_values(x, y, op),
                    (Obj::Float(x), Obj::Float(y)) => ops::cmp_values(x, y, op),
                    _ => match op {
                        CmpOp::Is => Some(a == b),
                        CmpOp::IsNot => Some(a != b),
                        _ => None,
                    },
                };
                let r = match fast {
                    Some(t) => Ok(t),
                    None => {
                        self.stack.push(b);
                        let r = self.compare(a, op, b);
                        self.stack.pop();
                        match r {
                            Ok(v) => {
                                let t = self.truthy(v);
                                self.decref(v);
                                t
                            }
                            Err(e) => Err(self.at(*p, e)),
                        }
                    }
                };
                self.stack.pop();
                self.decref(a);
                self.decref(b);
                r
            }
            _ => {
                // The value waits on the stack (counted) while a __bool__
                // or __len__ of its class runs.
                let v = self.eval(cx, e)?;
                self.stack.push(v);
                let t = self.truthy(v);
                self.stack.pop();
                self.decref(v);
                t
            }
        }
    }

    /// Evaluates `e` onto the stack (as a temporary); on error nothing is pushed.
    #[inline]
    fn push_eval(&mut self, cx: &Cx, e: &Ex) -> R<()> {
        let v = self.eval(cx, e)?;
        self.stack.push(v);
        Ok(())
    }

    /// Pops and releases stack entries above `base`.
    pub fn unwind_to(&mut self, base: usize) {
        while self.stack.len() > base {
            let r = self.stack.pop().unwrap();
            self.xdecref(r);
        }
    }

    /// Evaluates an expression to a new reference. The commonest leaves are
    /// handled here, inline; everything else in `eval_node`.
    #[inline]
    pub fn eval(&mut self, cx: &Cx, e: &Ex) -> R<ObjRef> {
        match e {
            Ex::Local(i, p) => {
                let r = self.stack[cx.base + *i as usize];
                if r.is_null() {
                    return self.load_local(cx, *i).map_err(|e| self.at(*p, e));
                }
                self.heap.incref(r);
                Ok(r)
            }
            Ex::Const(i) => {
                let r = cx.code.consts[*i as usize];
                self.heap.incref(r);
                Ok(r)
            }
            Ex::Global(i, p) => self.load_global(cx, *i).map_err(|e| self.at(*p, e)),
            _ => self.eval_node(cx, e),
        }
    }

    #[inline(never)]
    fn eval_node(&mut self, cx: &Cx, e: &Ex) -> R<ObjRef> {
        match e {
            Ex::Const(i) => {
                let r = cx.code.consts[*i as usize];
                self.heap.incref(r);
                Ok(r)
            }
            Ex::Local(i, p) => self.load_local(cx, *i).map_err(|e| self.at(*p, e)),
            Ex::TakeLocal(i) => {
                let r = std::mem::replace(&mut self.stack[cx.base + *i as usize], ObjRef::NULL);
                if r.is_null() {
                    return Err(self.new_exception(ExcKind::RuntimeError, Some("internal error: hoisted value read twice")));
                }
                Ok(r)
            }
            Ex::Deref(i, p) => self.load_deref(cx, *i).map_err(|e| self.at(*p, e)),
            Ex::Global(i, p) => self.load_global(cx, *i).map_err(|e| self.at(*p, e)),
            Ex::Name(i, p) => self.load_name(cx, *i).map_err(|e| self.at(*p, e)),
            Ex::Attr(obj, name, p) => self.eval_attr(cx, obj, name).map_err(|e| self.at(*p, e)),
            Ex::Subscript(obj, idx, p) => self.eval_subscript(cx, obj, idx).map_err(|e| self.at(*p, e)),
            Ex::Slice(l, u, s) => {
                let base = self.stack.len();
                for part in [l, u, s] {
                    let v = match part {
                        Some(x) => self.eval(cx, x),
                        None => Ok(self.heap.none()),
                    };
                    match v {
                        Ok(v) => self.stack.push(v),
                        Err(e) => {
                            self.unwind_to(base);
                            return Err(e);
                        }
                    }
                }
                let parts: Vec<ObjRef> = self.stack.drain(base..).collect();
                Ok(self.alloc(Obj::Slice(Box::new([parts[0], parts[1], parts[2]]))))
            }
            Ex::BinOp(l, op, r, p) => self.eval_binop(cx, l, op, r).map_err(|e| self.at(*p, e)),
            Ex::Neg(x, p) | Ex::Pos(x, p) | Ex::Invert(x, p) => {
                let v = self.eval(cx, x)?;
                self.stack.push(v);
                let r = match e {
                    Ex::Neg(..) => self.unary_neg(v),
                    Ex::Pos(..) => self.unary_pos(v),
                    _ => self.unary_invert(v),
                };
                self.stack.pop();
                self.decref(v);
                r.map_err(|e| self.at(*p, e))
            }
            Ex::Not(x) => {
                let t = self.eval_truth(cx, x)?;
                Ok(self.heap.bool(!t))
            }
            Ex::And(vs) | Ex::Or(vs) => {
                let is_and = matches!(e, Ex::And(_));
                let n = vs.len();
                for (k, x) in vs.iter().enumerate() {
                    let v = self.eval(cx, x)?;
                    if k + 1 == n {
                        return Ok(v);
                    }
                    self.stack.push(v);
                    let t = self.truthy(v);
                    let v = self.stack.pop().unwrap();
                    let t = match t {
                        Ok(t) => t,
                        Err(e) => {
                            self.decref(v);
                            return Err(e);
                        }
                    };
                    if t != is_and {
                        return Ok(v);
                    }
                    self.decref(v);
                }
                unreachable!()
            }
            Ex::Compare(first, rest, p) => self.eval_compare(cx, first, rest).map_err(|e| self.at(*p, e)),
            Ex::IfExp(t, b, o) => {
                if self.eval_truth(cx, t)? {
                    self.eval(cx, b)
                } else {
                    self.eval(cx, o)
                }
            }
            Ex::Call(c) => self.eval_call(cx, c).map_err(|e| self.at(c.pos, e)),
            Ex::CallMethod(c) => self.eval_call_method(cx, c).map_err(|e| self.at(c.pos, e)),
            Ex::List(items) => {
                let base = self.stack.len();
                self.push_items(cx, items)?;
                Ok(self.new_list_from_stack(base))
            }
            Ex::ListFromConst(i) => {
                let t = cx.code.consts[*i as usize];
                let l = self.new_list(vec![]);
                if let Err(e) = self.list_extend(l, t) {
                    self.decref(l);
                    return Err(e);
                }
                Ok(l)
            }
            Ex::Tuple(items) => {
                let base = self.stack.len();
                self.push_items(cx, items)?;
                Ok(self.new_tuple_from_stack(base))
            }
            Ex::Set(items) => {
                let base = self.stack.len();
                self.push_items(cx, items)?;
                let v: Vec<ObjRef> = self.stack.drain(base..).collect();
                self.new_set_from(v)
            }
            Ex::Dict(items) => self.eval_dict(cx, items),
            Ex::MakeFunction(mf) => self.make_function(cx, mf),
            Ex::MakeClass(mc) => self.make_class(cx, mc),
            Ex::Comprehension(mf, iter, genexp, p) => {
                let it = self.eval(cx, iter)?;
                let iter = self.iter_of_owned(it)?;
                self.stack.push(iter);
                let f = match self.make_function(cx, mf) {
                    Ok(f) => f,
                    Err(e) => {
                        let i = self.stack.pop().unwrap();
                        self.decref(i);
                        return Err(e);
                    }
                };
                // CALL: the function under its argument
                let iter = self.stack.pop().unwrap();
                self.stack.push(f);
                self.stack.push(iter);
                let r = self.call(f, 1, &[]);
                let f = self.stack.pop().unwrap();
                self.decref(f);
                // A generator expression runs eagerly here; CPython raises
                // from inside it while the consumer iterates, so the
                // consumer's position is the one to show.
                // A generator expression's call makes the generator.
                let r = if *genexp { r? } else { r.map_err(|e| self.at(*p, e))? };
                Ok(r)
            }
            Ex::FString(parts) => {
                let s = self.eval_fparts(cx, parts)?;
                Ok(self.heap.str(&s))
            }
            Ex::Named(t, v) => {
                let v = self.eval(cx, v)?;
                self.incref(v);
                self.stack.push(v);
                let r = self.store(cx, t, v);
                let v = self.stack.pop().unwrap();
                match r {
                    Ok(()) => Ok(v),
                    Err(e) => {
                        self.decref(v);
                        Err(e)
                    }
                }
            }
        }
    }

    #[inline(never)]
    fn eval_binop(&mut self, cx: &Cx, l: &Ex, op: &BinOp, r: &Ex) -> R<ObjRef> {
        let a = self.eval(cx, l)?;
        self.stack.push(a);
        let b = match self.eval(cx, r) {
            Ok(b) => b,
            Err(e) => {
                let a = self.stack.pop().unwrap();
                self.decref(a);
                return Err(e);
            }
        };
        // Both operands stay on the stack while the operation runs.
        self.stack.push(b);
        let res = self.binary_op(a, *op, b);
        self.stack.truncate(self.stack.len() - 2);
        self.decref(a);
        self.decref(b);
        res
    }

    #[inline(never)]
    fn eval_compare(&mut self, cx: &Cx, first: &Ex, rest: &[(CmpOp, Ex)]) -> R<ObjRef> {
        let mut left = self.eval(cx, first)?;
        let n = rest.len();
        for (k, (op, x)) in rest.iter().enumerate() {
            self.stack.push(left);
            let right = self.eval(cx, x);
            left = self.stack.pop().unwrap();
            let right = match right {
                Ok(r) => r,
                Err(e) => {
                    self.decref(left);
                    return Err(e);
                }
            };
            self.stack.push(left);
            self.stack.push(right);
            let res = self.compare(left, *op, right);
            self.stack.pop();
            self.stack.pop();
            self.decref(left);
            let res = match res {
                Ok(r) => r,
                Err(e) => {
                    self.decref(right);
                    return Err(e);
                }
            };
            if k + 1 == n {
                self.decref(right);
                return Ok(res);
            }
            self.stack.push(right);
            let t = self.truthy(res);
            self.stack.pop();
            match t {
                Ok(true) => self.decref(res),
                Ok(false) => {
                    self.decref(right);
                    return Ok(res);
                }
                Err(e) => {
                    self.decref(res);
                    self.decref(right);
                    return Err(e);
                }
            }
            left = right;
        }
        unreachable!()
    }

    #[inline(never)]
    fn eval_attr(&mut self, cx: &Cx, obj: &Ex, name: &u32) -> R<ObjRef> {
        let o = self.eval(cx, obj)?;
        self.stack.push(o);
        let name = cx.code.names[*name as usize];
        let r = self.getattr(o, name).map_err(|e| self.attr_error_context(e, o, name));
        self.stack.pop();
        self.decref(o);
        r
    }

    /// Evaluates two expressions left to right onto the stack, where they
    /// stay (as counted temporaries) until the caller pops them.
    fn eval_pair(&mut self, cx: &Cx, a: &Ex, b: &Ex) -> R<(ObjRef, ObjRef)> {
        let x = self.eval(cx, a)?;
        self.stack.push(x);
        match self.eval(cx, b) {
            Ok(y) => {
                self.stack.push(y);
                Ok((x, y))
            }
            Err(e) => {
                self.stack.pop();
                self.decref(x);
                Err(e)
            }
        }
    }

    #[inline(never)]
    fn eval_subscript(&mut self, cx: &Cx, obj: &Ex, idx: &Ex) -> R<ObjRef> {
        let (o, i) = self.eval_pair(cx, obj, idx)?;
        let r = self.getitem(o, i);
        self.stack.truncate(self.stack.len() - 2);
        self.decref(o);
        self.decref(i);
        r
    }

    fn eval_fparts(&mut self, cx: &Cx, parts: &[FPart]) -> R<String> {
        let mut s = String::new();
        for p in parts {
            match p {
                FPart::Lit(i) => {
                    let r = cx.code.consts[*i as usize];
                    s.push_str(self.heap.as_str(r).unwrap_or(""));
                }
                FPart::Value { ex, conv, spec } => {
                    let v = self.eval(cx, ex)?;
                    self.stack.push(v);
                    let r = (|| {
                        let spec_s = match spec {
                            Some(sp) => self.eval_fparts(cx, sp)?,
                            None => String::new(),
                        };
                        match conv {
                            Some('r') => {
                                let t = self.repr(v)?;
                                self.format_str_spec(&t, &spec_s)
                            }
                            Some('s') => {
                                let t = self.str_of(v)?;
                                self.format_str_spec(&t, &spec_s)
                            }
                            Some('a') => {
                                let t = self.repr(v)?;
                                let t = repr::ascii_escape(&t);
                                self.format_str_spec(&t, &spec_s)
                            }
                            _ => self.format_value(v, &spec_s),
                        }
                    })();
                    let v = self.stack.pop().unwrap();
                    self.decref(v);
                    s.push_str(&r?);
                }
            }
        }
        Ok(s)
    }

    fn push_items(&mut self, cx: &Cx, items: &[Arg]) -> R<()> {
        let base = self.stack.len();
        for a in items {
            let v = match self.eval(cx, &a.value) {
                Ok(v) => v,
                Err(e) => {
                    self.unwind_to(base);
                    return Err(e);
                }
            };
            if a.star {
                let r = self.holding(v, "starred iterable being unpacked", |it| it.collect_items(v));
                self.decref(v);
                match r {
                    Ok(items) => self.stack.extend(items),
                    Err(e) => {
                        self.unwind_to(base);
                        return Err(e);
                    }
                }
            } else {
                self.stack.push(v);
            }
        }
        Ok(())
    }

    fn eval_dict(&mut self, cx: &Cx, items: &[(Option<Ex>, Ex)]) -> R<ObjRef> {
        let base = self.stack.len();
        let simple = items.iter().all(|(k, _)| k.is_some());
        for (k, v) in items {
            if let Some(k) = k {
                if let Err(e) = self.push_eval(cx, k) {
                    self.unwind_to(base);
                    return Err(e);
                }
            }
            if let Err(e) = self.push_eval(cx, v) {
                self.unwind_to(base);
                return Err(e);
            }
        }
        let vals: Vec<ObjRef> = self.stack[base..].to_vec();
        let d = if simple {
            // CPython's compiler builds a display of more than 16 items in
            // chunks (STACK_USE_GUIDELINE): a presized dict of the first 17,
            // then DICT_UPDATE with each further chunk, which never resizes
            // up front, so inserting the rest one by one sizes the same.
            let first = items.len().min(17);
            let unicode = vals[..2 * first].chunks(2).all(|kv| matches!(self.heap.get(kv[0]), Obj::Str(_)));
            let d = self.alloc(Obj::Dict(Box::new(Dict::presized(first, unicode))));
            self.heap.dict_sync_keys(d);
            d
        } else {
            self.new_dict()
        };
        self.stack.push(d);
        let mut i = 0;
        let mut result = Ok(());
        for (k, _) in items {
            if k.is_some() {
                let (kk, vv) = (vals[i], vals[i + 1]);
                i += 2;
                if let Err(e) = self.dict_set(d, kk, vv) {
                    result = Err(e);
                    break;
                }
            } else {
                let m = vals[i];
                i += 1;
                if let Err(e) = self.dict_update(d, m) {
                    result = Err(e);
                    break;
                }
            }
        }
        let d = self.stack.pop().unwrap();
        self.unwind_to(base);
        match result {
            Ok(()) => Ok(d),
            Err(e) => {
                self.decref(d);
                Err(e)
            }
        }
    }

    // ----- calls ------------------------------------------------------------

    /// Pushes positional and keyword arguments; returns (nargs, kwnames (owned)).
    fn push_call_args(&mut self, cx: &Cx, args: &[Arg], kwargs: &[KwArg], simple: bool) -> R<(usize, Vec<ObjRef>)> {
        let base = self.stack.len();
        if simple {
            for a in args {
                if let Err(e) = self.push_eval(cx, &a.value) {
                    self.unwind_to(base);
                    return Err(e);
                }
            }
            let nargs = args.len();
            let mut names = Vec::with_capacity(kwargs.len());
            for k in kwargs {
                if let Err(e) = self.push_eval(cx, &k.value) {
                    self.unwind_to(base);
                    for n in names {
                        self.decref(n);
                    }
                    return Err(e);
                }
                let n = cx.code.names[k.name.unwrap() as usize];
                self.incref(n);
                names.push(n);
            }
            return Ok((nargs, names));
        }
        self.push_items(cx, args)?;
        let nargs = self.stack.len() - base;
        let mut names: Vec<ObjRef> = Vec::new();
        let fail = |it: &mut Interp, names: Vec<ObjRef>, e: Exc| -> R<(usize, Vec<ObjRef>)> {
            it.unwind_to(base);
            for n in names {
                it.decref(n);
            }
            Err(e)
        };
        for k in kwargs {
            match k.name {
                Some(n) => {
                    let name = cx.code.names[n as usize];
                    if names.contains(&name) {
                        let s = self.heap.as_str(name).unwrap_or("").to_string();
                        let e = self.new_exception(ExcKind::TypeError, Some(&format!("keyword argument repeated: {}", s)));
                        return fail(self, names, e);
                    }
                    match self.eval(cx, &k.value) {
                        Ok(v) => self.stack.push(v),
                        Err(e) => return fail(self, names, e),
                    }
                    self.incref(name);
                    names.push(name);
                }
                None => {
                    let m = match self.eval(cx, &k.value) {
                        Ok(v) => v,
                        Err(e) => return fail(self, names, e),
                    };
                    let entries: Vec<(ObjRef, ObjRef)> = match self.heap.get(m) {
                        Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                        _ => {
                            let tn = self.type_name(m);
                            self.decref(m);
                            let e = self.new_exception(ExcKind::TypeError, Some(&format!("argument after ** must be a mapping, not {}", tn)));
                            return fail(self, names, e);
                        }
                    };
                    for (key, val) in entries {
                        if self.heap.as_str(key).is_none() {
                            self.decref(m);
                            let e = self.new_exception(ExcKind::TypeError, Some("keywords must be strings"));
                            return fail(self, names, e);
                        }
                        if names.iter().any(|&n| self.str_eq(n, key)) {
                            let s = self.heap.as_str(key).unwrap_or("").to_string();
                            self.decref(m);
                            let e = self.new_exception(ExcKind::TypeError, Some(&format!("got multiple values for keyword argument '{}'", s)));
                            return fail(self, names, e);
                        }
                        self.incref(val);
                        self.stack.push(val);
                        self.incref(key);
                        names.push(key);
                    }
                    self.decref(m);
                }
            }
        }
        Ok((nargs, names))
    }

    fn eval_call(&mut self, cx: &Cx, c: &Call) -> R<ObjRef> {
        let f = self.eval(cx, &c.func)?;
        self.stack.push(f);
        let (nargs, names) = match self.push_call_args(cx, &c.args, &c.kwargs, c.simple) {
            Ok(x) => x,
            Err(e) => {
                let f = self.stack.pop().unwrap();
                self.decref(f);
                return Err(e);
            }
        };
        let mark = self.hold(&names, "keyword names of a call");
        let r = self.call(f, nargs, &names);
        self.unhold(mark);
        for n in names {
            self.decref(n);
        }
        let f = self.stack.pop().unwrap();
        self.decref(f);
        r
    }

    fn eval_call_method(&mut self, cx: &Cx, c: &CallMethod) -> R<ObjRef> {
        let o = self.eval(cx, &c.obj)?;
        let name = cx.code.names[c.name as usize];
        // LOAD_METHOD: a plain function found on the class is called with the
        // object as its first argument, with no bound method made.
        if let Some(func) = self.method_lookup(o, name) {
            self.stack.push(func);
            self.stack.push(o);
            let (nargs, names) = match self.push_call_args(cx, &c.args, &c.kwargs, c.simple) {
                Ok(x) => x,
                Err(e) => {
                    let o = self.stack.pop().unwrap();
                    self.decref(o);
                    let f = self.stack.pop().unwrap();
                    self.decref(f);
                    return Err(e);
                }
            };
            let mark = self.hold(&names, "keyword names of a call");
            let r = self.call(func, nargs + 1, &names);
            self.unhold(mark);
            for n in names {
                self.decref(n);
            }
            let f = self.stack.pop().unwrap();
            self.decref(f);
            return r;
        }
        // Built-in types' methods are called directly with the object as `self`
        // (unless a subclass's `__getattribute__` must see the name first).
        let hooked = self.sub_class(o).is_some_and(|c| self.has_getattribute(c));
        let mid = match builtins::method_type(self, o).filter(|_| !hooked) {
            Some(t) => {
                let tag = (t as u32 + 1) << 16;
                let c0 = c.cache.get();
                if c0 & 0xffff_0000 == tag {
                    Some((c0 & 0xffff) as u16)
                } else {
                    let m = builtins::find_method(self, o, name);
                    if let Some(id) = m {
                        c.cache.set(tag | id as u32);
                    }
                    m
                }
            }
            None => None,
        };
        if let Some(mid) = mid {
            self.stack.push(o);
            let (nargs, names) = match self.push_call_args(cx, &c.args, &c.kwargs, c.simple) {
                Ok(x) => x,
                Err(e) => {
                    let o = self.stack.pop().unwrap();
                    self.decref(o);
                    return Err(e);
                }
            };
            let mark = self.hold(&names, "keyword names of a call");
            let r = self.call_builtin(mid, o, nargs, &names);
            self.unhold(mark);
            for n in names {
                self.decref(n);
            }
            let o = self.stack.pop().unwrap();
            self.decref(o);
            return r;
        }
        // Anything else: get the attribute, then call it (Python code may
        // run meanwhile: a property, `__getattr__`, a module member made on
        // first use).
        let f = self.holding(o, "object whose attribute is called", |it| it.getattr(o, name).map_err(|e| it.attr_error_context(e, o, name)));
        self.decref(o);
        let f = f.map_err(|e| self.at(c.attr_pos, e))?;
        self.stack.push(f);
        let (nargs, names) = match self.push_call_args(cx, &c.args, &c.kwargs, c.simple) {
            Ok(x) => x,
            Err(e) => {
                let f = self.stack.pop().unwrap();
                self.decref(f);
                return Err(e);
            }
        };
        let mark = self.hold(&names, "keyword names of a call");
        let r = self.call(f, nargs, &names);
        self.unhold(mark);
        for n in names {
            self.decref(n);
        }
        let f = self.stack.pop().unwrap();
        self.decref(f);
        r
    }

    /// Calls `f` with the top `nargs + kwnames.len()` stack entries as its
    /// arguments (positional first, then keyword values). The arguments are
    /// consumed: moved into a Python frame, or released after a builtin runs.
    /// `f` itself is borrowed.
    pub fn call(&mut self, f: ObjRef, nargs: usize, kwnames: &[ObjRef]) -> R<ObjRef> {
        match self.heap.get(f) {
            Obj::Function(_) => self.call_function(f, nargs, kwnames),
            Obj::BuiltinFunction { id, bound } => {
                let (id, bound) = (*id, *bound);
                self.call_builtin(id, bound, nargs, kwnames)
            }
            Obj::Method { func, self_ } => {
                let (func, self_) = (*func, *self_);
                // The function goes under self, and self under the arguments.
                let at = self.stack.len() - nargs - kwnames.len();
                self.incref(func);
                self.stack.insert(at, func);
                self.incref(self_);
                self.stack.insert(at + 1, self_);
                let r = self.call(func, nargs + 1, kwnames);
                let func = self.stack.pop().unwrap();
                self.decref(func);
                r
            }
            Obj::Class(_) => self.call_class(f, nargs, kwnames),
            Obj::Instance(_) => {
                let name = self.heap.intern("__call__");
                let m = self.method_lookup(f, name);
                self.decref(name);
                match m {
                    Some(func) => {
                        let at = self.stack.len() - nargs - kwnames.len();
                        self.stack.insert(at, func);
                        self.incref(f);
                        self.stack.insert(at + 1, f);
                        let r = self.call(func, nargs + 1, kwnames);
                        let func = self.stack.pop().unwrap();
                        self.decref(func);
                        r
                    }
                    None => {
                        let n = nargs + kwnames.len();
                        self.drop_args(n);
                        let tn = self.type_name(f);
                        Err(self.new_exception(ExcKind::TypeError, Some(&format!("'{}' object is not callable", tn))))
                    }
                }
            }
            Obj::StaticMethod(inner) => {
                let inner = *inner;
                self.call(inner, nargs, kwnames)
            }
            Obj::WeakRef(_) => self.call_weakref(f, nargs, kwnames),
            Obj::Super { class, obj } => {
                let _ = (class, obj);
                let n = nargs + kwnames.len();
                self.drop_args(n);
                Err(self.type_error("'super' object is not callable".into()))
            }
            _ => {
                let n = nargs + kwnames.len();
                self.drop_args(n);
                let tn = self.type_name(f);
                Err(self.new_exception(ExcKind::TypeError, Some(&format!("'{}' object is not callable", tn))))
            }
        }
    }

    pub fn drop_args(&mut self, n: usize) {
        let base = self.stack.len() - n;
        self.unwind_to(base);
    }

    /// Calls a builtin: arguments are borrowed from the stack while it runs,
    /// then released.
    pub fn call_builtin(&mut self, id: u16, this: ObjRef, nargs: usize, kwnames: &[ObjRef]) -> R<ObjRef> {
        let total = nargs + kwnames.len();
        let base = self.stack.len() - total;
        let args: smallvec_args::Args = smallvec_args::Args::from_slice(&self.stack[base..base + nargs]);
        let r = if kwnames.is_empty() {
            builtins::dispatch(self, id, this, args.as_slice(), &[])
        } else {
            let kw: Vec<(ObjRef, ObjRef)> = kwnames.iter().enumerate().map(|(i, &n)| (n, self.stack[base + nargs + i])).collect();
            builtins::dispatch(self, id, this, args.as_slice(), &kw)
        };
        // Arguments are released first to last, as CPython's CALL does.
        for i in base..base + total {
            let a = self.stack[i];
            self.decref(a);
        }
        self.stack.truncate(base);
        // What the builtin grew in Rust (a split's item array) meets the budget here.
        if let Ok(v) = r {
            if let Err(e) = self.check_memory() {
                self.decref(v);
                return Err(e);
            }
        }
        r
    }

    /// Calls a Python function: binds the arguments on the stack into its frame.
    pub fn call_function(&mut self, f: ObjRef, nargs: usize, kwnames: &[ObjRef]) -> R<ObjRef> {
        let (code, globals, defaults, closure, kwdefaults, code_obj) = match self.heap.get(f) {
            Obj::Function(func) => {
                let code = match self.heap.get(func.code) {
                    Obj::Code(c) => c.clone(),
                    _ => unreachable!(),
                };
                (code, func.globals, func.defaults, func.closure, func.kwdefaults, func.code)
            }
            _ => unreachable!(),
        };
        let base = self.stack.len() - nargs - kwnames.len();
        if kwnames.is_empty() && !code.has_varargs && !code.has_varkw && code.kwonlyargcount == 0 && nargs == code.argcount as usize {
            // fast path: exactly the positional parameters
        } else if let Err(e) = self.bind_args(f, &code, base, nargs, kwnames, defaults, kwdefaults) {
            return Err(e);
        }
        if self.frames.len() >= self.recursion_limit {
            self.unwind_to(base);
            return Err(self.new_exception(ExcKind::RecursionError, Some("maximum recursion depth exceeded")));
        }
        // Ctrl-C is noticed at calls as well as at loop iterations.
        // (A flag may be stale - objects since freed - and then the call goes on.)
        if self.interrupt.load(std::sync::atomic::Ordering::Relaxed) || super::budget::over() {
            if let Err(e) = self.check_interrupt() {
                self.unwind_to(base);
                return Err(e);
            }
        }
        // Locals, then cells, then the closure's cells.
        let nparams = code.total_params();
        let nlocals = code.nlocals();
        self.stack.resize(base + nlocals, ObjRef::NULL);
        debug_assert!(nparams <= nlocals);
        for (i, cp) in code.cell_params.iter().enumerate() {
            let _ = i;
            let content = match cp {
                Some(p) => std::mem::replace(&mut self.stack[base + *p as usize], ObjRef::NULL),
                None => ObjRef::NULL,
            };
            let cell = self.alloc(Obj::Cell(content));
            self.stack.push(cell);
        }
        if !closure.is_null() {
            let cells: Vec<ObjRef> = match self.heap.get(closure) {
                Obj::Tuple(t) => t.to_vec(),
                _ => vec![],
            };
            for c in cells {
                self.incref(c);
                self.stack.push(c);
            }
        }
        if code.generator {
            return Ok(self.make_generator(f, &code, code_obj, base));
        }
        let r = self.run_frame(code, code_obj, base, globals, ObjRef::NULL);
        r
    }

    /// Runs a prepared frame whose slots start at `base`; releases the slots
    /// (or hands them to the frame object a traceback holds).
    pub fn run_frame(&mut self, code: Rc<Code>, code_obj: ObjRef, base: usize, globals: ObjRef, ns: ObjRef) -> R<ObjRef> {
        self.frames.push(Frame { code: code.clone(), base, globals, ns, line: code.firstlineno, frame_obj: ObjRef::NULL, code_obj, err_pos: NO_POS });
        self.trace_frames_changed();
        if self.hooks {
            self.frame_hook(&code, true);
        }
        let cx = Cx { code: &code, base, globals, ns };
        let r = self.exec_block(&cx, &code.body);
        let frame = self.frames.pop().unwrap();
        self.trace_frames_changed();
        self.finish_frame(&frame, r, base, base + code.frame_size())
    }

    /// A frame's body ended with `r`: its slots are released (the return
    /// value kept above them meanwhile), and the result handed back.
    pub(crate) fn finish_frame(&mut self, frame: &Frame, r: R<Flow>, base: usize, end: usize) -> R<ObjRef> {
        let result = match r {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(self.heap.none()),
            Err(e) => Err(e),
        };
        if let Ok(v) = result {
            self.stack.push(v);
        }
        self.release_frame(frame, base, end);
        if self.hooks {
            let code = frame.code.clone();
            self.frame_hook(&code, false);
        }
        match result {
            Ok(_) => {
                let v = self.stack.pop().unwrap();
                self.stack.truncate(base);
                Ok(v)
            }
            Err(e) => {
                self.stack.truncate(base);
                Err(e)
            }
        }
    }

    pub(crate) fn release_frame(&mut self, frame: &Frame, base: usize, end: usize) {
        let fo = frame.frame_obj;
        if !fo.is_null() && self.heap.rc(fo) > 1 {
            // A traceback holds this frame: its locals move into the frame object.
            let locals: Vec<ObjRef> = self.stack[base..end].iter().map(|r| *r).collect();
            for s in &mut self.stack[base..end] {
                *s = ObjRef::NULL;
            }
            // Its f_back is now its caller's frame object (3.11).
            let back = match self.frames.len() {
                0 => ObjRef::NULL,
                n => self.frame_object(n - 1),
            };
            if let Obj::Frame(f) = self.heap.get_mut(fo) {
                f.locals = locals;
                f.running = false;
                f.line = frame.line;
                f.back = back;
            }
            self.decref(fo);
            return;
        }
        for i in base..end {
            let r = std::mem::replace(&mut self.stack[i], ObjRef::NULL);
            self.xdecref(r);
        }
        self.xdecref(fo);
    }

    /// Binds arguments (positional, keywords, defaults, *args, **kwargs) into
    /// parameter slots starting at `base`, leaving exactly `total_params` slots.
    #[allow(clippy::too_many_arguments)]
    fn bind_args(&mut self, f: ObjRef, code: &Code, base: usize, nargs: usize, kwnames: &[ObjRef], defaults: ObjRef, kwdefaults: ObjRef) -> R<()> {
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let nparams = code.total_params();
        let all: Vec<ObjRef> = self.stack.drain(base..).collect();
        let (pos, kwvals) = all.split_at(nargs);
        let mut slots = vec![ObjRef::NULL; nparams];
        // the function's __qualname__ (assignable), as CPython's messages use
        let fname = match self.heap.get(f) {
            Obj::Function(fo) => fo.qualname.clone(),
            _ => code.qualname.clone(),
        };
        let mut fail = |it: &mut Interp, slots: Vec<ObjRef>, rest: Vec<ObjRef>, msg: String| -> R<()> {
            for r in slots.into_iter().chain(rest) {
                it.xdecref(r);
            }
            Err(it.new_exception(ExcKind::TypeError, Some(&msg)))
        };
        let _ = &mut fail;
        let mut extra_pos = Vec::new();
        for (i, &a) in pos.iter().enumerate() {
            if i < argcount {
                slots[i] = a;
            } else {
                extra_pos.push(a);
            }
        }
        if !extra_pos.is_empty() && !code.has_varargs {
            let ndef = match (defaults.is_null(), self.heap.get(if defaults.is_null() { NONE } else { defaults })) {
                (false, Obj::Tuple(t)) => t.len(),
                _ => 0,
            };
            let given = nargs;
            let msg = if ndef > 0 {
                format!("{}() takes from {} to {} positional arguments but {} were given", fname, argcount - ndef, argcount, given)
            } else {
                format!("{}() takes {} positional argument{} but {} {} given", fname, argcount, if argcount == 1 { "" } else { "s" }, given, if given == 1 { "was" } else { "were" })
            };
            let rest: Vec<ObjRef> = extra_pos.into_iter().chain(kwvals.iter().copied()).collect();
            return fail(self, slots, rest, msg);
        }
        let mut kwdict = Vec::new();
        for (i, &name) in kwnames.iter().enumerate() {
            let v = kwvals[i];
            let pname = self.heap.as_str(name).unwrap_or("").to_string();
            let idx = code.varnames[..argcount + kwonly].iter().position(|n| *n == pname);
            match idx {
                Some(j) if j >= code.posonlyargcount as usize => {
                    if !slots[j].is_null() {
                        let msg = format!("{}() got multiple values for argument '{}'", fname, pname);
                        let rest: Vec<ObjRef> = extra_pos.into_iter().chain(kwvals[i..].iter().copied()).chain(kwdict.iter().map(|&(_, v)| v)).collect();
                        return fail(self, slots, rest, msg);
                    }
                    slots[j] = v;
                }
                _ => {
                    if code.has_varkw {
                        kwdict.push((name, v));
                    } else {
                        let msg = format!("{}() got an unexpected keyword argument '{}'", fname, pname);
                        let rest: Vec<ObjRef> = extra_pos.into_iter().chain(kwvals[i..].iter().copied()).collect();
                        return fail(self, slots, rest, msg);
                    }
                }
            }
        }
        // Defaults for missing positional parameters.
        let defs: Vec<ObjRef> = if defaults.is_null() {
            vec![]
        } else {
            match self.heap.get(defaults) {
                Obj::Tuple(t) => t.to_vec(),
                _ => vec![],
            }
        };
        let first_default = argcount - defs.len();
        let mut missing = Vec::new();
        for i in 0..argcount {
            if slots[i].is_null() {
                if i >= first_default {
                    let d = defs[i - first_default];
                    self.incref(d);
                    slots[i] = d;
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            let msg = format!("{}() missing {} required positional argument{}: {}", fname, missing.len(), if missing.len() == 1 { "" } else { "s" }, join_names(&missing));
            let rest: Vec<ObjRef> = extra_pos.into_iter().chain(kwdict.iter().map(|&(_, v)| v)).collect();
            return fail(self, slots, rest, msg);
        }
        for i in argcount..argcount + kwonly {
            if slots[i].is_null() {
                let pname = code.varnames[i].clone();
                let d = if kwdefaults.is_null() {
                    None
                } else {
                    let key = self.heap.intern(&pname);
                    let v = self.dict_get_str(kwdefaults, key);
                    self.decref(key);
                    v
                };
                match d {
                    Some(d) => {
                        self.incref(d);
                        slots[i] = d;
                    }
                    None => missing.push(pname),
                }
            }
        }
        if !missing.is_empty() {
            let msg = format!("{}() missing {} required keyword-only argument{}: {}", fname, missing.len(), if missing.len() == 1 { "" } else { "s" }, join_names(&missing));
            let rest: Vec<ObjRef> = extra_pos.into_iter().chain(kwdict.iter().map(|&(_, v)| v)).collect();
            return fail(self, slots, rest, msg);
        }
        let mut k = argcount + kwonly;
        if code.has_varargs {
            slots[k] = self.new_tuple(extra_pos);
            k += 1;
        }
        if code.has_varkw {
            let d = self.new_dict();
            for (name, v) in kwdict {
                let _ = self.dict_set(d, name, v);
                self.decref(v);
            }
            slots[k] = d;
        }
        let _ = f;
        self.stack.extend(slots);
        Ok(())
    }

    // ----- functions and classes ---------------------------------------------

    fn make_function(&mut self, cx: &Cx, mf: &MakeFunction) -> R<ObjRef> {
        let base = self.stack.len();
        for d in &mf.decorators {
            if let Err(e) = self.push_eval(cx, d) {
                self.unwind_to(base);
                return Err(e);
            }
        }
        let ndec = mf.decorators.len();
        let mut defaults = ObjRef::NULL;
        if !mf.defaults.is_empty() {
            let b2 = self.stack.len();
            for d in &mf.defaults {
                if let Err(e) = self.push_eval(cx, d) {
                    self.unwind_to(base);
                    return Err(e);
                }
            }
            let v: Vec<ObjRef> = self.stack.drain(b2..).collect();
            defaults = self.new_tuple(v);
            self.stack.push(defaults);
        }
        let mut kwdefaults = ObjRef::NULL;
        if !mf.kwdefaults.is_empty() {
            let d = self.new_dict();
            self.stack.push(d);
            for (name, ex) in &mf.kwdefaults {
                match self.eval(cx, ex) {
                    Ok(v) => {
                        let n = cx.code.names[*name as usize];
                        let _ = self.dict_set(d, n, v);
                        self.decref(v);
                    }
                    Err(e) => {
                        self.unwind_to(base);
                        return Err(e);
                    }
                }
            }
            kwdefaults = d;
        }
        let mut closure = ObjRef::NULL;
        if !mf.closure.is_empty() {
            let cells: Vec<ObjRef> = mf
                .closure
                .iter()
                .map(|&i| {
                    let c = self.stack[cx.base + cx.code.nlocals() + i as usize];
                    self.heap.incref(c);
                    c
                })
                .collect();
            closure = self.new_tuple(cells);
        }
        // The temporaries become the function's.
        if !kwdefaults.is_null() {
            self.stack.pop();
        }
        if !defaults.is_null() {
            self.stack.pop();
        }
        let code_obj = cx.code.consts[mf.code as usize];
        self.incref(code_obj);
        let (name, qualname) = match self.heap.get(code_obj) {
            Obj::Code(c) => (c.name.clone(), c.qualname.clone()),
            _ => unreachable!(),
        };
        let name = self.heap.intern(&name);
        self.incref(cx.globals);
        let mut f = self.alloc(Obj::Function(Box::new(Function {
            code: code_obj,
            globals: cx.globals,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure,
            attrs: vec![],
        })));
        // Decorators apply innermost (last) first.
        for _ in 0..ndec {
            let d = self.stack.pop().unwrap();
            self.stack.push(d);
            self.stack.push(f);
            let r = self.call(d, 1, &[]);
            let d = self.stack.pop().unwrap();
            self.decref(d);
            match r {
                Ok(v) => f = v,
                Err(e) => {
                    self.unwind_to(base);
                    return Err(e);
                }
            }
        }
        Ok(f)
    }

    fn make_class(&mut self, cx: &Cx, mc: &MakeClass) -> R<ObjRef> {
        let base = self.stack.len();
        for d in &mc.decorators {
            if let Err(e) = self.push_eval(cx, d) {
                self.unwind_to(base);
                return Err(e);
            }
        }
        let bases_at = self.stack.len();
        for b in &mc.bases {
            if let Err(e) = self.push_eval(cx, b) {
                self.unwind_to(base);
                return Err(e);
            }
        }
        let bases: Vec<ObjRef> = self.stack[bases_at..].to_vec();
        for &b in &bases {
            if !matches!(self.heap.get(b), Obj::Class(_)) {
                self.unwind_to(base);
                return Err(self.new_exception(ExcKind::TypeError, Some("bases must be types")));
            }
        }
        let (meta, kw) = match self.class_keywords(cx, mc, &bases) {
            Ok(v) => v,
            Err(e) => {
                self.unwind_to(base);
                return Err(e);
            }
        };
        // Run the body in the namespace the metaclass prepares.
        let ns = match self.prepare_namespace(meta, self.class_name_at(cx, mc), &bases, &kw) {
            Ok(ns) => ns,
            Err(e) => {
                self.unwind_to(base);
                return Err(e);
            }
        };
        self.stack.push(ns);
        let modname = self.dict_get_str(cx.globals, self.names.name);
        if let Some(m) = modname {
            let key = self.names.module;
            let _ = self.dict_set(ns, key, m);
        }
        let code_obj = cx.code.consts[mc.body.code as usize];
        let code = match self.heap.get(code_obj) {
            Obj::Code(c) => c.clone(),
            _ => unreachable!(),
        };
        let qn = self.heap.str(&code.qualname);
        let key = self.names.qualname;
        let _ = self.dict_set(ns, key, qn);
        self.decref(qn);
        if let Some(&doc) = code.consts.first().filter(|_| mc.doc) {
            let key = self.heap.intern("__doc__");
            let _ = self.dict_set(ns, key, doc);
            self.decref(key);
        }
        // Frame: cells, then closure cells.
        let fbase = self.stack.len();
        for _ in 0..code.cellvars.len() {
            let c = self.alloc(Obj::Cell(ObjRef::NULL));
            self.stack.push(c);
        }
        for &i in &mc.body.closure {
            let c = self.stack[cx.base + cx.code.nlocals() + i as usize];
            self.incref(c);
            self.stack.push(c);
        }
        let class_cell = code.cellvars.iter().position(|c| c == "__class__").map(|i| self.stack[fbase + i]);
        if let Some(c) = class_cell {
            self.incref(c);
            self.pending.push(c);
        }
        let r = self.run_frame(code.clone(), code_obj, fbase, cx.globals, ns);
        if class_cell.is_some() {
            self.pending.pop();
        }
        match r {
            Ok(v) => self.decref(v),
            Err(e) => {
                if let Some(c) = class_cell {
                    self.decref(c);
                }
                self.unwind_to(base);
                return Err(e);
            }
        }
        let name = cx.code.names[mc.name as usize];
        let cls = match self.class_from_statement(meta, name, &code.qualname, &bases, ns, &kw) {
            Ok(c) => c,
            Err(e) => {
                if let Some(c) = class_cell {
                    self.decref(c);
                }
                self.unwind_to(base);
                return Err(e);
            }
        };
        if let Some(c) = class_cell {
            self.incref(cls);
            if let Obj::Cell(slot) = self.heap.get_mut(c) {
                let old = std::mem::replace(slot, cls);
                if !old.is_null() {
                    self.decref(old);
                }
            }
            self.decref(c);
        }
        // pop ns and bases
        let ns = self.stack.pop().unwrap();
        self.decref(ns);
        self.unwind_to(bases_at);
        let mut cls = cls;
        for _ in 0..mc.decorators.len() {
            let d = self.stack.pop().unwrap();
            self.stack.push(d);
            self.stack.push(cls);
            let r = self.call(d, 1, &[]);
            let d = self.stack.pop().unwrap();
            self.decref(d);
            match r {
                Ok(v) => cls = v,
                Err(e) => {
                    self.unwind_to(base);
                    return Err(e);
                }
            }
        }
        Ok(cls)
    }

    fn class_name_at(&self, cx: &Cx, mc: &MakeClass) -> ObjRef {
        cx.code.names[mc.name as usize]
    }

    /// The class keywords, evaluated onto the stack after the bases (`**d`
    /// spread into its items), and the metaclass: `metaclass=` or `type`,
    /// made the most derived of it and the bases' types.
    fn class_keywords(&mut self, cx: &Cx, mc: &MakeClass, bases: &[ObjRef]) -> R<(ObjRef, Vec<(ObjRef, ObjRef)>)> {
        let mut kw: Vec<(ObjRef, ObjRef)> = Vec::new();
        for k in &mc.keywords {
            let v = self.eval(cx, &k.value)?;
            self.stack.push(v);
            match k.name {
                Some(n) => kw.push((cx.code.names[n as usize], v)),
                None => {
                    let Obj::Dict(d) = self.heap.get(v) else {
                        let msg = format!("argument after ** must be a mapping, not {}", self.type_name(v));
                        return Err(self.type_error(msg));
                    };
                    let items: Vec<(ObjRef, ObjRef)> = d.iter().map(|e| (e.key, e.value)).collect();
                    for (key, _) in &items {
                        if self.heap.as_str(*key).is_none() {
                            return Err(self.type_error("keywords must be strings".into()));
                        }
                    }
                    kw.extend(items);
                }
            }
        }
        let explicit = kw.iter().position(|&(n, _)| self.heap.as_str(n) == Some("metaclass")).map(|i| kw.remove(i).1);
        let meta = match explicit {
            Some(m) if !matches!(self.heap.get(m), Obj::Class(_)) => m,
            Some(m) => self.calculate_meta(m, bases)?,
            None => self.calculate_meta(self.type_obj(TypeId::Type), bases)?,
        };
        Ok((meta, kw))
    }

    /// type(name, bases, ns): a class whose attributes are the namespace's
    /// items, its `__base__` the best base, its `__mro__` the C3 merge of
    /// the bases' (mro.rs); both tuples are held by the class.
    /// A class made in a module other than `__main__` (a standard-library
    /// module written in Python) records it as `__module__`, as CPython's
    /// class namespace begins; `__main__`'s classes leave it implied.
    pub(crate) fn build_class(&mut self, name: ObjRef, qualname: &str, bases: &[ObjRef], ns: ObjRef, globals: ObjRef) -> R<ObjRef> {
        let object = self.type_obj(TypeId::Object);
        let bases: Vec<ObjRef> = if bases.is_empty() { vec![object] } else { bases.to_vec() };
        for &b in &bases {
            if let Some(msg) = self.refused_base(b) {
                return Err(self.new_exception(ExcKind::TypeError, Some(&msg)));
            }
        }
        let base = self.best_base(&bases)?;
        let mro = self.c3_merge(&bases)?;
        let mut attrs = Vec::new();
        let mut qualname = qualname.to_string();
        if let Obj::Dict(d) = self.heap.get(ns) {
            for e in d.iter() {
                // type_new_set_names: `__qualname__` becomes the class's
                // qualified name, not a namespace entry.
                match self.heap.as_str(e.key) {
                    Some("__qualname__") if self.heap.as_str(e.value).is_some() => qualname = self.heap.as_str(e.value).unwrap_or("").to_string(),
                    _ => attrs.push((e.key, e.value)),
                }
            }
        }
        let module_key = self.names.module;
        let module = self.dict_get_str(globals, self.names.name).filter(|&m| self.heap.as_str(m) != Some("__main__"));
        if let Some(m) = module.filter(|_| !attrs.iter().any(|&(k, _)| k == module_key)) {
            attrs.insert(0, (module_key, m));
        }
        let del = self.names.del;
        let mut has_del = attrs.iter().any(|&(k, _)| k == del);
        let mut is_exception = false;
        let mut attr_hooks = attrs.iter().any(|&(k, _)| matches!(self.heap.as_str(k), Some("__setattr__" | "__delattr__")));
        for &c in &mro {
            if let Obj::Class(bc) = self.heap.get(c) {
                attr_hooks |= bc.attr_hooks;
                has_del |= bc.has_del;
                is_exception |= bc.is_exception;
            }
        }
        let slots = if bases.iter().all(|&b| b == base || self.has_no_dict(b)) { self.slot_layout(base, &attrs) } else { None };
        for &b in &bases {
            self.incref(b);
        }
        let bases_tuple = self.new_tuple(bases);
        for &(k, v) in &attrs {
            self.heap.incref(k);
            self.heap.incref(v);
        }
        // __init_subclass__ and __class_getitem__ are class methods
        // without saying so (type_new_set_classmethod): the wrapper takes
        // over the namespace's reference to the function.
        for (k, v) in attrs.iter_mut() {
            let implicit = matches!(self.heap.as_str(*k), Some("__init_subclass__" | "__class_getitem__"));
            if implicit && matches!(self.heap.get(*v), Obj::Function(_)) {
                *v = self.alloc(Obj::ClassMethod(*v));
            }
        }
        self.incref(base);
        self.incref(name);
        let mut class = ClassObj::new(name, &qualname, Some(base));
        class.attrs = attrs;
        class.has_del = has_del;
        class.attr_hooks = attr_hooks;
        class.is_exception = is_exception;
        class.slots = slots;
        class.bases = bases_tuple;
        let cls = self.alloc(Obj::Class(Box::new(class)));
        self.incref(cls);
        for &c in &mro {
            self.incref(c);
        }
        let mro_tuple = self.new_tuple(std::iter::once(cls).chain(mro).collect());
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.mro = mro_tuple;
        }
        self.note_getattribute(cls);
        self.add_layout_descriptors(cls);
        self.add_default_doc(cls);
        Ok(cls)
    }

    /// A base a class statement may not name: not a class, or a type
    /// CPython does not let a class extend.
    fn refused_base(&self, b: ObjRef) -> Option<String> {
        match self.heap.get(b) {
            Obj::Class(c) if c.builtin == Some(TypeId::Bool) => Some("type 'bool' is not an acceptable base type".to_string()),
            Obj::Class(_) => None,
            _ => Some("bases must be types".to_string()),
        }
    }

    /// `object`, or a class whose instances have no `__dict__`.
    fn has_no_dict(&self, c: ObjRef) -> bool {
        matches!(self.heap.get(c), Obj::Class(bc) if bc.builtin == Some(TypeId::Object) || bc.slots.is_some())
    }

    /// The instance layout `__slots__` gives a class: only when the class
    /// defines `__slots__` without `__dict__` and its base has no dict either
    /// (`object`, or a class laid out the same way).
    fn slot_layout(&self, base: ObjRef, attrs: &[(ObjRef, ObjRef)]) -> Option<Box<SlotLayout>> {
        let decl = attrs.iter().find(|&&(k, _)| self.heap.as_str(k) == Some("__slots__")).map(|&(_, v)| v)?;
        let mut layout = match self.heap.get(base) {
            Obj::Class(bc) if bc.builtin == Some(TypeId::Object) => SlotLayout { names: vec![], weakref: false },
            Obj::Class(bc) => (**bc.slots.as_ref()?).clone(),
            _ => return None,
        };
        for n in self.slot_decl_names(decl)? {
            match n.as_str() {
                "__dict__" => return None,
                "__weakref__" => layout.weakref = true,
                _ if !layout.names.contains(&n) => layout.names.push(n),
                _ => {}
            }
        }
        Some(Box::new(layout))
    }

    fn exec_comp(&mut self, cx: &Cx, c: &CompLoop) -> R<()> {
        let result = match c.kind {
            CompKind::List => self.new_list(vec![]),
            CompKind::Dict => self.new_dict(),
            CompKind::Set => self.new_set_from(vec![])?,
        };
        let slot = cx.base + c.result_slot as usize;
        let old = std::mem::replace(&mut self.stack[slot], result);
        self.xdecref(old);
        self.comp_level(cx, c, 0, result)
    }

    fn comp_level(&mut self, cx: &Cx, c: &CompLoop, level: usize, result: ObjRef) -> R<()> {
        let g = &c.generators[level];
        let it = match &g.iter {
            None => {
                let r = self.stack[cx.base];
                self.incref(r);
                r
            }
            Some(e) => {
                let v = self.eval(cx, e)?;
                self.iter_of_owned(v)?
            }
        };
        self.stack.push(it);
        let r = (|| -> R<()> {
            while let Some(item) = self.iter_next(it)? {
                self.store(cx, &g.target, item)?;
                self.check_interrupt()?;
                let mut ok = true;
                for cond in &g.ifs {
                    if !self.eval_truth(cx, cond)? {
                        ok = false;
                        break;
                    }
                }
                if !ok {
                    continue;
                }
                if level + 1 < c.generators.len() {
                    self.comp_level(cx, c, level + 1, result)?;
                } else {
                    match c.kind {
                        CompKind::List => {
                            let v = self.eval(cx, &c.elt)?;
                            self.list_append(result, v);
                        }
                        CompKind::Set => {
                            let v = self.eval(cx, &c.elt)?;
                            let r = self.set_add(result, v);
                            self.decref(v);
                            r?;
                        }
                        CompKind::Dict => {
                            let k = self.eval(cx, &c.elt)?;
                            self.stack.push(k);
                            let v = self.eval(cx, c.value.as_ref().unwrap());
                            let k = self.stack.pop().unwrap();
                            let v = match v {
                                Ok(v) => v,
                                Err(e) => {
                                    self.decref(k);
                                    return Err(e);
                                }
                            };
                            let r = self.dict_set(result, k, v);
                            self.decref(k);
                            self.decref(v);
                            r?;
                        }
                    }
                }
            }
            Ok(())
        })();
        let it = self.stack.pop().unwrap();
        self.decref(it);
        r
    }
}

fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// A small inline buffer for builtin arguments (no allocation for up to 8).
mod smallvec_args {
    use crate::heap::ObjRef;
    pub enum Args {
        Inline([ObjRef; 8], usize),
        Heap(Vec<ObjRef>),
    }
    impl Args {
        pub fn from_slice(s: &[ObjRef]) -> Args {
            if s.len() <= 8 {
                let mut a = [ObjRef::NULL; 8];
                a[..s.len()].copy_from_slice(s);
                Args::Inline(a, s.len())
            } else {
                Args::Heap(s.to_vec())
            }
        }
        pub fn as_slice(&self) -> &[ObjRef] {
            match self {
                Args::Inline(a, n) => &a[..*n],
                Args::Heap(v) => v,
            }
        }
    }
}
