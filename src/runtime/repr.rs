//! repr() and str(), with CPython's recursion guard (`[...]` for a
//! container already being printed).

use super::pyfmt;
use super::*;

pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let v = c as u32;
        if v < 128 {
            out.push(c);
        } else if v < 256 {
            out.push_str(&format!("\\x{:02x}", v));
        } else if v < 65536 {
            out.push_str(&format!("\\u{:04x}", v));
        } else {
            out.push_str(&format!("\\U{:08x}", v));
        }
    }
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote)
            }
            32..=126 => out.push(c as char),
            _ => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

impl Interp {
    pub fn str_of(&mut self, v: ObjRef) -> R<String> {
        if let Some(cls) = self.sub_class(v) {
            // A subclass of a built-in type: its own __str__, else its own
            // __repr__, else the base's str().
            if let Some(f) = self.lookup_user_attr(cls, self.names.str_) {
                return self.call_str_method(f, v, "__str__");
            }
            if self.lookup_user_attr(cls, self.names.repr).is_some() {
                return self.repr(v);
            }
        }
        match self.heap.get(v) {
            Obj::Str(s) => Ok(s.s().to_string()),
            Obj::MappingProxy(_) => self.proxy_repr(v, false),
            Obj::Instance(inst) => {
                let cls = inst.class;
                let is_exc = inst.exc.is_some();
                if let Some(f) = self.lookup_user_attr(cls, self.names.str_) {
                    return self.call_str_method(f, v, "__str__");
                }
                if is_exc {
                    // A user __repr__ does not change str() of an exception.
                    return Ok(self.exception_str(v));
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    pub(crate) fn call_str_method(&mut self, f: ObjRef, v: ObjRef, what: &str) -> R<String> {
        self.incref(v);
        self.stack.push(v);
        let r = self.call_held(f, 1);
        let r = r?;
        let out = match self.heap.get(r) {
            Obj::Str(s) => Ok(s.s().to_string()),
            _ => {
                let msg = format!("{} returned non-string (type {})", what, self.type_name(r));
                Err(msg)
            }
        };
        self.decref(r);
        out.map_err(|m| self.type_error(m))
    }

    pub fn repr(&mut self, v: ObjRef) -> R<String> {
        if let Some(f) = self.meta_dunder(v, "__repr__") {
            // a class whose metaclass defines __repr__ (`<enum 'Color'>`)
            self.enter_c_recursion(" while getting the repr of an object")?;
            let r = self.call_str_method(f, v, "__repr__");
            self.c_depth -= 1;
            return r;
        }
        if let Some(cls) = self.sub_class(v) {
            if let Some(f) = self.lookup_user_attr(cls, self.names.repr) {
                self.enter_c_recursion(" while getting the repr of an object")?;
                let r = self.call_str_method(f, v, "__repr__");
                self.c_depth -= 1;
                return r;
            }
        }
        self.repr_base(v)
    }

    /// repr() as the built-in type prints it (a subclass's `__repr__` aside).
    pub fn repr_base(&mut self, v: ObjRef) -> R<String> {
        let obj = self.heap.get(v);
        Ok(match obj {
            Obj::None => "None".into(),
            Obj::Bool(b) => if *b { "True" } else { "False" }.into(),
            Obj::Ellipsis => "Ellipsis".into(),
            Obj::NotImplemented => "NotImplemented".into(),
            Obj::Int(i) => i.to_string(),
            Obj::BigInt(b) => {
                let b = (**b).clone();
                pyfmt::int_to_str(&b).map_err(|e| self.fmt_err(e))?
            }
            Obj::Float(f) => pyfmt::float_repr(*f),
            Obj::Complex(c) => super::complex::complex_repr(c.re, c.im),
            Obj::GetSet(g) => self.getset_repr(*g),
            Obj::MappingProxy(_) => return self.proxy_repr(v, true),
            Obj::Str(s) => pyfmt::repr_str(&s.s()),
            Obj::Bytes(b) => bytes_repr(b),
            Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) | Obj::DictView { .. } => return self.repr_container(v),
            Obj::Range(_) => self.range_repr(v),
            Obj::Class(c) => {
                let name = if self.heap.flags(v) & F_RUNTIME != 0 { self.heap.as_str(c.name).unwrap_or("?").to_string() } else { self.class_path(v) };
                format!("<class '{}'>", name)
            }
            Obj::Function(f) => format!("<function {} at 0x{:x}>", f.qualname, self.heap.id(v)),
            Obj::BuiltinFunction { id, bound } => {
                let (id, bound) = (*id, *bound);
                let name = builtins::builtin_name(id);
                if bound.is_null() {
                    format!("<built-in function {}>", name)
                } else if matches!(self.heap.get(bound), Obj::Module(_)) {
                    format!("<built-in function {}>", name)
                } else {
                    format!("<built-in method {} of {} object at 0x{:x}>", name, self.type_name(bound), self.heap.id(bound))
                }
            }
            Obj::Method { func, self_ } => {
                let (func, self_) = (*func, *self_);
                let qn = match self.heap.get(func) {
                    Obj::Function(f) => f.qualname.clone(),
                    _ => "?".into(),
                };
                let sr = self.repr(self_)?;
                format!("<bound method {} of {}>", qn, sr)
            }
            Obj::Cell(c) => {
                let c = *c;
                if c.is_null() {
                    format!("<cell at 0x{:x}: empty>", self.heap.id(v))
                } else {
                    format!("<cell at 0x{:x}: {} object at 0x{:x}>", self.heap.id(v), self.type_name(c), self.heap.id(c))
                }
            }
            Obj::Code(c) => format!("<code object {} at 0x{:x}, file \"{}\", line {}>", c.name, self.heap.id(v), c.filename, c.firstlineno),
            Obj::Module(m) => self.module_repr(m.name, m.dict),
            Obj::Slice(p) => {
                let p = **p;
                format!("slice({}, {}, {})", self.repr(p[0])?, self.repr(p[1])?, self.repr(p[2])?)
            }
            Obj::WeakRef(_) => self.weakref_repr(v),
            Obj::Instance(inst) => {
                let cls = inst.class;
                let is_exc = inst.exc.is_some();
                if let Some(f) = self.lookup_user_attr(cls, self.names.repr) {
                    self.enter_c_recursion(" while getting the repr of an object")?;
                    let r = self.call_str_method(f, v, "__repr__");
                    self.c_depth -= 1;
                    return r;
                }
                if is_exc {
                    let args = match self.heap.get(v) {
                        Obj::Instance(i) => i.exc.as_ref().unwrap().args,
                        _ => unreachable!(),
                    };
                    let name = self.class_name(cls);
                    let n = match self.heap.get(args) {
                        Obj::Tuple(t) => t.len(),
                        _ => 0,
                    };
                    if n == 1 {
                        let a = match self.heap.get(args) {
                            Obj::Tuple(t) => t[0],
                            _ => unreachable!(),
                        };
                        format!("{}({})", name, self.repr(a)?)
                    } else {
                        format!("{}{}", name, self.repr(args)?)
                    }
                } else {
                    format!("<{} object at 0x{:x}>", self.class_path(cls), self.heap.id(v))
                }
            }
            Obj::Iter(_) => format!("<{} object at 0x{:x}>", obj.type_name(), self.heap.id(v)),
            Obj::Frame(_) => format!("<frame at 0x{:x}>", self.heap.id(v)),
            Obj::Generator(_) => self.gen_repr(v),
            Obj::Traceback(_) => format!("<traceback object at 0x{:x}>", self.heap.id(v)),
            Obj::Property { .. } => format!("<property object at 0x{:x}>", self.heap.id(v)),
            Obj::StaticMethod(_) => format!("<staticmethod object at 0x{:x}>", self.heap.id(v)),
            Obj::ClassMethod(_) => format!("<classmethod object at 0x{:x}>", self.heap.id(v)),
            Obj::Super { .. } => "<super object>".into(),
            Obj::Free | Obj::Sub(_) => "<freed object>".into(),
        })
    }

    fn repr_container(&mut self, v: ObjRef) -> R<String> {
        if self.repr_stack.contains(&v) {
            return Ok(match self.heap.get(v) {
                Obj::List(_) => "[...]",
                Obj::Dict(_) => "{...}",
                Obj::Set(_) => "set(...)",
                _ => "(...)",
            }
            .into());
        }
        self.enter_c_recursion(" while getting the repr of an object")?;
        self.repr_stack.push(v);
        // Keep the container alive while its items' __repr__ may run.
        self.incref(v);
        self.stack.push(v);
        // A repr grows in Rust only: it meets the budget at each container.
        let r = self.repr_container_inner(v).and_then(|s| self.check_memory().map(|_| s));
        self.stack.pop();
        self.repr_stack.pop();
        self.c_depth -= 1;
        self.decref(v);
        r
    }

    fn repr_container_inner(&mut self, v: ObjRef) -> R<String> {
        match self.heap.get(v) {
            Obj::List(l) => {
                let items = l.items.clone();
                let mut s = String::from("[");
                for (k, i) in items.into_iter().enumerate() {
                    if k > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&self.repr_item(i)?);
                }
                s.push(']');
                Ok(s)
            }
            Obj::Tuple(t) => {
                let items = t.to_vec();
                let mut s = String::from("(");
                let n = items.len();
                for (k, i) in items.into_iter().enumerate() {
                    if k > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&self.repr_item(i)?);
                }
                if n == 1 {
                    s.push(',');
                }
                s.push(')');
                Ok(s)
            }
            Obj::Dict(d) => {
                let items: Vec<(ObjRef, ObjRef)> = d.iter().map(|e| (e.key, e.value)).collect();
                let mut s = String::from("{");
                for (k, (key, val)) in items.into_iter().enumerate() {
                    if k > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&self.repr_item(key)?);
                    s.push_str(": ");
                    s.push_str(&self.repr_item(val)?);
                }
                s.push('}');
                Ok(s)
            }
            Obj::Set(d) => {
                let items: Vec<ObjRef> = d.iter().map(|e| e.key).collect();
                // set_repr: a subclass's instance shows its class, `S({1})`.
                let sub = if self.heap.is_sub(v) || d.frozen { Some(self.type_name(v)) } else { None };
                if items.is_empty() {
                    return Ok(format!("{}()", sub.as_deref().unwrap_or("set")));
                }
                let mut s = match &sub {
                    Some(n) => format!("{}({{", n),
                    None => String::from("{"),
                };
                for (k, i) in items.into_iter().enumerate() {
                    if k > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&self.repr_item(i)?);
                }
                s.push_str(if sub.is_some() { "})" } else { "}" });
                Ok(s)
            }
            Obj::DictView { dict, kind } => {
                let (dict, kind) = (*dict, *kind);
                let name = match kind {
                    DictViewKind::Keys => "dict_keys",
                    DictViewKind::Values => "dict_values",
                    DictViewKind::Items => "dict_items",
                };
                let items = self.dict_items(dict);
                let mut s = format!("{}([", name);
                for (k, (key, val)) in items.into_iter().enumerate() {
                    if k > 0 {
                        s.push_str(", ");
                    }
                    match kind {
                        DictViewKind::Keys => s.push_str(&self.repr_item(key)?),
                        DictViewKind::Values => s.push_str(&self.repr_item(val)?),
                        DictViewKind::Items => {
                            s.push('(');
                            s.push_str(&self.repr_item(key)?);
                            s.push_str(", ");
                            s.push_str(&self.repr_item(val)?);
                            s.push(')');
                        }
                    }
                }
                s.push_str("])");
                Ok(s)
            }
            _ => unreachable!(),
        }
    }

    /// repr of an item, keeping it alive while a user __repr__ runs.
    fn repr_item(&mut self, i: ObjRef) -> R<String> {
        self.incref(i);
        self.stack.push(i);
        let r = self.repr(i);
        self.stack.pop();
        self.decref(i);
        r
    }
}
