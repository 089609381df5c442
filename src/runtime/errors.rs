//! Exceptions: the built-in exception classes, raising, matching, and
//! CPython-style tracebacks.
//!
//! An exception is an instance of a class derived from BaseException; its
//! `ExcState` holds the args tuple and `__traceback__`: a chain of traceback
//! objects, one made each time the exception leaves a frame (PyTraceBack_Here
//! puts the new one in front, so the head is the outermost frame and
//! `tb_next` leads inwards). Each holds its frame object, which keeps the
//! frame's locals alive until the exception goes.

use std::io::Write;

use super::*;

pub fn install_exceptions(it: &mut Interp) {
    let be = it.type_obj(TypeId::BaseException);
    it.types.exc[ExcKind::BaseException as usize] = be;
    for &kind in &ExcKind::AT_STARTUP[1..] {
        let name = kind.name();
        let b = it.types.exc[kind.base().expect("only BaseException has no base") as usize];
        it.heap.incref(b);
        let n = it.heap.intern(name);
        it.heap.set_flag(n, F_RUNTIME);
        it.heap.incref(n);
        let c = it.runtime_obj(Obj::Class(Box::new(ClassObj {
            is_exception: true,
            ..ClassObj::new(n, name, Some(b))
        })));
        it.types.exc[kind as usize] = c;
    }
}

impl Interp {
    /// The class of a start-up kind (a lazy kind's is NULL until it is made:
    /// `coroutine.rs` makes StopAsyncIteration).
    pub fn exc_class(&self, kind: ExcKind) -> ObjRef {
        self.types.exc[kind as usize]
    }

    /// A new exception of a built-in class with an optional message.
    pub fn new_exception(&mut self, kind: ExcKind, msg: Option<&str>) -> Exc {
        let cls = if kind.is_lazy() { self.lazy_exc_class(kind) } else { self.exc_class(kind) };
        let args = match msg {
            Some(m) => vec![self.heap.str(m)],
            None => vec![],
        };
        self.instantiate_exception(cls, args)
    }

