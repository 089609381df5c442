//! Generators: frames that outlive a call and resume where they stopped.
//!
//! # How a tree walker suspends
//!
//! CPython's generator keeps an instruction pointer and its evaluation
//! stack. glasspy walks a tree, so "where it stopped" is a *path*: the index
//! of the statement in each block that encloses the yield, and the phase of
//! each compound statement on the way (the body or the `else` of a loop; the
//! body, a handler, the `else` or the `finally` of a `try`, and which pending
//! outcome the `finally` will continue with). The compiler makes this enough
//! (`compile/lift.rs`): every yield is a statement of its own, its operands
//! already evaluated into hidden locals.
//!
//! ```text
//!   running ──yield──▶ Flow::Yield(v) travels up the Rust stack; each block
//!                      pushes its statement index, each compound statement
//!                      its phase, onto `Interp::resume_path`; the frame's
//!                      stack segment (locals, cells, temporaries: loop
//!                      iterators, `with` exits, a `yield from` iterator),
//!                      its handled exceptions and parked `finally` values
//!                      move into the generator.            ──▶ suspended
//!   suspended ──send/throw──▶ the segments move back onto the interpreter's
//!                      stacks; the walker descends along the path without
//!                      evaluating anything (`resume_block`/`resume_stmt`),
//!                      and the yield statement takes the sent value (or
//!                      raises the thrown exception) ──▶ running
//!   running ──return / falls off / raises──▶ finished (the frame is
//!                      released as any returning frame's)
//! ```
//!
//! Nothing but the path is hidden state, and it holds no references: every
//! value a suspended frame keeps is in `GenObj::slots`, `handled` or
//! `pending`, so the audit recounts them through `for_each_ref` and the
//! collector traverses them like a list's items.
//!
//! # The type
//!
//! What a generator holds, its release order, traverse and clear, its size
//! and its finalizer (PEP 442: a suspended generator that is freed is
//! closed) are the type's slots, in `types/generator.rs`.

use thin_vec::ThinVec;

use super::coroutine::GenKind;
use super::eval::{Cx, Flow};
use super::*;
use crate::compile::code::{Ex, Target, NO_POS};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct GenObj {
    /// A generator or a coroutine (runtime/coroutine.rs): the same frame
    /// machinery, different protocol and names.
    pub kind: GenKind,
    pub func: ObjRef,
    pub code: ObjRef,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub state: GenState,
    /// The frame's slots while not running: locals, cells, free variables,
    /// then the evaluation temporaries of the statements in progress.
    pub slots: ThinVec<ObjRef>,
    /// Exceptions being handled by the suspended frame (innermost last).
    pub handled: ThinVec<ObjRef>,
    /// Return values and exceptions waiting for a `finally` to end.
    pub pending: ThinVec<ObjRef>,
    /// Where to resume (see the essay above); no references.
    pub path: ThinVec<u32>,
    pub line: u32,
    /// Suspended inside `yield from`: the iterator is the last slot.
    pub in_yield_from: bool,
    /// The frame object (`gi_frame`), made when asked for; NULL before.
    pub frame_obj: ObjRef,
    /// Locals + cells + free variables + co_stacksize (for the size).
    pub frame_words: u32,
}

/// What a resumed generator receives at its yield.
pub enum Resume {
    Send(ObjRef),
    Throw(Exc),
}

/// What one resumption produced.
pub enum GenStep {
    Yielded(ObjRef),
    Returned(ObjRef),
}

/// Phases of a `try` at or past this number are its `finally`, plus the
/// outcome it continues with.
pub const FINALLY: u32 = 1 << 30;

impl Interp {
    // ----- creation ------------------------------------------------------------

