//! Weak references beyond the bare pointer (`types/weakref.rs`): what
//! CPython's `Objects/weakrefobject.c` gives the three weakref types.
//!
//! * `weakref.ref` is a type (`ReferenceType`): calling it makes a weakref,
//!   a callback-less one of the exact type is shared ("basic"), a class
//!   statement may derive from it (its instances are `Obj::Sub` around the
//!   payload and are never shared);
//! * a ref compares and hashes through its referent while that lives; a
//!   dead one compares by identity and keeps the hash it had (one never
//!   hashed while alive cannot be hashed any more);
//! * `getweakrefs` lists them in CPython's list order: the basic ref, the
//!   basic proxy, then the others newest first (each is inserted after the
//!   basic ones);
//! * a proxy (`weakref.proxy`) forwards attribute access, calls (the
//!   callable kind), operators and `str` to its referent, and raises
//!   ReferenceError once that is gone; its own `repr` and `hash` are not
//!   forwarded;
//! * the members of `weakref` that a program rarely needs — `getweakrefs`,
//!   `proxy` and the proxy types (the native `_weakref` below), `finalize`,
//!   `WeakMethod` and the weak containers (Python source, `weakref_lib.py`)
//!   — are made the first time the program asks the module for them, so an
//!   `import weakref` alone adds nothing to the start-up heap.

use super::builtins::Kw;
use super::stdlib::set_member;
use super::*;
use crate::types::weakref::WeakKind;

/// The native half of the lazily made members (`_weakref`).
pub const FUNCTIONS: &[(&str, super::builtins::BuiltinFn)] = &[("getweakrefs", getweakrefs), ("proxy", proxy)];

/// Members of `weakref` made on first use, and the module they come from.
const LAZY_MEMBERS: &[(&str, &str)] = &[
    ("getweakrefs", "_weakref"),
    ("proxy", "_weakref"),
    ("ProxyType", "_weakref"),
    ("CallableProxyType", "_weakref"),
    ("ProxyTypes", "_weakref"),
    ("finalize", "_weakreflib"),
    ("WeakMethod", "_weakreflib"),
    ("KeyedRef", "_weakreflib"),
    ("WeakKeyDictionary", "_weakreflib"),
    ("WeakValueDictionary", "_weakreflib"),
    ("WeakSet", "_weakreflib"),
];

/// `_weakref`'s other members: the two proxy types (made here, once).
pub fn fill(it: &mut Interp, d: ObjRef) {
    let object = it.type_obj(TypeId::Object);
    let mut types = Vec::new();
    for name in ["weakref.ProxyType", "weakref.CallableProxyType"] {
        it.incref(object);
        let n = it.heap.intern(name);
        it.heap.set_flag(n, crate::heap::F_RUNTIME);
        it.incref(n);
        // `builtin` names the payload's type for the constructor, which
        // refuses to make these ("cannot create ... instances").
        let c = it.runtime_obj(Obj::Class(Box::new(ClassObj {
            name: n,
            qualname: name.to_string(),
            base: Some(object),
            bases: ObjRef::NULL,
            mro: ObjRef::NULL,
            meta: ObjRef::NULL,
            attrs: vec![],
            builtin: Some(TypeId::WeakRef),
            has_del: false,
            getattribute: false,
            is_exception: false,
            slots: None,
        })));
        types.push(c);
    }
    it.proxy_types = [types[0], types[1]];
    for (name, &c) in ["ProxyType", "CallableProxyType"].iter().zip(&types) {
        it.incref(c);
        set_member(it, d, name, c);
    }
    for &c in &types {
        it.incref(c);
    }
    let t = it.new_tuple(types);
    set_member(it, d, "ProxyTypes", t);
}

