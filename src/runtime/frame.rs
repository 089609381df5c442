//! Frame objects: the Python-visible face of a frame.
//!
//! A running frame is a `Frame` on `Interp::frames` (its slots on the
//! evaluation stack); a frame *object* is made only when something asks for
//! one: a traceback entry, `sys._getframe()`, `gen.gi_frame`, `f_back`. The
//! running frame then holds one reference to it. When the frame returns
//! while its object is still referenced (by a traceback, typically), the
//! locals move into the object and live as long as it does — the reason an
//! exception's traceback keeps every frame's locals alive.
//!
//! * holds: its code object, and once the frame has finished its locals
//!   and `f_back`;
//! * releases: the locals in slot order, then the code, then `f_back`;
//! * traverse: all three; clear: the locals (clear empties them);
//! * size: 72 bytes (PyFrameObject without its embedded frame), plus the GC
//!   header.
//!
//! `f_lineno`, `f_globals`, `f_back` and `f_locals` are read from the running
//! frame while there is one; a finished frame keeps the line it ended on,
//! its locals and, as CPython 3.11's does, its caller's frame object as
//! `f_back` (made then if it did not exist): so a traceback keeps alive
//! every frame it passed through *and the frames that called them*. A
//! suspended generator's frame has no `f_back`.

use super::*;

impl Interp {
    /// The frame object of the running frame `i` (0 = outermost), made on
    /// first use; a new reference.
    pub fn frame_object(&mut self, i: usize) -> ObjRef {
        if self.frames[i].frame_obj.is_null() {
            let code = self.frames[i].code_obj;
            self.heap.incref(code);
            let line = self.frames[i].line;
            let fo = self.heap.alloc(Obj::Frame(Box::new(FrameObj { code, locals: vec![], running: true, line, back: ObjRef::NULL })));
            self.frames[i].frame_obj = fo;
        }
        let fo = self.frames[i].frame_obj;
        self.incref(fo);
        fo
    }

    pub fn frame_getattr(&mut self, fo: ObjRef, name: &str) -> Option<R<ObjRef>> {
        let Obj::Frame(f) = self.heap.get(fo) else { return None };
        let (code, stored_line) = (f.code, f.line);
        let running = self.frames.iter().rposition(|fr| fr.frame_obj == fo);
        Some(Ok(match name {
            "f_code" => {
                self.incref(code);
                code
            }
            "f_lineno" => {
                let line = running.map_or(stored_line, |i| self.frames[i].line);
                self.heap.int(line as i64)
            }
            "f_globals" => {
                let g = running.map_or(self.globals, |i| self.frames[i].globals);
                self.incref(g);
                g
            }
            "f_back" => match running {
                Some(i) if i > 0 => self.frame_object(i - 1),
                Some(_) => self.heap.none(),
                None => {
                    let back = match self.heap.get(fo) {
                        Obj::Frame(f) if !f.back.is_null() => f.back,
                        _ => NONE,
                    };
                    self.incref(back);
                    back
                }
            },
            "f_locals" => return Some(self.frame_locals(fo, running)),
            _ => return None,
        }))
    }

    /// A snapshot of the frame's variables as a dict (a module frame's
    /// locals are its globals).
    fn frame_locals(&mut self, fo: ObjRef, running: Option<usize>) -> R<ObjRef> {
        let code = match self.heap.get(fo) {
            Obj::Frame(f) => f.code,
            _ => unreachable!(),
        };
        let code = match self.heap.get(code) {
            Obj::Code(c) => c.clone(),
            _ => unreachable!(),
        };
        if code.kind == crate::compile::code::CodeKind::Module {
            let g = running.map_or(self.globals, |i| self.frames[i].globals);
            self.incref(g);
            return Ok(g);
        }
        let slots: Vec<ObjRef> = match running {
            Some(i) => {
                let base = self.frames[i].base;
                self.stack[base..base + code.frame_size()].to_vec()
            }
            None => match self.heap.get(fo) {
                Obj::Frame(f) => f.locals.clone(),
                _ => vec![],
            },
        };
        self.locals_dict(&code, &slots)
    }

    /// A new dict of a function frame's variables from its slots (locals,
    /// then cells and free variables, which show their contents); hidden
    /// temporaries and unbound names are left out.
    pub fn locals_dict(&mut self, code: &crate::compile::code::Code, slots: &[ObjRef]) -> R<ObjRef> {
        let names: Vec<&String> = code.varnames.iter().chain(code.cellvars.iter()).chain(code.freevars.iter()).collect();
        let nlocals = code.varnames.len();
        let d = self.new_dict();
        self.stack.push(d);
        for (k, (name, &v)) in names.iter().zip(slots.iter()).enumerate() {
            if name.starts_with('.') {
                continue;
            }
            // cells and free variables show their contents
            let v = if k >= nlocals {
                match self.heap.get(v) {
                    Obj::Cell(c) if !v.is_null() => *c,
                    _ => ObjRef::NULL,
                }
            } else {
                v
            };
            if v.is_null() {
                continue;
            }
            let key = self.heap.intern(name);
            let r = self.dict_set(d, key, v);
            self.decref(key);
            if let Err(e) = r {
                self.stack.pop();
                self.decref(d);
                return Err(e);
            }
        }
        self.stack.pop();
        Ok(d)
    }
}

/// sys._getframe([depth]): the frame object `depth` calls up.
pub fn sys_getframe(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: builtins::Kw) -> R<ObjRef> {
    builtins::no_kw(it, "sys._getframe", kw)?;
    builtins::check_args(it, "_getframe", args, 0, 1)?;
    let depth = match args.first() {
        Some(&a) => match it.small_index(a) {
            Some(v) => v,
            None => return Err(it.type_error(format!("'{}' object cannot be interpreted as an integer", it.type_name(a)))),
        },
        None => 0,
    };
    let n = it.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(it.new_exception(ExcKind::ValueError, Some("call stack is not deep enough")));
    }
    Ok(it.frame_object((n - 1 - depth) as usize))
}
