//! Coroutines: `async def` frames on the generator's machinery.
//!
//! A coroutine *is* a generator payload (`GenObj`) whose `kind` says
//! `Coroutine`: the same suspended frame (slots, handled exceptions, parked
//! values, resume path), the same release order, traverse, clear and size
//! (`sys.getsizeof` is CPython's `gen_sizeof` for both). What differs is the
//! protocol and the names:
//!
//! * its type is `coroutine` (made on the first `async def` call, so a
//!   program without one sees the same heap as before), its attributes are
//!   `cr_frame`, `cr_running`, `cr_code`, `cr_await`, `cr_suspended`,
//!   `cr_origin`; it has `send`, `throw` and `close` but is no iterator;
//! * `await x` is `yield from` over `x`'s *awaitable iterator*: a coroutine
//!   itself, or what `type(x).__await__(x)` returns (`awaitable_iter`). The
//!   lifter (`compile/lift.rs`) makes every `await` a statement of its own,
//!   so a coroutine, like a generator, only stops between statements; the
//!   awaited iterator sits on top of the frame's stack, where `cr_await`
//!   finds it and the audit counts it;
//! * `async for` holds the async iterator on the stack and awaits each
//!   `__anext__()` (a suspension point in the loop's header: phase 2 of the
//!   loop on the resume path); `StopAsyncIteration` ends the loop;
//! * `async with` awaits `__aenter__()` (phase 1) and `__aexit__(...)`
//!   (phase 2 + the body's outcome, the outcome parked where it is counted
//!   as a `finally` parks it);
//! * a finished coroutine cannot be resumed ("cannot reuse already awaited
//!   coroutine"), and one freed before it ever ran prints CPython's
//!   `RuntimeWarning: coroutine '…' was never awaited` from its PEP 442
//!   finalizer, once per source line as the warnings module's registry does.
//!
//! There is no event loop: a program drives a coroutine with `send(None)`
//! until `StopIteration` carries its return value, as an event loop would.

use super::eval::{Cx, Flow};
use super::generator::{GenState, GenStep, Resume};
use super::*;
use crate::compile::code::{Ex, Stmt, Target, WithStmt};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
}

impl GenKind {
    /// The type's name, as reprs and messages say it.
    pub fn word(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
        }
    }

    /// `gi` or `cr`, the prefix of the frame's attributes.
    pub fn attr_prefix(self) -> &'static str {
        match self {
            GenKind::Generator => "gi",
            GenKind::Coroutine => "cr",
        }
    }

    /// The generator attribute a name means for this kind (None: no such
    /// attribute).
    pub fn attr(self, name: &str) -> Option<&str> {
        match self {
            GenKind::Generator if name.starts_with("cr_") => None,
            GenKind::Generator => Some(name),
            GenKind::Coroutine => match name {
                "__name__" | "__qualname__" | "cr_origin" => Some(name),
                "cr_frame" => Some("gi_frame"),
                "cr_running" => Some("gi_running"),
                "cr_code" => Some("gi_code"),
                "cr_await" => Some("gi_yieldfrom"),
                "cr_suspended" => Some("gi_suspended"),
                _ => None,
            },
        }
    }
}

impl Interp {
    // ----- the type and the lazy builtins -------------------------------------

    /// The `coroutine` type object, made before the first coroutine.
    pub fn ensure_coroutine_type(&mut self) {
        self.ensure_type(TypeId::Coroutine);
    }

    /// `StopAsyncIteration`, made (and put in builtins) on first use.
    pub fn stop_async_iteration(&mut self) -> ObjRef {
        self.lazy_exc_class(ExcKind::StopAsyncIteration)
    }