    /// A call of a generator function: the frame prepared at `base` (bound
    /// arguments, cells) moves into a new generator instead of running.
    pub fn make_generator(&mut self, f: ObjRef, code: &Code, code_obj: ObjRef, base: usize) -> ObjRef {
        let slots: ThinVec<ObjRef> = self.stack.drain(base..).collect();
        let (name, qualname) = match self.heap.get(f) {
            Obj::Function(func) => (func.name, func.qualname.clone()),
            _ => (self.names.name, String::new()),
        };
        self.incref(f);
        self.incref(code_obj);
        self.incref(name);
        let qualname = self.heap.str(&qualname);
        let frame_words = (code.cpython_frame_size() as u32) + code.stacksize;
        let kind = if code.coroutine { GenKind::Coroutine } else { GenKind::Generator };
        if kind == GenKind::Coroutine {
            self.ensure_coroutine_type();
        }
        self.alloc(Obj::Generator(Box::new(GenObj {
            kind,
            func: f,
            code: code_obj,
            name,
            qualname,
            state: GenState::Created,
            slots,
            handled: ThinVec::new(),
            pending: ThinVec::new(),
            path: ThinVec::new(),
            line: code.firstlineno,
            in_yield_from: false,
            frame_obj: ObjRef::NULL,
            frame_words,
        })))
    }

    pub(crate) fn gen(&self, g: ObjRef) -> &GenObj {
        match self.heap.get(g) {
            Obj::Generator(gen) => gen,
            _ => unreachable!("not a generator"),
        }
    }

    fn gen_mut(&mut self, g: ObjRef) -> &mut GenObj {
        match self.heap.get_mut(g) {
            Obj::Generator(gen) => gen,
            _ => unreachable!("not a generator"),
        }
    }

    /// A generator (not a coroutine): what `for`, `next` and `yield from` drive.
    pub fn is_generator(&self, r: ObjRef) -> bool {
        matches!(self.heap.get(r), Obj::Generator(g) if g.kind == GenKind::Generator)
    }

    /// A generator or a coroutine: a frame `send`/`throw`/`close` resume.
    pub fn is_gen_payload(&self, r: ObjRef) -> bool {
        matches!(self.heap.get(r), Obj::Generator(_))
    }