    /// An exception instance of `cls` with these args (consumed), without running __init__.
    pub fn instantiate_exception(&mut self, cls: ObjRef, args: Vec<ObjRef>) -> Exc {
        let args = self.new_tuple(args);
        self.incref(cls);
        self.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            attrs: vec![],
            exc: Some(Box::new(ExcState { args, tb: ObjRef::NULL, context: ObjRef::NULL, cause: ObjRef::NULL, suppress_context: false })),
        })))
    }

    pub fn is_exception_class(&self, c: ObjRef) -> bool {
        matches!(self.heap.get(c), Obj::Class(cls) if cls.is_exception)
    }

    /// `raise X`: an exception instance from an instance or a class (consumes `e`).
    pub fn make_raisable(&mut self, e: ObjRef) -> R<ObjRef> {
        match self.heap.get(e) {
            Obj::Instance(i) if i.exc.is_some() => Ok(e),
            Obj::Class(c) if c.is_exception => {
                let r = self.call_value_noargs(e);
                self.decref(e);
                let r = r?;
                if !matches!(self.heap.get(r), Obj::Instance(i) if i.exc.is_some()) {
                    self.decref(r);
                    return Err(self.new_exception(ExcKind::TypeError, Some("calling exception class should have returned an instance of BaseException")));
                }
                Ok(r)
            }
            _ => {
                self.decref(e);
                Err(self.new_exception(ExcKind::TypeError, Some("exceptions must derive from BaseException")))
            }
        }
    }

    pub fn call_value_noargs(&mut self, f: ObjRef) -> R<ObjRef> {
        self.call(f, 0, &[])
    }

    /// `except T:` — does `e` match T (a class or a tuple of classes)?
    pub fn exception_matches(&mut self, e: Exc, t: ObjRef) -> R<bool> {
        let cls = self.type_of(e);
        match self.heap.get(t) {
            Obj::Class(c) => {
                if !c.is_exception {
                    return Err(self.new_exception(ExcKind::TypeError, Some("catching classes that do not inherit from BaseException is not allowed")));
                }
                Ok(self.is_subclass(cls, t))
            }
            Obj::Tuple(items) => {
                let items = items.to_vec();
                for i in items {
                    if self.exception_matches(e, i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.new_exception(ExcKind::TypeError, Some("catching classes that do not inherit from BaseException is not allowed"))),
        }
    }

    /// `base` is on the MRO of `c`.
    pub fn is_subclass(&self, c: ObjRef, base: ObjRef) -> bool {
        c == base || self.mro_contains(c, base)
    }

    /// PyTraceBack_Here: the exception passed through the current frame.
    pub fn add_traceback(&mut self, e: Exc) {
        let Some(frame) = self.frames.last_mut() else { return };
        // The innermost expression that raised, when one did: its line (a
        // statement can span several) and its position for the carets.
        let pos = std::mem::replace(&mut frame.err_pos, crate::compile::code::NO_POS);
        let line = match frame.code.positions.get(pos as usize) {
            Some(p) => p.line,
            None => frame.line,
        };
        let i = self.frames.len() - 1;
        let fo = self.frame_object(i);
        self.decref(fo);
        let head = match self.heap.get(e) {
            Obj::Instance(i) => match &i.exc {
                Some(st) => st.tb,
                None => return,
            },
            _ => return,
        };
        if !head.is_null() && matches!(self.heap.get(head), Obj::Traceback(t) if t.frame == fo) {
            return;
        }
        // A new traceback object in front of the chain (it takes over the
        // exception's reference to the old head).
        self.heap.incref(fo);
        let tb = self.alloc(Obj::Traceback(Box::new(TbObj { next: head, frame: fo, lineno: line, pos })));
        if let Obj::Instance(i) = self.heap.get_mut(e) {
            if let Some(st) = &mut i.exc {
                st.tb = tb;
            }
        }
    }

    /// `e.__traceback__` as a new reference (None when it has none).
    pub fn exception_traceback(&mut self, e: Exc) -> ObjRef {
        let tb = match self.heap.get(e) {
            Obj::Instance(i) => i.exc.as_ref().map_or(ObjRef::NULL, |s| s.tb),
            _ => ObjRef::NULL,
        };
        let tb = if tb.is_null() { NONE } else { tb };
        self.incref(tb);
        tb
    }

    /// The traceback chain from `tb` inwards: (frame, line, position) per entry.
    pub fn traceback_entries(&self, mut tb: ObjRef) -> Vec<TbObj> {
        let mut out = Vec::new();
        while !tb.is_null() {
            match self.heap.get(tb) {
                Obj::Traceback(t) => {
                    out.push(**t);
                    tb = t.next;
                }
                _ => break,
            }
        }
        out
    }

    /// str(exception) as the last line of a traceback shows it.
    pub fn exception_str(&mut self, e: Exc) -> String {
        let cls = self.type_of(e);
        let is_key_error = self.is_subclass(cls, self.exc_class(ExcKind::KeyError));
        // A user-defined __str__ wins.
        if let Some(f) = self.lookup_user_attr(cls, self.names.str_) {
            self.incref(e);
            self.stack.push(e);
            let r = self.call_held(f, 1);
            return match r {
                Ok(s) => {
                    let t = self.heap.as_str(s).unwrap_or("").to_string();
                    self.decref(s);
                    t
                }
                Err(x) => {
                    self.decref(x);
                    "<exception str() failed>".into()
                }
            };
        }
        if let Some((se, filename)) = self.syntax_error_details(e) {
            // SyntaxError_str: the message and where, with the file's base name.
            let base = filename.rsplit('/').next().unwrap_or(&filename);
            return format!("{} ({}, line {})", se.msg, base, se.lineno);
        }
        let args = match self.heap.get(e) {
            Obj::Instance(i) => i.exc.as_ref().map(|s| s.args).unwrap_or(ObjRef::NULL),
            _ => ObjRef::NULL,
        };
        let items: Vec<ObjRef> = match self.heap.get(args) {
            Obj::Tuple(t) if !args.is_null() => t.to_vec(),
            _ => vec![],
        };
        let text = match items.len() {
            0 => return String::new(),
            1 if is_key_error => self.repr(items[0]),
            1 => self.str_of(items[0]),
            _ => self.repr(args),
        };
        // The exception a failing __str__/__repr__ raised is released, as CPython does.
        text.unwrap_or_else(|x| {
            self.decref(x);
            "<exception str() failed>".into()
        })
    }

    /// The name a traceback prints for an exception class (`__main__.E` for user classes).
    pub fn exception_type_name(&self, cls: ObjRef) -> String {
        match self.heap.get(cls) {
            Obj::Class(c) => {
                // traceback prints module.qualname except for builtins and __main__
                if self.heap.flags(cls) & F_RUNTIME != 0 {
                    self.heap.as_str(c.name).unwrap_or("?").to_string()
                } else {
                    match self.class_module(cls) {
                        Some(m) => format!("{}.{}", m, c.qualname),
                        None => c.qualname.clone(),
                    }
                }
            }
            _ => "?".into(),
        }
    }

    /// Prints a traceback for `e` (owned by the caller) on stderr, with
    /// chained causes and contexts. `e` is held while its message is made,
    /// which may run Python code (a key's `__repr__` for a KeyError).
    pub fn print_exception(&mut self, e: Exc) {
        let text = self.holding(e, "exception being printed", |it| it.format_exception_with(e, true)).concat();
        self.write_stderr(&text);
    }

    /// `e`'s traceback without its causes and contexts (as sys.unraisablehook
    /// prints it).
    pub fn print_exception_unchained(&mut self, e: Exc) {
        let mut out = Vec::new();
        self.format_one_exception(e, &mut out, false);
        self.write_stderr(&out.concat());
    }

    pub fn write_stderr(&mut self, text: &str) {
        let _ = self.out.flush();
        let stderr = std::io::stderr();
        let mut lock = stderr.lock();
        let _ = lock.write_all(text.as_bytes());
        let _ = lock.flush();
    }

    /// The text of `e`'s traceback in the pieces `traceback.format_exception`
    /// returns: the header, one piece per frame (its `File` line, source and
    /// carets), the chaining messages, the exception's last line.
    pub fn format_exception(&mut self, e: Exc) -> Vec<String> {
        self.format_exception_with(e, false)
    }

    /// `format_exception`, with the display's "Did you mean" when `suggest`
    /// (the interpreter's own report, not the `traceback` module's).
    pub fn format_exception_with(&mut self, e: Exc, suggest: bool) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = vec![];
        self.format_exception_chain(e, &mut out, &mut seen, suggest);
        out
    }

    fn format_exception_chain(&mut self, e: Exc, out: &mut Vec<String>, seen: &mut Vec<ObjRef>, suggest: bool) {
        seen.push(e);
        let (cause, context, suppress) = match self.heap.get(e) {
            Obj::Instance(i) => match &i.exc {
                Some(s) => (s.cause, s.context, s.suppress_context),
                None => (ObjRef::NULL, ObjRef::NULL, false),
            },
            _ => (ObjRef::NULL, ObjRef::NULL, false),
        };
        if !cause.is_null() && !seen.contains(&cause) {
            self.format_exception_chain(cause, out, seen, suggest);
            out.push("\nThe above exception was the direct cause of the following exception:\n\n".into());
        } else if !context.is_null() && !suppress && !seen.contains(&context) {
            self.format_exception_chain(context, out, seen, suggest);
            out.push("\nDuring handling of the above exception, another exception occurred:\n\n".into());
        }
        self.format_one_exception(e, out, suggest);
    }

    fn format_one_exception(&mut self, e: Exc, out: &mut Vec<String>, suggest: bool) {
        let head = match self.heap.get(e) {
            Obj::Instance(i) => i.exc.as_ref().map_or(ObjRef::NULL, |s| s.tb),
            _ => ObjRef::NULL,
        };
        let frames = self.format_tb(head);
        if !frames.is_empty() {
            out.push("Traceback (most recent call last):\n".into());
            out.extend(frames);
        }
        // A SyntaxError shows where in its source it is, as the compiler's own report does.
        if let Some((se, filename)) = self.syntax_error_details(e) {
            if self.lookup_user_attr(self.type_of(e), self.names.str_).is_none() {
                out.push(se.render(&filename));
                return;
            }
        }
        let mut last = self.exception_last_line(e);
        if let Some(s) = if suggest { self.offer_suggestion(e) } else { None } {
            last.insert_str(last.len() - 1, &format!(". Did you mean: '{}'?", s));
        }
        out.push(last);
    }

    /// `traceback.format_tb`: one piece per entry of the chain from `head`
    /// inwards, with CPython's "[Previous line repeated N more times]".
    pub fn format_tb(&mut self, head: ObjRef) -> Vec<String> {
        let mut out = Vec::new();
        let tb = self.traceback_entries(head);
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0;
        let repeated = |n: usize| format!("  [Previous line repeated {} more time{}]\n", n - 2, if n - 2 == 1 { "" } else { "s" });
        for t in tb.iter() {
            let Some((filename, name, line, carets)) = self.tb_entry_parts(t) else { continue };
            let key = (filename.clone(), t.lineno, name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats >= 3 {
                    continue;
                }
            } else {
                if repeats >= 3 {
                    out.push(repeated(repeats));
                }
                repeats = 0;
            }
            last = Some(key);
            let mut piece = format!("  File \"{}\", line {}, in {}\n", filename, t.lineno, name);
            if let Some(l) = line {
                piece.push_str(&format!("    {}\n", l));
                piece.push_str(&carets);
            }
            out.push(piece);
        }
        if repeats >= 3 {
            out.push(repeated(repeats));
        }
        out
    }

    /// One traceback entry's parts: file name, function name, the source
    /// line as a traceback prints it (indentation stripped; None for code
    /// without a file or a blank line) and the caret line under it (often
    /// empty).
    pub fn tb_entry_parts(&self, t: &TbObj) -> Option<(String, String, Option<String>, String)> {
        let (filename, name, src, pos) = match self.heap.get(t.frame) {
            Obj::Frame(f) => match self.heap.get(f.code) {
                Obj::Code(c) => (c.filename.to_string(), c.name.clone(), c.source.clone(), c.positions.get(t.pos as usize).copied()),
                _ => return None,
            },
            _ => return None,
        };
        let mut text = None;
        let mut under = String::new();
        if !filename.starts_with('<') {
            if let Some(line) = (t.lineno as usize).checked_sub(1).and_then(|i| src.lines().nth(i)) {
                // CPython strips the indentation, not trailing spaces.
                let l = line.trim_start().trim_end_matches('\r');
                if !l.trim().is_empty() {
                    text = Some(l.to_string());
                    if let Some(p) = pos {
                        under = carets(&src, line, &p);
                    }
                }
            }
        }
        Some((filename, name, text, under))
    }

    /// `TypeName: message` as a traceback ends.
    pub fn exception_last_line(&mut self, e: Exc) -> String {
        let cls = self.type_of(e);
        let name = self.exception_type_name(cls);
        let msg = self.exception_str(e);
        if msg.is_empty() {
            format!("{}\n", name)
        } else {
            format!("{}: {}\n", name, msg)
        }
    }
}