impl Interp {
    /// `weakref.NAME` for a member made on first use (a new reference), None
    /// for other names and modules.
    pub fn weakref_lazy_member(&mut self, module: ObjRef, d: ObjRef, name: &str) -> R<Option<ObjRef>> {
        let is_weakref = matches!(self.heap.get(module), Obj::Module(m) if self.heap.as_str(m.name) == Some("weakref"));
        let Some(&(_, source)) = LAZY_MEMBERS.iter().find(|(n, _)| *n == name).filter(|_| is_weakref) else { return Ok(None) };
        let m = self.import_absolute(source)?;
        let key = self.heap.intern(name);
        let v = self.holding(m, "module being imported", |it| it.getattr(m, key));
        self.decref(m);
        let v = match v {
            Ok(v) => v,
            Err(e) => {
                self.decref(key);
                return Err(e);
            }
        };
        let r = self.dict_set(d, key, v);
        self.decref(key);
        if let Err(e) = r {
            self.decref(v);
            return Err(e);
        }
        Ok(Some(v))
    }

    /// At program end, before the modules are torn down (where CPython's
    /// atexit runs the hook `finalize` registers): the finalizers still
    /// alive and marked `atexit`, newest first.
    pub fn run_weakref_exit_hook(&mut self) {
        let Some(&(_, m)) = self.modules.iter().find(|(n, _)| n == "_weakreflib") else { return };
        let key = self.heap.intern("_at_exit");
        let f = self.getattr(m, key);
        self.decref(key);
        let r = f.and_then(|f| {
            let r = self.holding(f, "the exit hook of weakref.finalize", |it| it.call(f, 0, &[]));
            self.decref(f);
            r
        });
        match r {
            Ok(v) => self.decref(v),
            Err(e) => self.report_unraisable(e, "atexit callback"),
        }
    }

    /// Whether `target`'s type keeps a list of weak references (CPython's
    /// tp_weaklistoffset).
    pub fn weakrefable(&self, target: ObjRef) -> bool {
        match self.heap.get_raw(target) {
            // __slots__ without __weakref__: no room for the weakref list.
            Obj::Instance(i) => !matches!(self.heap.get(i.class), Obj::Class(c) if c.slots.as_ref().is_some_and(|l| !l.weakref)),
            // Variable-sized bases (int, tuple, bytes) get no __weakref__ slot.
            Obj::Sub(s) => !matches!(s.value, Obj::Int(_) | Obj::BigInt(_) | Obj::Tuple(_) | Obj::Bytes(_)),
            o => matches!(o, Obj::Class(_) | Obj::Function(_) | Obj::Set(_) | Obj::Method { .. } | Obj::Code(_) | Obj::Module(_) | Obj::Generator(_) | Obj::BuiltinFunction { .. }),
        }
    }

    /// A new weak reference of `kind` to `target` (`sub`: the class of a
    /// subclass instance to make, NULL for the exact type), calling
    /// `callback` (NULL for none) when the referent dies. A basic one (exact
    /// type, no callback) is shared.
    pub fn new_weakref(&mut self, sub: ObjRef, kind: WeakKind, target: ObjRef, callback: ObjRef) -> R<ObjRef> {
        if !self.weakrefable(target) {
            let msg = format!("cannot create weak reference to '{}' object", self.type_name(target));
            return Err(self.type_error(msg));
        }
        let basic = sub.is_null() && callback.is_null();
        if basic {
            if let Some(w) = self.basic_weakref(target, kind) {
                self.incref(w);
                return Ok(w);
            }
        }
        if !callback.is_null() {
            self.incref(callback);
        }
        let payload = Obj::WeakRef(Box::new(crate::types::weakref::WeakRefObj::new(target, callback, kind)));
        // Weakrefs are always tracked (a GC type, as in CPython).
        let w = if sub.is_null() { self.alloc(payload) } else { self.new_sub(sub, payload) };
        self.register_weakref(target, w);
        Ok(w)
    }

    /// The shared callback-less weakref of the exact type of `kind` to
    /// `target` (a proxy of either kind for a proxy), if there is one.
    fn basic_weakref(&self, target: ObjRef, kind: WeakKind) -> Option<ObjRef> {
        let list = self.weakrefs.get(&target.0)?;
        list.iter().copied().find(|&w| self.is_basic(w, kind == WeakKind::Ref))
    }