    /// The class of a lazy exception kind (`ExcKind::is_lazy`), made (and
    /// put in builtins) on first use.
    pub fn lazy_exc_class(&mut self, kind: ExcKind) -> ObjRef {
        let c = self.exc_class(kind);
        if !c.is_null() {
            return c;
        }
        let base = kind.base().unwrap_or(ExcKind::Exception);
        let base = self.exc_class(base);
        self.incref(base);
        let name = kind.name();
        let n = self.heap.intern(name);
        self.heap.set_flag(n, F_RUNTIME);
        self.incref(n);
        let c = self.runtime_obj(Obj::Class(Box::new(ClassObj {
            name: n,
            qualname: name.to_string(),
            base: Some(base),
            bases: ObjRef::NULL,
            mro: ObjRef::NULL,
            meta: ObjRef::NULL,
            attrs: vec![],
            builtin: None,
            has_del: false,
            getattribute: false,
            is_exception: true,
            slots: None,
        })));
        self.types.exc[kind as usize] = c;
        let b = self.builtins;
        self.incref(c);
        let _ = self.dict_set(b, n, c);
        self.decref(c);
        c
    }

    /// A builtin name missing from the builtins dict that glasspy makes on
    /// first use (a new reference), or None.
    pub fn lazy_builtin(&mut self, name: ObjRef) -> Option<ObjRef> {
        let n = self.heap.as_str(name)?;
        let kind = match ExcKind::from_name(n).filter(|k| k.is_lazy()) {
            Some(k) => k,
            None => return self.lazy_type_builtin(name),
        };
        let c = self.lazy_exc_class(kind);
        self.incref(c);
        Some(c)
    }

    fn is_stop_async_iteration(&self, e: ObjRef) -> bool {
        let c = self.exc_class(ExcKind::StopAsyncIteration);
        !c.is_null() && self.is_subclass(self.type_of(e), c)
    }

    /// The method `name` a program defined on `v`'s class (borrowed).
    fn special_method(&mut self, v: ObjRef, name: &str) -> Option<ObjRef> {
        let cls = self.type_of(v);
        let n = self.heap.intern(name);
        let m = self.lookup_user_attr(cls, n);
        self.decref(n);
        m
    }

    /// `m(v)` for a borrowed method `m`.
    fn call_method1(&mut self, m: ObjRef, v: ObjRef) -> R<ObjRef> {
        self.incref(v);
        self.stack.push(v);
        self.call_held(m, 1)
    }

    fn is_coroutine(&self, r: ObjRef) -> bool {
        matches!(self.heap.get(r), Obj::Generator(g) if g.kind == GenKind::Coroutine)
    }

    /// Can `next()` be called on it (a builtin iterator, a generator, an
    /// instance with `__next__`)?
    pub(crate) fn is_iterator(&mut self, r: ObjRef) -> bool {
        match self.heap.get(r) {
            Obj::Iter(_) => true,
            Obj::Generator(g) => g.kind == GenKind::Generator,
            Obj::Instance(_) => self.special_method(r, "__next__").is_some(),
            _ => false,
        }
    }

    // ----- await ----------------------------------------------------------------

    /// What `await v` delegates to (`_PyCoro_GetAwaitableIter` and the checks
    /// of GET_AWAITABLE); consumes `v`. `what` completes the error for a
    /// value without `__await__`.
    fn awaitable_iter_for(&mut self, v: ObjRef, what: &dyn Fn(&str) -> String) -> R<ObjRef> {
        if self.is_coroutine(v) {
            let Obj::Generator(g) = self.heap.get(v) else { unreachable!() };
            if g.state == GenState::Suspended && g.in_yield_from {
                self.decref(v);
                return Err(self.new_exception(ExcKind::RuntimeError, Some("coroutine is being awaited already")));
            }
            return Ok(v);
        }
        let Some(m) = self.special_method(v, "__await__") else {
            let msg = what(&self.type_name(v));
            self.decref(v);
            return Err(self.type_error(msg));
        };
        self.stack.push(v);
        let r = self.call_method1(m, v);
        let v = self.stack.pop().unwrap();
        self.decref(v);
        let r = r?;
        if self.is_coroutine(r) {
            self.decref(r);
            return Err(self.type_error("__await__() returned a coroutine".into()));
        }
        if !self.is_iterator(r) {
            let msg = format!("__await__() returned non-iterator of type '{}'", self.type_name(r));
            self.decref(r);
            return Err(self.type_error(msg));
        }
        Ok(r)
    }