/// The indicator line under a traceback's source line (CPython 3.11's
/// `print_error_location_carets`): `^` under the expression that raised,
/// or `~` for the operands and `^` for the operator or subscript; nothing
/// when the expression is the whole line and has no anchors.
fn carets(src: &str, line: &str, p: &crate::compile::code::Pos) -> String {
    // Byte offset of `line` in `src`.
    let line_start = line.as_ptr() as usize - src.as_ptr() as usize;
    let line_end = line_start + line.len();
    let start = p.start as usize;
    if start < line_start || start > line_end {
        return String::new();
    }
    let chars = |a: usize, b: usize| src.get(a..b).map_or(0, |s| s.chars().count());
    let stripped_chars = line.chars().take_while(|c| c.is_whitespace()).count();
    let stripped_len = line.trim_start().trim_end_matches('\r').chars().count();
    let start_col = chars(line_start, start);
    let single = (p.end as usize) <= line_end;
    let end_col = if single { chars(line_start, p.end as usize) } else { stripped_chars + stripped_len };
    // Anchors, relative to the segment start, in characters.
    let anchors = if single && p.left != crate::compile::code::NO_POS && p.left >= p.start && p.right <= p.end && p.left <= p.right {
        Some((chars(start, p.left as usize), chars(start, p.right as usize)))
    } else {
        None
    };
    let width = end_col.saturating_sub(start_col);
    let show = width < stripped_len || anchors.map_or(false, |(l, r)| r > l);
    if !show || start_col < stripped_chars {
        return String::new();
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start_col - stripped_chars));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(width.saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    out.push('\n');
    out
}