    /// Is `w` a basic ref (`refs`) or a basic proxy (not `refs`)?
    fn is_basic(&self, w: ObjRef, refs: bool) -> bool {
        !self.heap.is_sub(w) && matches!(self.heap.get(w), Obj::WeakRef(o) if o.callback.is_null() && (o.kind == WeakKind::Ref) == refs)
    }

    /// The weakrefs to `target` in CPython's list order.
    pub fn weakrefs_in_order(&self, target: ObjRef) -> Vec<ObjRef> {
        let Some(list) = self.weakrefs.get(&target.0) else { return Vec::new() };
        let basic_ref = list.iter().copied().find(|&w| self.is_basic(w, true));
        let basic_proxy = list.iter().copied().find(|&w| self.is_basic(w, false));
        let mut out: Vec<ObjRef> = basic_ref.into_iter().chain(basic_proxy).collect();
        out.extend(list.iter().rev().copied().filter(|&w| Some(w) != basic_ref && Some(w) != basic_proxy));
        out
    }

    /// The referent of a weakref (NULL once dead) and its kind.
    #[inline]
    fn weak_parts(&self, w: ObjRef) -> Option<(ObjRef, WeakKind)> {
        match self.heap.get(w) {
            Obj::WeakRef(o) => Some((o.target, o.kind)),
            _ => None,
        }
    }

    /// Is `v` a proxy (of either kind)?
    #[inline]
    pub fn is_proxy(&self, v: ObjRef) -> bool {
        matches!(self.heap.get(v), Obj::WeakRef(o) if o.kind != WeakKind::Ref)
    }

    /// A proxy's referent (a new reference), ReferenceError once it is gone.
    pub fn proxy_referent(&mut self, p: ObjRef) -> R<ObjRef> {
        let (t, _) = self.weak_parts(p).unwrap_or((ObjRef::NULL, WeakKind::Proxy));
        if t.is_null() {
            return Err(self.new_exception(ExcKind::ReferenceError, Some("weakly-referenced object no longer exists")));
        }
        self.incref(t);
        Ok(t)
    }

    /// Runs `f` on `v` with any proxy replaced by its referent (held while `f` runs).
    pub fn through_proxy<T>(&mut self, v: ObjRef, f: impl FnOnce(&mut Self, ObjRef) -> R<T>) -> R<T> {
        let t = self.proxy_referent(v)?;
        let r = self.holding(t, "referent of a proxy", |it| f(it, t));
        self.decref(t);
        r
    }

    /// Runs `f` on `a` and `b` with each proxy among them replaced by its referent.
    pub fn through_proxies<T>(&mut self, a: ObjRef, b: ObjRef, f: impl FnOnce(&mut Self, ObjRef, ObjRef) -> R<T>) -> R<T> {
        let a2 = if self.is_proxy(a) { self.proxy_referent(a)? } else { self.new_ref(a) };
        let b2 = match if self.is_proxy(b) { self.proxy_referent(b) } else { Ok(self.new_ref(b)) } {
            Ok(v) => v,
            Err(e) => {
                self.decref(a2);
                return Err(e);
            }
        };
        let r = self.holding_all(&[a2, b2], "referents of proxies", |it| f(it, a2, b2));
        self.decref(b2);
        self.decref(a2);
        r
    }

    fn new_ref(&mut self, v: ObjRef) -> ObjRef {
        self.incref(v);
        v
    }

    /// weakref_hash: the referent's hash, kept once known; a proxy is unhashable.
    pub fn weakref_hash(&mut self, w: ObjRef) -> R<i64> {
        let (target, kind, h) = match self.heap.get(w) {
            Obj::WeakRef(o) => (o.target, o.kind, o.hash),
            _ => unreachable!(),
        };
        if kind != WeakKind::Ref {
            let msg = format!("unhashable type: '{}'", self.type_name(w));
            return Err(self.type_error(msg));
        }
        if h != -1 {
            return Ok(h);
        }
        if target.is_null() {
            return Err(self.type_error("weak object has gone away".into()));
        }
        let h = self.through_referent(target, |it, t| it.hash(t))?;
        if let Obj::WeakRef(o) = self.heap.get_mut(w) {
            o.hash = h;
        }
        Ok(h)
    }