    pub fn awaitable_iter(&mut self, v: ObjRef) -> R<ObjRef> {
        self.awaitable_iter_for(v, &|t| format!("object {} can't be used in 'await' expression", t))
    }

    /// `[target =] await x` reached: the awaitable's iterator goes on the
    /// frame's stack (where `cr_await` finds it), then it is sent None.
    pub fn start_await(&mut self, cx: &Cx, e: &Ex, target: Option<&Target>) -> R<Flow> {
        let v = self.eval(cx, e)?;
        let it = self.awaitable_iter(v)?;
        self.stack.push(it);
        let none = self.heap.none();
        self.delegate(cx, target, Resume::Send(none))
    }

    // ----- async for --------------------------------------------------------------

    /// `async for`; `resume` is the phase to re-enter: 0 the body, 1 the
    /// else, 2 the await of `__anext__()`. The async iterator stays on the
    /// stack while the loop runs, the awaited iterator above it.
    pub fn exec_async_for(&mut self, cx: &Cx, target: &Target, iter: &Ex, body: &[Stmt], orelse: &[Stmt], resume: Option<u32>) -> R<Flow> {
        if resume.is_none() {
            let v = self.eval(cx, iter)?;
            let ai = self.aiter_of(v)?;
            self.stack.push(ai);
        }
        let mut resume = resume;
        let result = loop {
            let r = match resume.take() {
                Some(1) => {
                    let r = self.resume_block(cx, orelse);
                    break self.mark_yield(r, 1);
                }
                Some(0) => self.resume_block(cx, body),
                phase => {
                    let msg = match phase {
                        Some(_) => self.take_resume(),
                        None => {
                            let ai = *self.stack.last().unwrap();
                            match self.anext_awaitable(ai) {
                                Ok(aw) => self.stack.push(aw),
                                Err(e) => break Err(e),
                            }
                            Resume::Send(self.heap.none())
                        }
                    };
                    match self.delegate(cx, Some(target), msg) {
                        Ok(Flow::Yield(v)) => {
                            self.resume_path.push(2);
                            break Ok(Flow::Yield(v));
                        }
                        Ok(_) => self.exec_block(cx, body),
                        Err(e) if self.is_stop_async_iteration(e) => {
                            self.decref(e);
                            let r = self.exec_block(cx, orelse);
                            break self.mark_yield(r, 1);
                        }
                        Err(e) => break Err(e),
                    }
                }
            };
            if let Some(end) = self.loop_pass(r) {
                break end;
            }
        };
        if let Ok(Flow::Yield(_)) = result {
            return result;
        }
        let ai = self.stack.pop().unwrap();
        self.decref(ai);
        result
    }

    /// GET_AITER: `type(v).__aiter__(v)`; consumes `v`.
    fn aiter_of(&mut self, v: ObjRef) -> R<ObjRef> {
        let Some(m) = self.special_method(v, "__aiter__") else {
            let msg = format!("'async for' requires an object with __aiter__ method, got {}", self.type_name(v));
            self.decref(v);
            return Err(self.type_error(msg));
        };
        self.stack.push(v);
        let r = self.call_method1(m, v);
        let v = self.stack.pop().unwrap();
        self.decref(v);
        let r = r?;
        if self.special_method(r, "__anext__").is_none() {
            let msg = format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", self.type_name(r));
            self.decref(r);
            return Err(self.type_error(msg));
        }
        Ok(r)
    }