    /// "generator" or "coroutine", as the messages say.
    pub fn gen_word(&self, g: ObjRef) -> &'static str {
        self.gen(g).kind.word()
    }

    // ----- running ------------------------------------------------------------

    /// gen_send_ex: runs the generator until it yields, returns or raises.
    pub fn gen_resume(&mut self, g: ObjRef, msg: Resume) -> R<GenStep> {
        let state = self.gen(g).state;
        let word = self.gen_word(g);
        match state {
            GenState::Running => {
                self.drop_resume(msg);
                return Err(self.new_exception(ExcKind::ValueError, Some(&format!("{} already executing", word))));
            }
            GenState::Finished if self.gen(g).kind == GenKind::Coroutine => {
                self.drop_resume(msg);
                return Err(self.new_exception(ExcKind::RuntimeError, Some("cannot reuse already awaited coroutine")));
            }
            GenState::Finished => {
                return match msg {
                    Resume::Send(v) => {
                        self.decref(v);
                        Ok(GenStep::Returned(self.heap.none()))
                    }
                    Resume::Throw(e) => Err(e),
                };
            }
            GenState::Created => match msg {
                Resume::Send(v) if v != NONE => {
                    self.decref(v);
                    return Err(self.type_error(format!("can't send non-None value to a just-started {}", word)));
                }
                // None: dropped below, where a fresh frame starts.
                Resume::Send(_) => {}
                Resume::Throw(e) => {
                    self.gen_clear_frame(g);
                    return Err(e);
                }
            },
            GenState::Suspended => {}
        }
        if self.frames.len() >= self.recursion_limit {
            self.drop_resume(msg);
            return Err(self.new_exception(ExcKind::RecursionError, Some("maximum recursion depth exceeded")));
        }
        let (func, code_obj) = (self.gen(g).func, self.gen(g).code);
        let code = match self.heap.get(code_obj) {
            Obj::Code(c) => c.clone(),
            _ => unreachable!(),
        };
        let globals = match self.heap.get(func) {
            Obj::Function(f) => f.globals,
            _ => self.globals,
        };
        // The saved segments move back onto the interpreter's stacks; the
        // generator's buffers keep their capacity for the next suspension.
        let base = self.stack.len();
        let (hbase, pbase) = (self.handled.len(), self.pending.len());
        let Obj::Generator(gen) = self.heap.get_mut(g) else { unreachable!() };
        gen.state = GenState::Running;
        gen.in_yield_from = false;
        self.stack.extend_from_slice(&gen.slots);
        gen.slots.clear();
        if !gen.handled.is_empty() || !gen.pending.is_empty() {
            self.handled.extend(gen.handled.drain(..));
            self.pending.extend(gen.pending.drain(..));
        }
        let resuming = !gen.path.is_empty();
        self.resume_path.extend_from_slice(&gen.path);
        gen.path.clear();
        let frame_obj = std::mem::replace(&mut gen.frame_obj, ObjRef::NULL);
        let line = gen.line;
        self.frames.push(Frame { code: code.clone(), base, globals, ns: ObjRef::NULL, line, frame_obj, code_obj, err_pos: NO_POS });
        self.trace_frames_changed();
        let cx = Cx { code: &code, base, globals, ns: ObjRef::NULL };
        let r = if resuming {
            self.resume_with = Some(msg);
            self.resume_block(&cx, &code.body)
        } else {
            self.drop_resume(msg);
            self.exec_block(&cx, &code.body)
        };
        let frame = self.frames.pop().unwrap();
        self.trace_frames_changed();
        if let Ok(Flow::Yield(v)) = r {
            let yf = std::mem::replace(&mut self.yielded_from, false);
            let Obj::Generator(gen) = self.heap.get_mut(g) else { unreachable!() };
            gen.slots.extend_from_slice(&self.stack[base..]);
            self.stack.truncate(base);
            if self.handled.len() > hbase || self.pending.len() > pbase {
                gen.handled.extend(self.handled.drain(hbase..));
                gen.pending.extend(self.pending.drain(pbase..));
            }
            gen.path.extend_from_slice(&self.resume_path);
            self.resume_path.clear();
            gen.line = frame.line;
            gen.frame_obj = frame.frame_obj;
            gen.in_yield_from = yf;
            gen.state = GenState::Suspended;
            if !frame.frame_obj.is_null() {
                if let Obj::Frame(f) = self.heap.get_mut(frame.frame_obj) {
                    f.line = frame.line;
                }
            }
            return Ok(GenStep::Yielded(v));
        }
        self.gen_mut(g).state = GenState::Finished;
        match self.finish_frame(&frame, r, base, base + code.frame_size()) {
            Ok(v) => Ok(GenStep::Returned(v)),
            Err(e) => Err(self.pep479(e, word)),
        }
    }

    /// PEP 479: a StopIteration escaping a generator becomes a RuntimeError
    /// caused by it.
    fn pep479(&mut self, e: Exc, word: &str) -> Exc {
        let si = self.exc_class(ExcKind::StopIteration);
        let cls = self.type_of(e);
        if !self.is_subclass(cls, si) {
            return e;
        }
        let r = self.new_exception(ExcKind::RuntimeError, Some(&format!("{} raised StopIteration", word)));
        self.incref(e);
        if let Obj::Instance(i) = self.heap.get_mut(r) {
            if let Some(st) = &mut i.exc {
                st.cause = e;
                st.context = e;
                st.suppress_context = true;
            }
        }
        r
    }

    fn drop_resume(&mut self, msg: Resume) {
        match msg {
            Resume::Send(v) | Resume::Throw(v) => self.decref(v),
        }
    }

    /// Releases the frame of a generator that will not run (again).
    fn gen_clear_frame(&mut self, g: ObjRef) {
        let gen = self.gen_mut(g);
        gen.state = GenState::Finished;
        let mut refs: Vec<ObjRef> = gen.slots.drain(..).filter(|r| !r.is_null()).collect();
        refs.extend(gen.handled.drain(..));
        refs.extend(gen.pending.drain(..));
        gen.path.clear();
        for r in refs {
            self.decref(r);
        }
    }

    // ----- the yield statements --------------------------------------------------

    pub fn take_resume(&mut self) -> Resume {
        match self.resume_with.take() {
            Some(m) => m,
            None => Resume::Send(self.heap.none()),
        }
    }

    /// Resuming at `[target =] yield`: the sent value is stored, or the
    /// thrown exception raised here.
    pub fn resume_yield(&mut self, cx: &Cx, target: Option<&Target>) -> R<Flow> {
        match self.take_resume() {
            Resume::Throw(e) => Err(e),
            Resume::Send(v) => {
                match target {
                    Some(t) => self.store(cx, t, v)?,
                    None => self.decref(v),
                }
                Ok(Flow::Normal)
            }
        }
    }

    /// `yield from x` reached: its iterator goes on the frame's stack (where
    /// gi_yieldfrom finds it), then the first value is asked for.
    pub fn start_yield_from(&mut self, cx: &Cx, iter: &Ex, target: Option<&Target>) -> R<Flow> {
        let v = self.eval(cx, iter)?;
        let it = if self.is_generator(v) { v } else { self.iter_of_owned(v)? };
        self.stack.push(it);
        let none = self.heap.none();
        self.delegate(cx, target, Resume::Send(none))
    }

    /// One step of `yield from`: pass what the generator received to the
    /// iterator on top of the stack; its return value is stored in `target`.
    pub fn delegate(&mut self, cx: &Cx, target: Option<&Target>, msg: Resume) -> R<Flow> {
        match self.delegate_step(msg)? {
            GenStep::Yielded(v) => Ok(Flow::Yield(v)),
            GenStep::Returned(v) => {
                match target {
                    Some(t) => self.store(cx, t, v)?,
                    None => self.decref(v),
                }
                Ok(Flow::Normal)
            }
        }
    }

    /// The step itself: a yielded value marks the frame as suspended in a
    /// delegation; a return or an error pops the iterator.
    pub fn delegate_step(&mut self, msg: Resume) -> R<GenStep> {
        let it = *self.stack.last().unwrap();
        let step = match msg {
            Resume::Throw(e) if self.is_instance_of_exc(e, ExcKind::GeneratorExit) => {
                // close the iterator, then raise GeneratorExit here; the
                // exception waits where it is counted while close runs.
                self.pending.push(e);
                let closed = self.close_iter(it);
                self.pending.pop();
                match closed {
                    Ok(()) => Err(e),
                    Err(e2) => {
                        self.decref(e);
                        Err(e2)
                    }
                }
            }
            msg if self.is_gen_payload(it) => self.gen_resume(it, msg),
            msg => self.iter_step(it, msg),
        };
        if let Ok(GenStep::Yielded(_)) = step {
            self.yielded_from = true;
        } else {
            let it = self.stack.pop().unwrap();
            self.decref(it);
        }
        step
    }

    /// `yield from` over an iterator that is not a generator: next(), or its
    /// send/throw methods.
    fn iter_step(&mut self, it: ObjRef, msg: Resume) -> R<GenStep> {
        let (name, arg) = match msg {
            Resume::Send(v) if v == NONE && matches!(self.heap.get(it), Obj::Iter(_)) => {
                // A built-in iterator ends without a value.
                self.decref(v);
                return match self.iter_next(it)? {
                    Some(v) => Ok(GenStep::Yielded(v)),
                    None => Ok(GenStep::Returned(self.heap.none())),
                };
            }
            Resume::Send(v) if v == NONE => {
                // A Python __next__: its StopIteration's value is the result.
                self.decref(v);
                let r = self.call_next_method(it);
                return self.step_of(r);
            }
            Resume::Send(v) => ("send", v),
            Resume::Throw(e) => ("throw", e),
        };
        // The argument, then the method under it, wait on the stack.
        self.stack.push(arg);
        let n = self.heap.intern(name);
        let m = self.getattr(it, n);
        self.decref(n);
        let m = match m {
            Ok(m) => m,
            Err(e) => {
                let arg = self.stack.pop().unwrap();
                if name == "throw" {
                    self.decref(e);
                    return Err(arg);
                }
                self.decref(arg);
                return Err(e);
            }
        };
        let at = self.stack.len() - 1;
        self.stack.insert(at, m);
        let r = self.call(m, 1, &[]);
        let m = self.stack.pop().unwrap();
        self.decref(m);
        self.step_of(r)
    }

    /// What a call of the delegated-to iterator's method means: a value
    /// yielded, or (its StopIteration) the value `yield from` returns.
    fn step_of(&mut self, r: R<ObjRef>) -> R<GenStep> {
        match r {
            Ok(v) => Ok(GenStep::Yielded(v)),
            Err(e) if self.is_instance_of_exc(e, ExcKind::StopIteration) => {
                let v = self.stop_iteration_value(e);
                self.decref(e);
                Ok(GenStep::Returned(v))
            }
            Err(e) => Err(e),
        }
    }

    fn close_iter(&mut self, it: ObjRef) -> R<()> {
        if self.is_gen_payload(it) {
            return self.gen_close(it);
        }
        let n = self.heap.intern("close");
        let m = self.getattr(it, n);
        self.decref(n);
        match m {
            Ok(m) => {
                self.stack.push(m);
                let r = self.call(m, 0, &[]);
                let m = self.stack.pop().unwrap();
                self.decref(m);
                self.decref(r?);
                Ok(())
            }
            Err(e) => {
                self.decref(e);
                Ok(())
            }
        }
    }

    pub fn is_instance_of_exc(&self, e: ObjRef, cls: ExcKind) -> bool {
        let c = self.type_of(e);
        self.is_subclass(c, self.exc_class(cls))
    }

    /// StopIteration's `value`: its first argument, or None.
    pub fn stop_iteration_value(&mut self, e: Exc) -> ObjRef {
        let args = match self.heap.get(e) {
            Obj::Instance(i) => i.exc.as_ref().map(|s| s.args).unwrap_or(ObjRef::NULL),
            _ => ObjRef::NULL,
        };
        let v = match self.heap.get(args) {
            Obj::Tuple(t) if !args.is_null() && !t.is_empty() => t[0],
            _ => NONE,
        };
        self.incref(v);
        v
    }

    /// StopIteration carrying a generator's return value (consumed).
    pub fn stop_iteration(&mut self, v: ObjRef) -> Exc {
        if v == NONE {
            self.decref(v);
            return self.new_exception(ExcKind::StopIteration, None);
        }
        let cls = self.exc_class(ExcKind::StopIteration);
        self.instantiate_exception(cls, vec![v])
    }

    // ----- close and the finalizer ----------------------------------------------

    /// gen_close: throw GeneratorExit in; it must not yield again.
    pub fn gen_close(&mut self, g: ObjRef) -> R<()> {
        let word = self.gen_word(g);
        match self.gen(g).state {
            GenState::Created => {
                self.gen_clear_frame(g);
                return Ok(());
            }
            GenState::Finished => return Ok(()),
            GenState::Running => return Err(self.new_exception(ExcKind::ValueError, Some(&format!("{} already executing", word)))),
            GenState::Suspended => {}
        }
        let ge = self.new_exception(ExcKind::GeneratorExit, None);
        match self.gen_resume(g, Resume::Throw(ge)) {
            Ok(GenStep::Yielded(v)) => {
                self.decref(v);
                Err(self.new_exception(ExcKind::RuntimeError, Some(&format!("{} ignored GeneratorExit", word))))
            }
            Ok(GenStep::Returned(v)) => {
                self.decref(v);
                Ok(())
            }
            Err(e) if self.is_instance_of_exc(e, ExcKind::GeneratorExit) || self.is_instance_of_exc(e, ExcKind::StopIteration) => {
                self.decref(e);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    // ----- attributes and repr --------------------------------------------------

    pub fn gen_getattr(&mut self, g: ObjRef, name: &str) -> Option<R<ObjRef>> {
        let gen = self.gen(g);
        // A coroutine's attributes are its generator's under `cr_` names.
        let name = match gen.kind.attr(name) {
            Some(n) => n,
            None => return None,
        };
        let v = match name {
            "__name__" => gen.name,
            "__qualname__" => gen.qualname,
            "cr_origin" => NONE,
            "gi_code" => gen.code,
            "gi_running" => return Some(Ok(self.heap.bool(gen.state == GenState::Running))),
            "gi_suspended" => return Some(Ok(self.heap.bool(gen.state == GenState::Suspended))),
            "gi_yieldfrom" => {
                if gen.state == GenState::Suspended && gen.in_yield_from {
                    *gen.slots.last().unwrap()
                } else {
                    NONE
                }
            }
            "gi_frame" => {
                if gen.state == GenState::Finished {
                    NONE
                } else if !gen.frame_obj.is_null() {
                    gen.frame_obj
                } else if gen.state == GenState::Running {
                    // the running frame's own object
                    let fo = self.frame_object_of_running(g);
                    return Some(Ok(fo));
                } else {
                    let (code, line) = (gen.code, gen.line);
                    self.incref(code);
                    let fo = self.alloc(Obj::Frame(Box::new(FrameObj { code, locals: vec![], running: false, line, back: ObjRef::NULL })));
                    self.gen_mut(g).frame_obj = fo;
                    fo
                }
            }
            _ => return None,
        };
        self.incref(v);
        Some(Ok(v))
    }

    /// The frame object of the innermost running frame of generator `g`'s code.
    fn frame_object_of_running(&mut self, g: ObjRef) -> ObjRef {
        let code = self.gen(g).code;
        let Some(i) = self.frames.iter().rposition(|f| f.code_obj == code) else {
            self.incref(NONE);
            return NONE;
        };
        self.frame_object(i)
    }

    pub fn gen_repr(&self, g: ObjRef) -> String {
        let q = self.heap.as_str(self.gen(g).qualname).unwrap_or("?");
        format!("<{} object {} at 0x{:x}>", self.gen_word(g), q, self.heap.id(g))
    }

    /// next(g) for `for` loops and builtins: None when it returned.
    pub fn gen_next(&mut self, g: ObjRef) -> R<Option<ObjRef>> {
        let none = self.heap.none();
        match self.gen_resume(g, Resume::Send(none))? {
            GenStep::Yielded(v) => Ok(Some(v)),
            GenStep::Returned(v) => {
                self.decref(v);
                Ok(None)
            }
        }
    }

    /// `g.throw(...)`'s arguments as an exception instance.
    fn throw_arg(&mut self, typ: ObjRef, val: Option<ObjRef>) -> R<Exc> {
        let val = val.filter(|&v| v != NONE);
        match self.heap.get(typ) {
            Obj::Class(c) if c.is_exception => match val {
                Some(v) if matches!(self.heap.get(v), Obj::Instance(i) if i.exc.is_some()) && self.is_subclass(self.type_of(v), typ) => {
                    self.incref(v);
                    Ok(v)
                }
                Some(v) => {
                    self.incref(v);
                    self.stack.push(v);
                    self.call_held(typ, 1)
                }
                None => self.call_value_noargs(typ),
            },
            Obj::Instance(i) if i.exc.is_some() => {
                if val.is_some() {
                    return Err(self.type_error("instance exception may not have a separate value".into()));
                }
                self.incref(typ);
                Ok(typ)
            }
            _ => {
                let msg = format!("exceptions must be classes or instances deriving from BaseException, not {}", self.type_name(typ));
                Err(self.type_error(msg))
            }
        }
    }
}

// ----- the methods (rows of builtins::DEFS) ----------------------------------------

fn step_result(it: &mut Interp, step: GenStep) -> R<ObjRef> {
    match step {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => Err(it.stop_iteration(v)),
    }
}

pub fn gen_send(it: &mut Interp, g: ObjRef, args: &[ObjRef], _: builtins::Kw) -> R<ObjRef> {
    if args.len() != 1 {
        return Err(it.type_error(format!("{}.send() takes exactly one argument ({} given)", it.gen_word(g), args.len())));
    }
    it.incref(args[0]);
    let step = it.gen_resume(g, Resume::Send(args[0]))?;
    step_result(it, step)
}

pub fn gen_throw(it: &mut Interp, g: ObjRef, args: &[ObjRef], _: builtins::Kw) -> R<ObjRef> {
    if args.is_empty() || args.len() > 3 {
        return Err(it.type_error(format!("throw expected at least 1 argument, got {}", args.len())));
    }
    let e = it.throw_arg(args[0], args.get(1).copied())?;
    let step = it.gen_resume(g, Resume::Throw(e))?;
    step_result(it, step)
}

pub fn gen_close_method(it: &mut Interp, g: ObjRef, args: &[ObjRef], _: builtins::Kw) -> R<ObjRef> {
    if !args.is_empty() {
        return Err(it.type_error(format!("{}.close() takes no arguments ({} given)", it.gen_word(g), args.len())));
    }
    it.gen_close(g)?;
    Ok(it.heap.none())
}

pub fn gen_next_method(it: &mut Interp, g: ObjRef, _: &[ObjRef], _: builtins::Kw) -> R<ObjRef> {
    let none = it.heap.none();
    let step = it.gen_resume(g, Resume::Send(none))?;
    step_result(it, step)
}

pub fn gen_iter_method(it: &mut Interp, g: ObjRef, _: &[ObjRef], _: builtins::Kw) -> R<ObjRef> {
    it.incref(g);
    Ok(g)
}