    fn through_referent<T>(&mut self, t: ObjRef, f: impl FnOnce(&mut Self, ObjRef) -> R<T>) -> R<T> {
        self.incref(t);
        let r = self.holding(t, "referent of a weakref", |it| f(it, t));
        self.decref(t);
        r
    }

    /// weakref_richcompare for `==`: the referents' equality while both
    /// live, else identity. Proxies compare their referents.
    pub fn weakref_eq(&mut self, a: ObjRef, b: ObjRef) -> R<bool> {
        if self.is_proxy(a) || self.is_proxy(b) {
            return self.through_proxies(a, b, |it, x, y| it.eq(x, y));
        }
        let (ta, tb) = (self.weak_parts(a).unwrap().0, self.weak_parts(b).unwrap().0);
        if ta.is_null() || tb.is_null() {
            return Ok(a == b);
        }
        self.incref(ta);
        self.incref(tb);
        let r = self.holding_all(&[ta, tb], "referents being compared", |it| {
            let v = it.rich_compare(ta, crate::syntax::CmpOp::Eq, tb)?;
            let t = it.truthy(v);
            it.decref(v);
            t
        });
        self.decref(tb);
        self.decref(ta);
        r
    }

    /// Calling a weakref object (`f`, on the stack under its `nargs`
    /// arguments and keywords, all consumed): a ref gives its referent or
    /// None (a subclass's `__call__` first), a callable proxy calls its
    /// referent.
    pub fn call_weakref(&mut self, f: ObjRef, nargs: usize, kwnames: &[ObjRef]) -> R<ObjRef> {
        let n = nargs + kwnames.len();
        if let Some(func) = self.sub_override(f, "__call__") {
            let at = self.stack.len() - n;
            self.incref(func);
            self.stack.insert(at, func);
            self.incref(f);
            self.stack.insert(at + 1, f);
            let r = self.call(func, nargs + 1, kwnames);
            let func = self.stack.pop().unwrap();
            self.decref(func);
            return r;
        }
        let (t, kind) = self.weak_parts(f).unwrap();
        match kind {
            WeakKind::Ref => {
                self.drop_args(n);
                if n > 0 {
                    return Err(self.type_error(format!("weakref expected 0 arguments, got {}", n)));
                }
                let t = if t.is_null() { NONE } else { t };
                self.incref(t);
                Ok(t)
            }
            WeakKind::Proxy => {
                self.drop_args(n);
                if t.is_null() {
                    return Err(self.proxy_referent(f).unwrap_err());
                }
                let msg = format!("'{}' object is not callable", self.type_name(f));
                Err(self.type_error(msg))
            }
            WeakKind::CallableProxy => {
                let t = match self.proxy_referent(f) {
                    Ok(t) => t,
                    Err(e) => {
                        self.drop_args(n);
                        return Err(e);
                    }
                };
                let at = self.stack.len() - n;
                self.stack.insert(at, t);
                let r = self.call(t, nargs, kwnames);
                let t = self.stack.pop().unwrap();
                self.decref(t);
                r
            }
        }
    }

    /// repr() of a weakref object.
    pub fn weakref_repr(&self, v: ObjRef) -> String {
        let (t, kind) = self.weak_parts(v).unwrap();
        let what = if kind == WeakKind::Ref { "weakref" } else { "weakproxy" };
        if t.is_null() {
            return format!("<{} at 0x{:x}; dead>", what, self.heap.id(v));
        }
        format!("<{} at 0x{:x}; to '{}' at 0x{:x}>", what, self.heap.id(v), self.type_name(t), self.heap.id(t))
    }
}

// ----- the functions -----------------------------------------------------------------

/// `weakref.ref(object[, callback])`: the type's constructor (exact type).
pub fn ref_construct(it: &mut Interp, name: &str, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if name != "weakref.ReferenceType" {
        return Err(it.type_error(format!("cannot create '{}' instances", name)));
    }
    let (target, cb) = ref_args(it, args)?;
    if !kw.is_empty() {
        return Err(it.type_error("ref() takes no keyword arguments".into()));
    }
    it.new_weakref(ObjRef::NULL, WeakKind::Ref, target, cb)
}