    /// GET_ANEXT: the awaitable iterator of `type(ai).__anext__(ai)`.
    fn anext_awaitable(&mut self, ai: ObjRef) -> R<ObjRef> {
        let Some(m) = self.special_method(ai, "__anext__") else {
            let msg = format!("'async for' requires an iterator with __anext__ method, got {}", self.type_name(ai));
            return Err(self.type_error(msg));
        };
        let aw = self.call_method1(m, ai)?;
        self.awaitable_iter_for(aw, &|t| format!("'async for' received an invalid object from __anext__: {}", t))
    }

    // ----- async with -------------------------------------------------------------

    /// `async with`; `resume` is the phase to re-enter: 0 the body, 1 the
    /// await of `__aenter__()`, 2 + outcome the await of `__aexit__(...)`.
    /// The manager and its `__aexit__` are on the stack as `with` keeps them.
    pub fn exec_async_with(&mut self, cx: &Cx, w: &WithStmt, resume: Option<u32>) -> R<Flow> {
        match resume {
            None => {
                self.async_enter(cx, w)?;
                let none = self.heap.none();
                self.async_entered(cx, w, Resume::Send(none))
            }
            Some(0) => {
                let r = self.resume_block(cx, &w.body);
                self.async_after_body(r)
            }
            Some(1) => {
                let msg = self.take_resume();
                self.async_entered(cx, w, msg)
            }
            Some(p) => {
                let msg = self.take_resume();
                self.async_exit_step(p - 2, msg)
            }
        }
    }

    /// The manager, `__aexit__` and the awaitable of `__aenter__()` onto the stack.
    fn async_enter(&mut self, cx: &Cx, w: &WithStmt) -> R<()> {
        let mgr = self.eval(cx, &w.ctx)?;
        self.stack.push(mgr);
        let enter = self.special_method(mgr, "__aenter__");
        let exit = self.special_method(mgr, "__aexit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missed = match (enter, exit) {
                (Some(_), None) => " (missed __aexit__ method)",
                _ => "",
            };
            let msg = format!("'{}' object does not support the asynchronous context manager protocol{}", self.type_name(mgr), missed);
            let mgr = self.stack.pop().unwrap();
            self.decref(mgr);
            return Err(self.type_error(msg));
        };
        self.incref(exit);
        self.stack.push(exit);
        let aw = self.call_method1(enter, mgr).and_then(|r| self.awaitable_iter_for(r, &|t| format!("'async with' received an object from __aenter__ that does not implement __await__: {}", t)));
        match aw {
            Ok(aw) => {
                self.stack.push(aw);
                Ok(())
            }
            Err(e) => {
                self.pop_with();
                Err(e)
            }
        }
    }

    /// One step of awaiting `__aenter__()`; once it returns, the target is
    /// bound and the body runs.
    fn async_entered(&mut self, cx: &Cx, w: &WithStmt, msg: Resume) -> R<Flow> {
        match self.delegate_step(msg) {
            Ok(GenStep::Yielded(v)) => {
                self.resume_path.push(1);
                Ok(Flow::Yield(v))
            }
            Ok(GenStep::Returned(v)) => {
                let r = match &w.target {
                    Some(t) => self.store(cx, t, v).and_then(|_| self.exec_block(cx, &w.body)),
                    None => {
                        self.decref(v);
                        self.exec_block(cx, &w.body)
                    }
                };
                self.async_after_body(r)
            }
            Err(e) => {
                self.pop_with();
                Err(e)
            }
        }
    }

    fn async_after_body(&mut self, r: R<Flow>) -> R<Flow> {
        if let Ok(Flow::Yield(v)) = r {
            self.resume_path.push(0);
            return Ok(Flow::Yield(v));
        }
        self.async_exit(r)
    }

    /// `__aexit__` called with the body's outcome, which is parked (a return
    /// value as pending, an exception as being handled) while its result is
    /// awaited. Outcomes: 0 normal, 1 break, 2 continue, 3 return, 4 exception.
    fn async_exit(&mut self, r: R<Flow>) -> R<Flow> {
        let exit = self.stack[self.stack.len() - 1];
        let mgr = self.stack[self.stack.len() - 2];
        self.incref(mgr);
        self.stack.push(mgr);
        let kind = match r {
            Err(e) => {
                self.handled.push(e);
                let cls = self.type_of(e);
                self.incref(cls);
                self.stack.push(cls);
                self.incref(e);
                self.stack.push(e);
                let tb = self.exception_traceback(e);
                self.stack.push(tb);
                4
            }
            Ok(flow) => {
                for _ in 0..3 {
                    let n = self.heap.none();
                    self.stack.push(n);
                }
                match flow {
                    Flow::Return(v) => {
                        self.pending.push(v);
                        3
                    }
                    Flow::Break => 1,
                    Flow::Continue => 2,
                    _ => 0,
                }
            }
        };
        let aw = self.call_held(exit, 4).and_then(|r| self.awaitable_iter_for(r, &|t| format!("'async with' received an object from __aexit__ that does not implement __await__: {}", t)));
        match aw {
            Ok(aw) => {
                self.stack.push(aw);
                let none = self.heap.none();
                self.async_exit_step(kind, Resume::Send(none))
            }
            Err(e) => self.async_exited(kind, Err(e)),
        }
    }

    fn async_exit_step(&mut self, kind: u32, msg: Resume) -> R<Flow> {
        match self.delegate_step(msg) {
            Ok(GenStep::Yielded(v)) => {
                self.resume_path.push(2 + kind);
                Ok(Flow::Yield(v))
            }
            Ok(GenStep::Returned(v)) => self.async_exited(kind, Ok(v)),
            Err(e) => self.async_exited(kind, Err(e)),
        }
    }

    /// `__aexit__`'s awaited result: a true one suppresses the exception.
    fn async_exited(&mut self, kind: u32, res: R<ObjRef>) -> R<Flow> {
        let r = match (kind, res) {
            (4, res) => {
                let suppress = res.and_then(|v| {
                    self.stack.push(v);
                    let t = self.truthy(v);
                    let v = self.stack.pop().unwrap();
                    self.decref(v);
                    t
                });
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
            (3, res) => {
                let v = self.pending.pop().unwrap();
                match res {
                    Ok(x) => {
                        self.decref(x);
                        Ok(Flow::Return(v))
                    }
                    Err(e) => {
                        self.decref(v);
                        Err(e)
                    }
                }
            }
            (k, res) => res.map(|x| {
                self.decref(x);
                match k {
                    1 => Flow::Break,
                    2 => Flow::Continue,
                    _ => Flow::Normal,
                }
            }),
        };
        self.pop_with();
        r
    }

    // ----- the warning --------------------------------------------------------------

    /// "RuntimeWarning: coroutine 'f' was never awaited", written as the
    /// warnings module writes it: at the line running when the coroutine
    /// was freed (`sys:1` when no frame runs, at exit), once per line.
    pub fn warn_never_awaited(&mut self, g: ObjRef) {
        let Obj::Generator(gen) = self.heap.get(g) else { return };
        let q = self.heap.as_str(gen.qualname).unwrap_or("?");
        let msg = format!("coroutine '{}' was never awaited", q);
        let (file, line, text) = match self.frames.last() {
            Some(f) => {
                let text = crate::syntax::line_text(&f.code.source, f.line as usize).trim().to_string();
                (f.code.filename.to_string(), f.line, Some(text))
            }
            None => ("sys".to_string(), 1, None),
        };
        let key = format!("{}:{}:{}", file, line, msg);
        if self.warned.contains(&key) {
            return;
        }
        self.warned.insert(key);
        let mut s = format!("{}:{}: RuntimeWarning: {}\n", file, line, msg);
        if let Some(t) = text {
            if !t.is_empty() {
                s.push_str(&format!("  {}\n", t));
            }
            s.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        }
        let _ = self.write_err(&s);
    }
}