/// The `(object, callback)` of `ref.__new__`/`__init__` (keywords ignored, as
/// CPython's parse_weakref_init_args ignores them); a None callback is none.
fn ref_args(it: &mut Interp, args: &[ObjRef]) -> R<(ObjRef, ObjRef)> {
    if args.is_empty() || args.len() > 2 {
        let msg = if args.is_empty() { "__new__ expected at least 1 argument, got 0".to_string() } else { format!("__new__ expected at most 2 arguments, got {}", args.len()) };
        return Err(it.type_error(msg));
    }
    let cb = args.get(1).copied().filter(|&c| c != NONE).unwrap_or(ObjRef::NULL);
    Ok((args[0], cb))
}

/// `ref.__new__` for a class deriving from `weakref.ref`: a new
/// (never shared) instance of `cls`.
pub fn sub_new(it: &mut Interp, cls: ObjRef, args: &[ObjRef]) -> R<ObjRef> {
    let (target, cb) = ref_args(it, args)?;
    it.new_weakref(cls, WeakKind::Ref, target, cb)
}

/// `ref.__init__(self, ob, callback=None)`: checks the arguments (the
/// referent and callback were set by `__new__`).
pub fn ref_init(it: &mut Interp, _this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    ref_args(it, args)?;
    Ok(it.heap.none())
}

/// `ref.__call__(self)`: what `super().__call__()` reaches.
pub fn ref_call(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !args.is_empty() || !kw.is_empty() {
        return Err(it.type_error(format!("weakref expected 0 arguments, got {}", args.len() + kw.len())));
    }
    let t = match it.heap.get(this) {
        Obj::WeakRef(o) if !o.target.is_null() => o.target,
        _ => NONE,
    };
    it.incref(t);
    Ok(t)
}

/// `ref.__hash__(self)`: the base's hash, never a subclass's override.
pub fn ref_hash(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    if !args.is_empty() {
        return Err(it.type_error(format!("expected 0 arguments, got {}", args.len())));
    }
    let h = it.weakref_hash(this)?;
    Ok(it.heap.int(h))
}

/// `ref.__eq__(self, other)`: NotImplemented unless other is a weakref.
pub fn ref_eq(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    ref_compare(it, this, args, false)
}

/// `ref.__ne__(self, other)`.
pub fn ref_ne(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    ref_compare(it, this, args, true)
}

fn ref_compare(it: &mut Interp, this: ObjRef, args: &[ObjRef], negate: bool) -> R<ObjRef> {
    if args.len() != 1 {
        return Err(it.type_error(format!("expected 1 argument, got {}", args.len())));
    }
    if !matches!(it.heap.get(args[0]), Obj::WeakRef(_)) {
        it.incref(NOT_IMPLEMENTED);
        return Ok(NOT_IMPLEMENTED);
    }
    let eq = it.weakref_eq(this, args[0])?;
    Ok(it.heap.bool(eq != negate))
}

/// `weakref.getweakrefs(object)`: a list of the weakrefs and proxies to it.
pub fn getweakrefs(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    if args.len() != 1 {
        return Err(it.type_error(format!("_weakref.getweakrefs() takes exactly one argument ({} given)", args.len())));
    }
    let list = it.weakrefs_in_order(args[0]);
    for &w in &list {
        it.incref(w);
    }
    Ok(it.new_list(list))
}

/// `weakref.proxy(object[, callback])`.
pub fn proxy(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !kw.is_empty() {
        return Err(it.type_error("proxy() takes no keyword arguments".into()));
    }
    if args.is_empty() || args.len() > 2 {
        let msg = if args.is_empty() { "proxy expected at least 1 argument, got 0".to_string() } else { format!("proxy expected at most 2 arguments, got {}", args.len()) };
        return Err(it.type_error(msg));
    }
    let cb = args.get(1).copied().filter(|&c| c != NONE).unwrap_or(ObjRef::NULL);
    let kind = if super::builtins::is_callable(it, args[0])? { WeakKind::CallableProxy } else { WeakKind::Proxy };
    it.new_weakref(ObjRef::NULL, kind, args[0], cb)
}
